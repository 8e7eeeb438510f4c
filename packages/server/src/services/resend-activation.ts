import { normalizeEmail } from '../auth/crypto';
import { enforceAuthRateLimit } from '../auth/rate-limit';
import type { RequestMeta } from '../auth/sessions';
import { issueToken, linkFor, TOKEN_TTL_MINUTES } from '../auth/tokens';
import type { AppContext } from '../context';
import { findUserByEmail } from '../db/queries/users';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

/**
 * Mails a new activation link (the previous one stops working) when the address has an account
 * waiting for activation. Whatever the address, the caller gets the same answer.
 */
export async function resendActivation(
  ctx: AppContext,
  emailInput: string,
  meta: RequestMeta,
): Promise<void> {
  await enforceAuthRateLimit(ctx, 'resend', meta.ip);
  const email = normalizeEmail(emailInput);
  const sent = await ctx.db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (user?.status !== 'pending') return false;
    const token = await issueToken(trx, ctx, user.id, 'activation');
    const mail = {
      kind: 'activation' as const,
      firstName: user.first_name,
      link: linkFor(ctx, 'activation', token),
      minutes: TOKEN_TTL_MINUTES.activation,
    };
    await queueMail(trx, accountMail(user.email, mail, user.language));
    return true;
  });
  if (sent) ctx.worker.kick();
}
