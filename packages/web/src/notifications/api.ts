import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** GET /api/v1/me/notifications: the caller's own, newest first. */
export interface AppNotification {
  id: number;
  kind: string;
  invoiceId: string | null;
  title: { fr: string; en: string };
  readAt: string | null;
  createdAt: string;
}

/** Fired when notifications were marked read, so the header's count follows without a reload. */
export const NOTIFICATIONS_CHANGED = 'chorale:notifications-changed';

export function fetchNotifications(signal?: AbortSignal): Promise<AppNotification[]> {
  return api.get<AppNotification[]>('/me/notifications', signal ? { signal } : {});
}

export async function markAllNotificationsRead(): Promise<void> {
  await api.post<null>('/me/notifications/read');
  window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
}

/** Unread count for the header; refreshed on each navigation and after "mark all as read". */
export function useUnreadCount(userId: string | number | undefined, pathname: string): number {
  const [count, setCount] = useState(0);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    window.addEventListener(NOTIFICATIONS_CHANGED, bump);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, bump);
  }, []);
  useEffect(() => {
    if (userId === undefined) {
      setCount(0);
      return;
    }
    const controller = new AbortController();
    fetchNotifications(controller.signal)
      .then((list) => setCount(list.filter((n) => n.readAt === null).length))
      // The count is a convenience: a failure leaves the last known value.
      .catch(() => undefined);
    return () => controller.abort();
  }, [userId, pathname, version]);
  return count;
}
