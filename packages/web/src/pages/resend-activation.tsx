import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from '../api/client';
import { FormError, FormSuccess, useApiForm } from '../components/api-form';
import { formValues } from '../components/form-values';
import { usePageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n';

export function ResendActivationPage() {
  const { t } = useI18n();
  usePageTitle(t('resend.title'));
  const form = useApiForm();
  const location = useLocation();
  const known = (location.state as { email?: string } | null)?.email ?? '';
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    setDone(null);
    void form.run(async () => {
      const answer = await api.post<{ message?: string } | undefined>('/auth/activation/resend', {
        email: v.email ?? '',
      });
      setDone(answer?.message ?? t('resend.sent'));
    });
  };

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('resend.title')}</h1>
        <p>{t('resend.intro')}</p>
        <FormError error={form.error} />
        <FormSuccess message={done} />
        <form onSubmit={submit} noValidate>
          <Input
            label={t('signup.email')}
            {...form.field('email')}
            nativeInputProps={{
              name: 'email',
              type: 'email',
              autoComplete: 'username',
              defaultValue: known,
            }}
          />
          <Button type="submit" disabled={form.pending}>
            {t('resend.submit')}
          </Button>
        </form>
      </div>
    </div>
  );
}
