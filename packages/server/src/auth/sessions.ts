import type { AppContext } from '../context';
import type { Executor } from '../jobs/queue';
import { randomToken, sha256 } from './crypto';

export interface RequestMeta {
  ip: string;
  userAgent: string | null;
}

export interface NewSession {
  id: string;
  /** The cookie value: given to the browser once, only its SHA-256 is stored. */
  token: string;
  csrfToken: string;
}

/**
 * Opens a session for a user. A fresh random id every time: logging in never reuses a session id
 * an attacker could have planted (session fixation, ASVS 7.2.4).
 */
export async function openSession(
  db: Executor,
  ctx: AppContext,
  userId: string,
  meta: RequestMeta,
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = ctx.now();
  // Ended sessions are deleted when met; those never met again go at the user's next login.
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('expires_at', '<=', now),
        eb('last_seen_at', '<', new Date(now.getTime() - ctx.config.sessionIdleMinutes * 60_000)),
      ]),
    )
    .execute();
  const row = await db
    .insertInto('sessions')
    .values({
      token_hash: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 400) ?? null,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + ctx.config.sessionAbsoluteHours * 3_600_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token, csrfToken };
}

/** Ends every session of a user, except `keepSessionId` when given. Returns how many ended. */
export async function endUserSessions(
  db: Executor,
  userId: string,
  keepSessionId?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id', '<>', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
