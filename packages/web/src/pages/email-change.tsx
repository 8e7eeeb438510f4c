import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { useSession } from '../auth/session';
import { FormError, useApiForm } from '../components/api-form';
import { usePageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n';

/**
 * The link sent to a new contact address. Confirming takes a click: mail scanners that open links
 * must not confirm an address on their own.
 */
export function EmailChangePage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('emailChange.title'));
  const form = useApiForm();
  const { user, refresh } = useSession();
  const [done, setDone] = useState(false);

  const confirm = () => {
    void form.run(async () => {
      await api.post('/auth/email-change/confirm', { token }, { allow401: true });
      setDone(true);
      if (user) await refresh();
    });
  };

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('emailChange.title')}</h1>
        {done ? (
          <>
            <Alert
              className="fr-mb-4w"
              severity="success"
              small
              role="status"
              description={t('emailChange.done')}
            />
            <Link className="fr-btn" to={user ? '/account/email' : '/login'}>
              {user ? t('emailChange.backToAccount') : t('header.login')}
            </Link>
          </>
        ) : (
          <>
            <p>{t('emailChange.intro')}</p>
            <FormError error={form.error} />
            <Button type="button" onClick={confirm} disabled={form.pending}>
              {t('emailChange.submit')}
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
