import { normalizeEmail } from '../auth/crypto';
import { enforceRateLimit } from '../auth/rate-limit';
import type { RequestMeta } from '../auth/sessions';
import { issueToken, linkFor } from '../auth/tokens';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserByIdForUpdate } from '../db/queries/users';
import { invalidField } from '../errors';
import type { AuthUser } from '../http/auth';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

/**
 * Starts a change of contact e-mail: a confirmation link goes to the new address (24 hours), a
 * notice to the current one. The address changes only when the link is opened.
 */
export async function requestContactEmailChange(
  ctx: AppContext,
  auth: AuthUser,
  contactEmailInput: string,
  meta: RequestMeta,
): Promise<void> {
  // Each request mails a stranger's address: keep it from becoming a mail cannon.
  await enforceRateLimit(ctx, `email-change:${auth.id}`, { limit: 5, windowSeconds: 3600 });
  const contactEmail = contactEmailInput.trim();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const user = await findUserByIdForUpdate(trx, auth.id);
    if (!user) throw new Error('session without user');
    if (normalizeEmail(user.contact_email) === normalizeEmail(contactEmail)) {
      throw invalidField(
        'contactEmail',
        { fr: 'est déjà votre adresse de contact', en: 'is already your contact address' },
        'UNCHANGED',
      );
    }
    await trx
      .updateTable('users')
      .set({ pending_contact_email: contactEmail, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    const token = await issueToken(trx, ctx, user.id, 'email_change', contactEmail);
    const link = linkFor(ctx, 'email_change', token);
    await queueMail(
      trx,
      accountMail(
        contactEmail,
        { kind: 'email-change-confirm', firstName: user.first_name, link, newEmail: contactEmail },
        user.language,
      ),
    );
    await queueMail(
      trx,
      accountMail(
        user.contact_email,
        { kind: 'email-change-notice', firstName: user.first_name, newEmail: contactEmail },
        user.language,
      ),
    );
    await recordSecurityEvent(trx, {
      userId: user.id,
      type: 'EMAIL_CHANGE_REQUESTED',
      at: now,
      ...meta,
      detail: { newEmail: contactEmail },
    });
  });
  ctx.worker.kick();
}
