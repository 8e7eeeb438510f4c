import type { RequestMeta } from '../auth/sessions';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { notFound } from '../errors';
import type { AuthUser } from '../http/auth';

/** Ends one of the caller's sessions; another user's session id answers NOT_FOUND. */
export async function revokeSession(
  ctx: AppContext,
  auth: AuthUser,
  sessionId: string,
  meta: RequestMeta,
): Promise<{ wasCurrent: boolean }> {
  await ctx.db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('sessions')
      .where('id', '=', sessionId)
      .where('user_id', '=', auth.id)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound();
    await recordSecurityEvent(trx, {
      userId: auth.id,
      type: sessionId === auth.sessionId ? 'LOGOUT' : 'SESSIONS_REVOKED',
      at: ctx.now(),
      ...meta,
      detail: { sessions: 1 },
    });
  });
  return { wasCurrent: sessionId === auth.sessionId };
}
