import type { AppContext } from '../context';
import type { UserRow } from '../db/queries/users';
import { invalidField } from '../errors';
import { verifySecret } from './crypto';
import { accountLocked, lockedUntil, recordFailedAttempt } from './lockout';
import type { RequestMeta } from './sessions';

/**
 * Re-checks the password of a logged-in user before a sensitive change (ASVS 6.3.3). A wrong one
 * counts toward the lockout, so a stolen session cannot be used to guess the password.
 */
export async function reauthenticate(
  ctx: AppContext,
  user: UserRow,
  password: string,
  field: string,
  meta: RequestMeta,
): Promise<void> {
  const until = lockedUntil(ctx, user);
  if (until) throw accountLocked(ctx, until);
  if (await verifySecret(user.password_hash, password)) return;
  const locked = await recordFailedAttempt(ctx, user.id, meta, { reason: 'reauthentication' });
  if (locked) throw accountLocked(ctx, locked);
  throw invalidField(
    field,
    { fr: "n'est pas votre mot de passe actuel", en: 'is not your current password' },
    'WRONG_PASSWORD',
  );
}
