import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import type { RequestMeta } from '../auth/sessions';

/** Ends the caller's session (journaled). Without a session it does nothing. */
export async function logOut(
  ctx: AppContext,
  session: { userId: string; sessionId: string } | undefined,
  meta: RequestMeta,
): Promise<void> {
  if (!session) return;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', session.sessionId).execute();
    await recordSecurityEvent(trx, {
      userId: session.userId,
      type: 'LOGOUT',
      at: ctx.now(),
      ...meta,
    });
  });
}
