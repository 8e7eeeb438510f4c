import type { AppContext } from '../context';
import { findSecurityEvents } from '../db/queries/security-events';
import { invalidField } from '../errors';
import type { AuthUser } from '../http/auth';

export interface SecurityEventView {
  id: string;
  type: string;
  at: string;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
}

/** The caller's security journal, newest first, by pages (cursor = id of the last item seen). */
export async function listSecurityEvents(
  ctx: AppContext,
  auth: AuthUser,
  options: { cursor?: string; limit?: number },
): Promise<{ items: SecurityEventView[]; nextCursor: string | null }> {
  const limit = options.limit ?? 20;
  let beforeId: number | undefined;
  if (options.cursor !== undefined) {
    if (!/^\d{1,15}$/.test(options.cursor)) {
      throw invalidField('cursor', {
        fr: "n'est pas un curseur valide",
        en: 'is not a valid cursor',
      });
    }
    beforeId = Number(options.cursor);
  }
  const rows = await findSecurityEvents(ctx.db, { userId: auth.id, beforeId, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => ({
      id: String(r.id),
      type: r.type,
      at: new Date(r.at).toISOString(),
      ip: r.ip,
      userAgent: r.user_agent,
      detail: r.detail,
    })),
    nextCursor: rows.length > limit ? String(page[page.length - 1]?.id) : null,
  };
}
