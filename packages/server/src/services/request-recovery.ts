import { normalizeEmail } from '../auth/crypto';
import { enforceAuthRateLimit } from '../auth/rate-limit';
import type { RequestMeta } from '../auth/sessions';
import { issueToken, linkFor, TOKEN_TTL_MINUTES } from '../auth/tokens';
import type { AppContext } from '../context';
import { findUserByEmail } from '../db/queries/users';
import type { Localized } from '../i18n/lang';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

export const RECOVERY_ANSWER: Localized = {
  fr: "Si un compte actif correspond à cette adresse, un e-mail vient d'y être envoyé avec un lien valable 30 minutes.",
  en: 'If an active account matches this address, an e-mail has just been sent to it with a link valid 30 minutes.',
};

/**
 * Mails a password-recovery link (30 minutes, single use) to the login e-mail of an active account.
 * Unknown, pending and disabled addresses get the same answer and no mail.
 */
export async function requestRecovery(
  ctx: AppContext,
  emailInput: string,
  meta: RequestMeta,
): Promise<void> {
  await enforceAuthRateLimit(ctx, 'recovery', meta.ip);
  const email = normalizeEmail(emailInput);
  const sent = await ctx.db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (user?.status !== 'active') return false;
    const token = await issueToken(trx, ctx, user.id, 'recovery');
    const mail = {
      kind: 'recovery' as const,
      firstName: user.first_name,
      link: linkFor(ctx, 'recovery', token),
      minutes: TOKEN_TTL_MINUTES.recovery,
    };
    await queueMail(trx, accountMail(user.email, mail, user.language));
    return true;
  });
  if (sent) ctx.worker.kick();
}
