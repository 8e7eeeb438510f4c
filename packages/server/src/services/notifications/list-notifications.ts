import type { AppContext } from '../../context';
import type { AuthUser } from '../structures/access';

export interface NotificationView {
  id: number;
  kind: string;
  invoiceId: string | null;
  title: { fr: string; en: string };
  readAt: string | null;
  createdAt: string;
}

/** The user's in-app notifications, newest first (only their own: the query is by user). */
export async function listNotifications(
  ctx: AppContext,
  user: AuthUser,
): Promise<NotificationView[]> {
  const rows = await ctx.db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', user.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    invoiceId: r.invoice_id,
    title: { fr: r.title_fr, en: r.title_en },
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** Marks all the user's notifications read. */
export async function markNotificationsRead(ctx: AppContext, user: AuthUser): Promise<void> {
  await ctx.db
    .updateTable('notifications')
    .set({ read_at: ctx.now() })
    .where('user_id', '=', user.id)
    .where('read_at', 'is', null)
    .execute();
}
