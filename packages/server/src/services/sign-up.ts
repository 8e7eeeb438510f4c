import { normalizeEmail } from '../auth/crypto';
import { enforceAuthRateLimit } from '../auth/rate-limit';
import type { RequestMeta } from '../auth/sessions';
import { issueToken, linkFor, TOKEN_TTL_MINUTES } from '../auth/tokens';
import type { AppContext } from '../context';
import { findUserByEmail } from '../db/queries/users';
import type { Lang, Localized } from '../i18n/lang';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

export interface SignUpInput {
  email: string;
  firstName: string;
  lastName: string;
  contactEmail?: string;
  language?: Lang;
}

export const SIGN_UP_ANSWER: Localized = {
  fr: "Si cette adresse peut être utilisée, un e-mail vient d'y être envoyé : ouvrez le lien qu'il contient pour activer votre compte (il est valable 60 minutes).",
  en: 'If this address can be used, an e-mail has just been sent to it: open its link to activate your account (valid 60 minutes).',
};

/**
 * Creates a pending account and mails its activation link to the login e-mail. The answer is the
 * same when the address already has an account (no account enumeration): that address then gets
 * a "you already have an account" mail with a password-recovery link instead.
 */
export async function signUp(
  ctx: AppContext,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<void> {
  await enforceAuthRateLimit(ctx, 'signup', meta.ip);
  const email = normalizeEmail(input.email);
  const language = input.language ?? 'fr';
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findUserByEmail(trx, email);
    if (existing) {
      if (existing.status === 'pending') {
        const token = await issueToken(trx, ctx, existing.id, 'activation');
        const mail = {
          kind: 'activation' as const,
          firstName: existing.first_name,
          link: linkFor(ctx, 'activation', token),
          minutes: TOKEN_TTL_MINUTES.activation,
        };
        await queueMail(trx, accountMail(existing.email, mail, existing.language));
      } else if (existing.status === 'active') {
        const token = await issueToken(trx, ctx, existing.id, 'recovery');
        const mail = {
          kind: 'already-registered' as const,
          firstName: existing.first_name,
          link: linkFor(ctx, 'recovery', token),
          minutes: TOKEN_TTL_MINUTES.recovery,
        };
        await queueMail(trx, accountMail(existing.email, mail, existing.language));
      }
      return;
    }
    const user = await trx
      .insertInto('users')
      .values({
        email,
        first_name: input.firstName.trim(),
        last_name: input.lastName.trim(),
        contact_email: input.contactEmail ? input.contactEmail.trim() : email,
        language,
        created_at: ctx.now(),
        updated_at: ctx.now(),
      })
      // Two sign-ups racing on one address: the second does nothing, and answers the same.
      .onConflict((oc) => oc.column('email').doNothing())
      .returning(['id', 'first_name'])
      .executeTakeFirst();
    if (!user) return;
    const token = await issueToken(trx, ctx, user.id, 'activation');
    const mail = {
      kind: 'activation' as const,
      firstName: user.first_name,
      link: linkFor(ctx, 'activation', token),
      minutes: TOKEN_TTL_MINUTES.activation,
    };
    await queueMail(trx, accountMail(email, mail, language));
  });
  ctx.worker.kick();
}
