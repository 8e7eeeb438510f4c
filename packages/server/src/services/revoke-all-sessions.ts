import { endUserSessions, type RequestMeta } from '../auth/sessions';
import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import type { AuthUser } from '../http/auth';

/** "Log out everywhere": every session of the caller ends, this one included. */
export async function revokeAllSessions(
  ctx: AppContext,
  auth: AuthUser,
  meta: RequestMeta,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const ended = await endUserSessions(trx, auth.id);
    await recordSecurityEvent(trx, {
      userId: auth.id,
      type: 'SESSIONS_REVOKED',
      at: ctx.now(),
      ...meta,
      detail: { sessions: ended },
    });
  });
}
