import { hashRecoveryCodes, newRecoveryCodes } from '../auth/recovery-codes';
import type { RequestMeta } from '../auth/sessions';
import { verifyTotp } from '../auth/totp';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserById } from '../db/queries/users';
import { AppError, invalidField } from '../errors';
import type { AuthUser } from '../http/auth';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

/**
 * Turns two-factor authentication on once a code from the app matches the secret given by setup.
 * Returns ten single-use recovery codes, shown this once.
 */
export async function enableTotp(
  ctx: AppContext,
  auth: AuthUser,
  code: string,
  meta: RequestMeta,
): Promise<{ recoveryCodes: string[] }> {
  const user = await findUserById(ctx.db, auth.id);
  if (!user) throw new Error('session without user');
  if (user.totp_enabled_at) {
    throw new AppError(
      'CONFLICT',
      {
        fr: 'La double authentification est déjà activée.',
        en: 'Two-factor authentication is already on.',
      },
      { reason: 'TOTP_ALREADY_ENABLED' },
    );
  }
  if (!user.totp_pending_secret) {
    throw new AppError(
      'CONFLICT',
      {
        fr: "Commencez par configurer l'application (QR code).",
        en: 'Set up the app (QR code) first.',
      },
      { reason: 'TOTP_SETUP_REQUIRED' },
    );
  }
  const now = ctx.now();
  const step = verifyTotp(user.totp_pending_secret, code.trim(), now, null);
  if (step === undefined) {
    throw invalidField(
      'code',
      {
        fr: "ne correspond pas : vérifiez l'heure de votre téléphone et réessayez",
        en: "does not match: check your phone's clock and try again",
      },
      'TOTP_INVALID',
    );
  }
  const recoveryCodes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(recoveryCodes);
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set({
        totp_secret: user.totp_pending_secret,
        totp_pending_secret: null,
        totp_enabled_at: now,
        totp_last_step: step,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .where('totp_enabled_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new AppError(
        'CONFLICT',
        {
          fr: 'La double authentification est déjà activée.',
          en: 'Two-factor authentication is already on.',
        },
        { reason: 'TOTP_ALREADY_ENABLED' },
      );
    }
    await trx.deleteFrom('totp_recovery_codes').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('totp_recovery_codes')
      .values(hashes.map((code_hash) => ({ user_id: user.id, code_hash })))
      .execute();
    await recordSecurityEvent(trx, { userId: user.id, type: 'TOTP_ENABLED', at: now, ...meta });
    await queueMail(
      trx,
      accountMail(
        user.contact_email,
        { kind: 'totp-enabled', firstName: user.first_name },
        user.language,
      ),
    );
  });
  ctx.worker.kick();
  return { recoveryCodes };
}
