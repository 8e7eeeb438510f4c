import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { usePageTitle } from '../../components/page-title';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { markAllNotificationsRead, type AppNotification } from '../../notifications/api';

/** The user's in-app notifications (invoice status changes), newest first as the API gives them. */
export function NotificationsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('notifications.title'));
  const { state, reload } = useApiData<AppNotification[]>('/me/notifications');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  const markAll = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await markAllNotificationsRead();
      setDone(true);
      reload();
    } catch (e) {
      setError((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        <h1>{t('notifications.title')}</h1>
        <div className="fr-alert fr-alert--error" role="alert">
          <p>{state.error.message}</p>
        </div>
      </>
    );
  }
  const list = state.data;
  const unread = list.filter((n) => n.readAt === null).length;
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p role="status" aria-live="polite">
        {done && unread === 0 ? t('notifications.allRead') : ''}
      </p>
      {error && (
        <div className="fr-alert fr-alert--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {list.length === 0 ? (
        <p>{t('notifications.empty')}</p>
      ) : (
        <>
          <p>{t('notifications.unreadCount', { count: String(unread) })}</p>
          {unread > 0 && (
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-mb-3w"
              disabled={busy}
              onClick={() => void markAll()}
            >
              {t('notifications.markAllRead')}
            </button>
          )}
          <ul className="fr-raw-list">
            {list.map((n) => (
              <NotificationItem key={n.id} notification={n} lang={lang} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function NotificationItem({
  notification: n,
  lang,
}: {
  notification: AppNotification;
  lang: 'fr' | 'en';
}) {
  const { t } = useI18n();
  const title = n.title[lang];
  return (
    <li className="fr-mb-2w">
      {n.readAt === null && (
        <p className="fr-badge fr-badge--new fr-badge--sm fr-mb-1v">{t('notifications.unread')}</p>
      )}
      <p className={n.readAt === null ? 'fr-text--bold fr-mb-0' : 'fr-mb-0'}>
        {n.invoiceId ? <Link to={`/invoices/${n.invoiceId}`}>{title}</Link> : title}
      </p>
      <p className="fr-text--sm fr-mb-0">{formatDateTime(lang, n.createdAt)}</p>
    </li>
  );
}
