import QRCode from 'qrcode';
import { newTotpSecret, totpFor } from '../auth/totp';
import type { AppContext } from '../context';
import { findUserById } from '../db/queries/users';
import { AppError } from '../errors';
import type { AuthUser } from '../http/auth';

/**
 * Starts two-factor setup: a new secret, kept aside until a code from the app proves it was
 * scanned (POST /me/totp/enable). Shown as a QR code and as text for manual entry.
 */
export async function setupTotp(
  ctx: AppContext,
  auth: AuthUser,
): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
  const user = await findUserById(ctx.db, auth.id);
  if (!user) throw new Error('session without user');
  if (user.totp_enabled_at) {
    throw new AppError(
      'CONFLICT',
      {
        fr: 'La double authentification est déjà activée. Désactivez-la pour changer d’application.',
        en: 'Two-factor authentication is already on. Turn it off to change apps.',
      },
      { reason: 'TOTP_ALREADY_ENABLED' },
    );
  }
  const secret = newTotpSecret();
  await ctx.db
    .updateTable('users')
    .set({ totp_pending_secret: secret, updated_at: ctx.now() })
    .where('id', '=', user.id)
    .execute();
  const otpauthUrl = totpFor(secret, user.email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  return { secret, otpauthUrl, qrSvg };
}
