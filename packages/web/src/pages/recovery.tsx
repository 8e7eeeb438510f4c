import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { FormError, useApiForm } from '../components/api-form';
import { formValues } from '../components/form-values';
import { Loading } from '../components/loading';
import { usePageTitle } from '../components/page-title';
import { PasswordField } from '../components/password-field';
import { useApiData } from '../components/use-api-data';
import { useI18n } from '../i18n/i18n';

/** The link of the recovery mail: the secret answer proves it is the owner, then a new password. */
export function RecoveryPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('recovery.title'));
  const { state } = useApiData<{ secretQuestion: string }>(
    `/auth/recovery/${encodeURIComponent(token)}`,
    { allow401: true },
  );
  const form = useApiForm();
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const ok = form.check({
      confirmPassword: v.newPassword !== v.confirmPassword && t('password.mismatch'),
    });
    if (!ok) return;
    void form.run(async () => {
      await api.post(
        '/auth/recovery/complete',
        { token, secretAnswer: v.secretAnswer ?? '', newPassword: v.newPassword ?? '' },
        { allow401: true },
      );
      setDone(true);
    });
  };

  if (state.status === 'loading') return <Loading />;
  const body = (() => {
    if (done)
      return (
        <>
          <Alert
            className="fr-mb-4w"
            severity="success"
            small
            role="status"
            description={t('recovery.done')}
          />
          <Link className="fr-btn" to="/login">
            {t('header.login')}
          </Link>
        </>
      );
    if (state.status === 'error')
      return (
        <>
          <Alert
            className="fr-mb-4w"
            severity="error"
            title={t('recovery.invalidTitle')}
            as="h2"
            description={state.error.message}
          />
          <Link className="fr-btn" to="/password/forgot">
            {t('recovery.newLink')}
          </Link>
        </>
      );
    return (
      <>
        <p>{t('recovery.intro')}</p>
        <FormError error={form.error} />
        <form onSubmit={submit} noValidate>
          <p className="fr-text--bold" id="recovery-question">
            {t('secret.question')} : {state.data.secretQuestion}
          </p>
          <Input
            label={t('secret.answer')}
            {...form.field('secretAnswer')}
            nativeInputProps={{
              name: 'secretAnswer',
              autoComplete: 'off',
              'aria-describedby': 'recovery-question',
            }}
          />
          <PasswordField
            label={t('field.newPassword')}
            name="newPassword"
            autoComplete="new-password"
            showRules
            error={form.fieldMessage('newPassword')}
          />
          <PasswordField
            label={t('field.confirmPassword')}
            name="confirmPassword"
            autoComplete="new-password"
            error={form.fieldMessage('confirmPassword')}
          />
          <Button type="submit" disabled={form.pending}>
            {t('recovery.submit')}
          </Button>
        </form>
      </>
    );
  })();
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('recovery.title')}</h1>
        {body}
      </div>
    </div>
  );
}
