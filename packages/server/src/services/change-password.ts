import { hashSecret } from '../auth/crypto';
import { reauthenticate } from '../auth/reauthenticate';
import { endUserSessions, type RequestMeta } from '../auth/sessions';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserById } from '../db/queries/users';
import { checkNewPassword } from '../domain/check-password';
import type { AuthUser } from '../http/auth';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

/** Changes the password (old one required); every other session of the user ends. */
export async function changePassword(
  ctx: AppContext,
  auth: AuthUser,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
): Promise<void> {
  const user = await findUserById(ctx.db, auth.id);
  if (!user) throw new Error('session without user');
  await reauthenticate(ctx, user, input.currentPassword, 'currentPassword', meta);
  checkNewPassword('newPassword', input.newPassword, user.email);
  const passwordHash = await hashSecret(input.newPassword);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        password_changed_at: now,
        failed_login_count: 0,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .execute();
    const ended = await endUserSessions(trx, user.id, auth.sessionId);
    await recordSecurityEvent(trx, {
      userId: user.id,
      type: 'PASSWORD_CHANGED',
      at: now,
      ...meta,
      detail: { sessionsEnded: ended },
    });
    await queueMail(
      trx,
      accountMail(
        user.contact_email,
        { kind: 'password-changed', firstName: user.first_name },
        user.language,
      ),
    );
  });
  ctx.worker.kick();
}
