import type { AppContext } from '../context';
import type { AuthUser } from '../http/auth';

export interface SessionView {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

/** The caller's open sessions, most recently active first. */
export async function listSessions(ctx: AppContext, auth: AuthUser): Promise<SessionView[]> {
  const now = ctx.now().getTime();
  const idleMs = ctx.config.sessionIdleMinutes * 60_000;
  const rows = await ctx.db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', auth.id)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows
    .filter(
      (r) =>
        new Date(r.expires_at).getTime() > now &&
        now - new Date(r.last_seen_at).getTime() <= idleMs,
    )
    .map((r) => ({
      id: r.id,
      current: r.id === auth.sessionId,
      createdAt: new Date(r.created_at).toISOString(),
      lastSeenAt: new Date(r.last_seen_at).toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
    }));
}
