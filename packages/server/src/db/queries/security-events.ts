import type { Executor } from '../../jobs/queue';
import type { SecurityEventType } from '../tables/accounts';

export interface SecurityEventInput {
  userId: string;
  type: SecurityEventType;
  at: Date;
  ip?: string | null;
  userAgent?: string | null;
  detail?: Record<string, unknown>;
}

/** Writes one entry of an account's security journal, in the caller's transaction. */
export async function recordSecurityEvent(db: Executor, event: SecurityEventInput): Promise<void> {
  await db
    .insertInto('security_events')
    .values({
      user_id: event.userId,
      type: event.type,
      at: event.at,
      ip: event.ip ?? null,
      user_agent: event.userAgent?.slice(0, 400) ?? null,
      detail: JSON.stringify(event.detail ?? {}),
    })
    .execute();
}

export async function findSecurityEvents(
  db: Executor,
  options: { userId: string; beforeId?: number; limit: number },
) {
  let query = db
    .selectFrom('security_events')
    .select(['id', 'type', 'at', 'ip', 'user_agent', 'detail'])
    .where('user_id', '=', options.userId)
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
  return query.execute();
}
