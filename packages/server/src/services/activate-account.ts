import { hashSecret, hashSecretAnswer } from '../auth/crypto';
import { enforceAuthRateLimit } from '../auth/rate-limit';
import { openSession, type NewSession, type RequestMeta } from '../auth/sessions';
import { checkToken, consumeToken } from '../auth/tokens';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserById, findUserByIdForUpdate, type UserRow } from '../db/queries/users';
import { checkNewPassword } from '../domain/check-password';
import { checkSecretQuestion } from '../domain/secret-question';

export interface ActivateInput {
  token: string;
  password: string;
  secretQuestion: string;
  secretAnswer: string;
}

/**
 * Activates an account from its e-mailed link: sets the password and the secret question, uses
 * the link up, and logs the user in.
 */
export async function activateAccount(
  ctx: AppContext,
  input: ActivateInput,
  meta: RequestMeta & { previousSessionId?: string },
): Promise<{ user: UserRow; session: NewSession }> {
  await enforceAuthRateLimit(ctx, 'activation', meta.ip);
  const token = await checkToken(ctx.db, ctx, input.token, 'activation');
  const pending = await findUserById(ctx.db, token.user_id);
  if (!pending) throw new Error('token without user');
  checkNewPassword('password', input.password, pending.email);
  checkSecretQuestion(input.secretQuestion, input.secretAnswer);
  const [passwordHash, answerHash] = await Promise.all([
    hashSecret(input.password),
    hashSecretAnswer(input.secretAnswer),
  ]);
  const now = ctx.now();
  const session = await ctx.db.transaction().execute(async (trx) => {
    await consumeToken(trx, ctx, token.id);
    if (meta.previousSessionId) {
      await trx.deleteFrom('sessions').where('id', '=', meta.previousSessionId).execute();
    }
    const user = await findUserByIdForUpdate(trx, token.user_id);
    if (user?.status !== 'pending') throw new Error('activation of a non-pending account');
    await trx
      .updateTable('users')
      .set({
        status: 'active',
        password_hash: passwordHash,
        password_changed_at: now,
        secret_question: input.secretQuestion.trim(),
        secret_answer_hash: answerHash,
        activated_at: now,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .execute();
    await recordSecurityEvent(trx, { userId: user.id, type: 'ACTIVATED', at: now, ...meta });
    await recordSecurityEvent(trx, {
      userId: user.id,
      type: 'LOGIN',
      at: now,
      ...meta,
      detail: { method: 'activation' },
    });
    return openSession(trx, ctx, user.id, meta);
  });
  const user = await findUserById(ctx.db, token.user_id);
  if (!user) throw new Error('user vanished');
  return { user, session };
}
