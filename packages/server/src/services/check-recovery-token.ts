import { checkToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { findUserById } from '../db/queries/users';

/** The secret question the recovery page asks, once the link is known valid. */
export async function checkRecoveryToken(
  ctx: AppContext,
  token: string,
): Promise<{ secretQuestion: string }> {
  const row = await checkToken(ctx.db, ctx, token, 'recovery');
  const user = await findUserById(ctx.db, row.user_id);
  if (!user) throw new Error('token without user');
  return { secretQuestion: user.secret_question ?? '' };
}
