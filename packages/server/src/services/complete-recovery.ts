import { hashSecret, verifySecretAnswer } from '../auth/crypto';
import { accountLocked, lockedUntil, recordFailedAttempt } from '../auth/lockout';
import { enforceAuthRateLimit } from '../auth/rate-limit';
import { endUserSessions, type RequestMeta } from '../auth/sessions';
import { checkToken, consumeToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserById } from '../db/queries/users';
import { checkNewPassword } from '../domain/check-password';
import { AppError } from '../errors';
import { queueMail } from '../mail/mailer';
import { accountMail } from '../mail/templates/accounts';

export interface CompleteRecoveryInput {
  token: string;
  secretAnswer: string;
  newPassword: string;
}

/**
 * Resets the password with both proofs: the e-mailed link and the secret answer (never the answer
 * alone). A wrong answer counts toward the lockout like a wrong password. Every session ends; the
 * second factor stays on, so the next login still asks for it.
 */
export async function completeRecovery(
  ctx: AppContext,
  input: CompleteRecoveryInput,
  meta: RequestMeta,
): Promise<void> {
  await enforceAuthRateLimit(ctx, 'recovery', meta.ip);
  const token = await checkToken(ctx.db, ctx, input.token, 'recovery');
  const user = await findUserById(ctx.db, token.user_id);
  if (user?.status !== 'active') throw new Error('recovery for an inactive account');
  const until = lockedUntil(ctx, user);
  if (until) throw accountLocked(ctx, until);
  checkNewPassword('newPassword', input.newPassword, user.email);
  if (!(await verifySecretAnswer(user.secret_answer_hash, input.secretAnswer))) {
    const locked = await recordFailedAttempt(ctx, user.id, meta, { reason: 'secret_answer' });
    if (locked) throw accountLocked(ctx, locked);
    const message = { fr: "n'est pas la bonne réponse", en: 'is not the right answer' };
    throw new AppError(
      'INVALID_REQUEST',
      { fr: `secretAnswer : ${message.fr}`, en: `secretAnswer: ${message.en}` },
      {
        reason: 'SECRET_ANSWER_INVALID',
        field: 'secretAnswer',
        details: [{ field: 'secretAnswer', message }],
      },
    );
  }
  const passwordHash = await hashSecret(input.newPassword);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await consumeToken(trx, ctx, token.id);
    await trx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        password_changed_at: now,
        failed_login_count: 0,
        locked_until: null,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .execute();
    const ended = await endUserSessions(trx, user.id);
    await recordSecurityEvent(trx, {
      userId: user.id,
      type: 'PASSWORD_RESET',
      at: now,
      ...meta,
      detail: { sessionsEnded: ended },
    });
    await queueMail(
      trx,
      accountMail(
        user.contact_email,
        { kind: 'password-reset', firstName: user.first_name },
        user.language,
      ),
    );
  });
  ctx.worker.kick();
}
