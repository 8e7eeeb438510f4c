import type { Lang } from '../i18n/lang';
import type { Executor } from '../jobs/queue';
import { queueMail } from './mailer';

export interface NotificationContent {
  subject: string;
  text: string;
  html?: string;
}

/**
 * Queues a business notification for a user, in the caller's transaction: to their contact
 * e-mail, in their language, and only if they keep notifications on (`security: true` sends it
 * regardless, for what concerns the account's safety). Returns whether a mail was queued; call
 * `ctx.worker.kick()` after commit.
 */
export async function queueUserNotification(
  db: Executor,
  userId: string,
  build: (lang: Lang, user: { firstName: string; lastName: string }) => NotificationContent,
  options: { security?: boolean } = {},
): Promise<boolean> {
  const user = await db
    .selectFrom('users')
    .select([
      'contact_email',
      'language',
      'notifications_enabled',
      'status',
      'first_name',
      'last_name',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.status !== 'active') return false;
  if (!user.notifications_enabled && !options.security) return false;
  const content = build(user.language, { firstName: user.first_name, lastName: user.last_name });
  await queueMail(db, { to: user.contact_email, ...content });
  return true;
}
