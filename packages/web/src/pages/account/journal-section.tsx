import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Table from '@codegouvfr/react-dsfr/Table';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { Page, SecurityEvent } from '../../api/types';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { formatDateTime, useI18n, type MessageKey } from '../../i18n/i18n';
import { describeUserAgent } from './user-agent';

const PAGE_SIZE = 20;

/** Event types the server records; an unknown type is shown as is rather than hidden. */
const EVENT_LABELS: Record<string, MessageKey> = {
  ACTIVATED: 'journal.ACTIVATED',
  LOGIN: 'journal.LOGIN',
  LOGIN_FAILED: 'journal.LOGIN_FAILED',
  LOCKED: 'journal.LOCKED',
  LOGOUT: 'journal.LOGOUT',
  PASSWORD_CHANGED: 'journal.PASSWORD_CHANGED',
  PASSWORD_RESET: 'journal.PASSWORD_RESET',
  SECRET_CHANGED: 'journal.SECRET_CHANGED',
  EMAIL_CHANGE_REQUESTED: 'journal.EMAIL_CHANGE_REQUESTED',
  EMAIL_CHANGED: 'journal.EMAIL_CHANGED',
  TOTP_ENABLED: 'journal.TOTP_ENABLED',
  TOTP_DISABLED: 'journal.TOTP_DISABLED',
  SESSIONS_REVOKED: 'journal.SESSIONS_REVOKED',
  MAINTENANCE_SET: 'journal.MAINTENANCE_SET',
  MAINTENANCE_CLEARED: 'journal.MAINTENANCE_CLEARED',
};

export function eventLabel(type: string, t: (key: MessageKey) => string): string {
  const key = EVENT_LABELS[type.toUpperCase().replace(/[.-]/g, '_')];
  return key ? t(key) : type;
}

export function JournalSection() {
  const { t, lang } = useI18n();
  usePageTitle(t('account.journal.title'));
  const [items, setItems] = useState<SecurityEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'more'>('loading');
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async (after: string | null) => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (after) query.set('cursor', after);
    try {
      const page = await api.get<Page<SecurityEvent>>(`/me/security-events?${query.toString()}`);
      setItems((previous) => (after ? [...previous, ...page.items] : page.items));
      setCursor(page.nextCursor ?? null);
      setError(null);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setStatus('ready');
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title">{t('account.journal.title')}</h1>
      <p>{t('account.journal.intro')}</p>
      {error && <Alert className="fr-mb-3w" severity="error" small description={error.message} />}
      {status === 'loading' ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t('account.journal.empty')}</p>
      ) : (
        <Table
          caption={t('account.journal.caption')}
          noCaption
          headers={[
            t('account.journal.when'),
            t('account.journal.what'),
            t('account.sessions.ip'),
            t('account.sessions.device'),
          ]}
          data={items.map((event) => [
            formatDateTime(lang, event.at),
            eventLabel(event.type, t),
            event.ip ?? '—',
            describeUserAgent(event.userAgent, '—'),
          ])}
        />
      )}
      {cursor && (
        <Button
          type="button"
          priority="secondary"
          disabled={status === 'more'}
          onClick={() => {
            setStatus('more');
            void load(cursor);
          }}
        >
          {t('account.journal.more')}
        </Button>
      )}
    </section>
  );
}
