import type { RequestMeta } from '../auth/sessions';
import { checkToken, consumeToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserByIdForUpdate } from '../db/queries/users';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

/**
 * Confirms a new contact e-mail from the link mailed to it (works without being logged in: the
 * link may be opened on another device). The former address is told.
 */
export async function confirmEmailChange(
  ctx: AppContext,
  tokenValue: string,
  meta: RequestMeta,
): Promise<{ contactEmail: string }> {
  const now = ctx.now();
  const contactEmail = await ctx.db.transaction().execute(async (trx) => {
    const token = await checkToken(trx, ctx, tokenValue, 'email_change');
    await consumeToken(trx, ctx, token.id);
    const user = await findUserByIdForUpdate(trx, token.user_id);
    if (!user || !token.new_email) throw new Error('email change token without user or address');
    await trx
      .updateTable('users')
      .set({ contact_email: token.new_email, pending_contact_email: null, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await recordSecurityEvent(trx, {
      userId: user.id,
      type: 'EMAIL_CHANGED',
      at: now,
      ...meta,
      detail: { from: user.contact_email, to: token.new_email },
    });
    await queueMail(
      trx,
      accountMail(
        user.contact_email,
        { kind: 'email-changed', firstName: user.first_name, newEmail: token.new_email },
        user.language,
      ),
    );
    return token.new_email;
  });
  ctx.worker.kick();
  return { contactEmail };
}
