import { reauthenticate } from '../auth/reauthenticate';
import type { RequestMeta } from '../auth/sessions';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserById } from '../db/queries/users';
import type { AuthUser } from '../http/auth';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

/** Turns two-factor authentication off (password required); recovery codes are deleted. */
export async function disableTotp(
  ctx: AppContext,
  auth: AuthUser,
  password: string,
  meta: RequestMeta,
): Promise<void> {
  const user = await findUserById(ctx.db, auth.id);
  if (!user) throw new Error('session without user');
  await reauthenticate(ctx, user, password, 'password', meta);
  if (!user.totp_enabled_at) return;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        totp_secret: null,
        totp_pending_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('totp_recovery_codes').where('user_id', '=', user.id).execute();
    await recordSecurityEvent(trx, { userId: user.id, type: 'TOTP_DISABLED', at: now, ...meta });
    await queueMail(
      trx,
      accountMail(
        user.contact_email,
        { kind: 'totp-disabled', firstName: user.first_name },
        user.language,
      ),
    );
  });
  ctx.worker.kick();
}
