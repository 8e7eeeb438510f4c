import { verifySecret, normalizeEmail } from '../auth/crypto';
import { accountLocked, lockedUntil, recordFailedAttempt } from '../auth/lockout';
import { enforceAuthRateLimit } from '../auth/rate-limit';
import { useRecoveryCode } from '../auth/recovery-codes';
import { openSession, type NewSession, type RequestMeta } from '../auth/sessions';
import { verifyTotp } from '../auth/totp';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserByEmail, findUserById, type UserRow } from '../db/queries/users';
import { AppError } from '../errors';

export interface LogInInput {
  email: string;
  password: string;
  /** A 6-digit code from the authenticator app, or one of the recovery codes. */
  totpCode?: string;
}

const INVALID_CREDENTIALS = (): AppError =>
  new AppError(
    'UNAUTHENTICATED',
    { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Wrong e-mail address or password.' },
    { reason: 'INVALID_CREDENTIALS' },
  );

/**
 * Logs a user in with e-mail and password (and the second factor when enabled) and opens a fresh
 * session; the session the request came with, if any, is ended (rotation at login).
 * Unknown e-mail and wrong password give the same answer in the same time.
 */
export async function logIn(
  ctx: AppContext,
  input: LogInInput,
  meta: RequestMeta & { previousSessionId?: string },
): Promise<{ user: UserRow; session: NewSession }> {
  await enforceAuthRateLimit(ctx, 'login', meta.ip);
  const user = await findUserByEmail(ctx.db, normalizeEmail(input.email));
  const until = user ? lockedUntil(ctx, user) : undefined;
  if (until) throw accountLocked(ctx, until);

  const passwordOk = await verifySecret(user?.password_hash ?? null, input.password);
  if (!user || !passwordOk) {
    if (user?.password_hash) {
      const locked = await recordFailedAttempt(ctx, user.id, meta, { reason: 'password' });
      if (locked) throw accountLocked(ctx, locked);
    }
    throw INVALID_CREDENTIALS();
  }
  if (user.status !== 'active') {
    throw new AppError(
      'FORBIDDEN',
      {
        fr: "Ce compte n'est pas actif. Contactez l'administrateur du portail.",
        en: 'This account is not active. Contact the portal administrator.',
      },
      { reason: 'ACCOUNT_NOT_ACTIVE' },
    );
  }

  let method: 'password' | 'totp' | 'recovery_code' = 'password';
  let totpStep: number | undefined;
  let recoveryCodeId: number | undefined;
  if (user.totp_enabled_at && user.totp_secret) {
    const code = input.totpCode?.trim() ?? '';
    if (!code) {
      throw new AppError(
        'UNAUTHENTICATED',
        {
          fr: "Saisissez le code à 6 chiffres de votre application d'authentification.",
          en: 'Enter the 6-digit code from your authenticator app.',
        },
        { reason: 'TOTP_REQUIRED' },
      );
    }
    totpStep = verifyTotp(user.totp_secret, code, ctx.now(), user.totp_last_step);
    if (totpStep !== undefined) method = 'totp';
    else {
      recoveryCodeId = await useRecoveryCode.find(ctx.db, user.id, code);
      if (recoveryCodeId !== undefined) method = 'recovery_code';
    }
    if (method === 'password') {
      const locked = await recordFailedAttempt(ctx, user.id, meta, { reason: 'totp' });
      if (locked) throw accountLocked(ctx, locked);
      throw new AppError(
        'UNAUTHENTICATED',
        { fr: 'Code de vérification incorrect.', en: 'Wrong verification code.' },
        { reason: 'TOTP_INVALID', field: 'totpCode' },
      );
    }
  }

  const now = ctx.now();
  const session = await ctx.db.transaction().execute(async (trx) => {
    if (meta.previousSessionId) {
      await trx.deleteFrom('sessions').where('id', '=', meta.previousSessionId).execute();
    }
    await trx
      .updateTable('users')
      .set({
        failed_login_count: 0,
        locked_until: null,
        ...(totpStep !== undefined ? { totp_last_step: totpStep } : {}),
      })
      .where('id', '=', user.id)
      .execute();
    if (recoveryCodeId !== undefined) {
      const used = await useRecoveryCode.consume(trx, recoveryCodeId, now);
      // Two logins racing with the same code: only one consumes it.
      if (!used) throw INVALID_CREDENTIALS();
    }
    await recordSecurityEvent(trx, {
      userId: user.id,
      type: 'LOGIN',
      at: now,
      ...meta,
      detail: { method },
    });
    return openSession(trx, ctx, user.id, meta);
  });
  const fresh = (await findUserById(ctx.db, user.id)) ?? user;
  return { user: fresh, session };
}
