import { hashSecretAnswer } from '../auth/crypto';
import { reauthenticate } from '../auth/reauthenticate';
import type { RequestMeta } from '../auth/sessions';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { findUserById } from '../db/queries/users';
import { checkSecretQuestion } from '../domain/secret-question';
import type { AuthUser } from '../http/auth';

/** Replaces the secret question and its answer (password required). */
export async function changeSecret(
  ctx: AppContext,
  auth: AuthUser,
  input: { currentPassword: string; secretQuestion: string; secretAnswer: string },
  meta: RequestMeta,
): Promise<void> {
  const user = await findUserById(ctx.db, auth.id);
  if (!user) throw new Error('session without user');
  await reauthenticate(ctx, user, input.currentPassword, 'currentPassword', meta);
  checkSecretQuestion(input.secretQuestion, input.secretAnswer);
  const answerHash = await hashSecretAnswer(input.secretAnswer);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        secret_question: input.secretQuestion.trim(),
        secret_answer_hash: answerHash,
        updated_at: now,
      })
      .where('id', '=', user.id)
      .execute();
    await recordSecurityEvent(trx, { userId: user.id, type: 'SECRET_CHANGED', at: now, ...meta });
  });
}
