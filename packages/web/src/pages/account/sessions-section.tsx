import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Table from '@codegouvfr/react-dsfr/Table';
import { useState } from 'react';
import { api } from '../../api/client';
import type { SessionItem } from '../../api/types';
import { useSession } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime, useI18n } from '../../i18n/i18n';
import { describeUserAgent } from './user-agent';

export function SessionsSection() {
  const { t, lang } = useI18n();
  usePageTitle(t('account.sessions.title'));
  const { state, reload } = useApiData<{ items: SessionItem[] }>('/me/sessions');
  const form = useApiForm();
  const { loggedOutElsewhere } = useSession();
  const [message, setMessage] = useState<string | null>(null);

  const revoke = (id: string) => {
    setMessage(null);
    void form.run(async () => {
      await api.delete(`/me/sessions/${encodeURIComponent(id)}`);
      setMessage(t('account.sessions.revoked'));
      reload();
    });
  };

  const revokeAll = () => {
    setMessage(null);
    void form.run(async () => {
      // Every session ends, this one included: the server has cleared the cookies.
      await api.delete('/me/sessions');
      await loggedOutElsewhere();
    });
  };

  return (
    <section aria-labelledby="sessions-title">
      <h1 id="sessions-title">{t('account.sessions.title')}</h1>
      <p>{t('account.sessions.intro')}</p>
      <FormError error={form.error} />
      <FormSuccess message={message} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Alert severity="error" small description={state.error.message} />
      )}
      {state.status === 'ready' && (
        <>
          <Table
            caption={t('account.sessions.caption')}
            noCaption
            headers={[
              t('account.sessions.device'),
              t('account.sessions.ip'),
              t('account.sessions.created'),
              t('account.sessions.lastSeen'),
              t('common.actions'),
            ]}
            data={state.data.items.map((s) => [
              describeUserAgent(s.userAgent, t('account.sessions.unknownDevice')),
              s.ip ?? '—',
              formatDateTime(lang, s.createdAt),
              formatDateTime(lang, s.lastSeenAt),
              s.current ? (
                <span className="fr-badge fr-badge--info fr-badge--sm">
                  {t('account.sessions.current')}
                </span>
              ) : (
                <Button
                  size="small"
                  priority="secondary"
                  type="button"
                  onClick={() => revoke(s.id)}
                  disabled={form.pending}
                  title={t('account.sessions.revokeTitle', {
                    device: describeUserAgent(s.userAgent, t('account.sessions.unknownDevice')),
                  })}
                >
                  {t('account.sessions.revoke')}
                </Button>
              ),
            ])}
          />
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-logout-box-r-line"
            onClick={revokeAll}
            disabled={form.pending}
          >
            {t('account.sessions.revokeAll')}
          </Button>
        </>
      )}
    </section>
  );
}
