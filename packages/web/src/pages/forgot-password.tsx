import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { FormError, FormSuccess, useApiForm } from '../components/api-form';
import { formValues } from '../components/form-values';
import { usePageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('forgot.title'));
  const form = useApiForm();
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    setDone(null);
    void form.run(async () => {
      const answer = await api.post<{ message?: string } | undefined>('/auth/recovery', {
        email: v.email ?? '',
      });
      setDone(answer?.message ?? t('forgot.sent'));
    });
  };

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('forgot.title')}</h1>
        <p>{t('forgot.intro')}</p>
        <FormError error={form.error} />
        <FormSuccess message={done} />
        <form onSubmit={submit} noValidate>
          <Input
            label={t('signup.email')}
            {...form.field('email')}
            nativeInputProps={{ name: 'email', type: 'email', autoComplete: 'username' }}
          />
          <Button type="submit" disabled={form.pending}>
            {t('forgot.submit')}
          </Button>
        </form>
        <p className="fr-mt-4w">
          <Link className="fr-link" to="/login">
            {t('forgot.backToLogin')}
          </Link>
        </p>
      </div>
    </div>
  );
}
