import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useSession, useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { usePageTitle } from '../../components/page-title';
import { useI18n } from '../../i18n/i18n';

/** The contact address changes only once the new address has confirmed it by its link. */
export function EmailSection() {
  const { t } = useI18n();
  usePageTitle(t('account.email.title'));
  const user = useUser();
  const { refresh } = useSession();
  const form = useApiForm();
  const [sent, setSent] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    setSent(null);
    void form.run(async () => {
      const answer = await api.post<{ message?: string } | undefined>('/me/contact-email', {
        contactEmail: v.contactEmail ?? '',
      });
      setSent(answer?.message ?? t('account.email.sent', { email: v.contactEmail ?? '' }));
      target.reset();
      await refresh();
    });
  };

  return (
    <section aria-labelledby="email-title">
      <h1 id="email-title">{t('account.email.title')}</h1>
      <p>{t('account.email.intro')}</p>
      <dl className="chorale-facts fr-mb-4w">
        <dt>{t('account.profile.login')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('field.contactEmail')}</dt>
        <dd id="current-contact-email">{user.contactEmail}</dd>
      </dl>
      {user.pendingContactEmail && (
        <Alert
          className="fr-mb-3w"
          severity="info"
          small
          role="status"
          description={t('account.email.pending', { email: user.pendingContactEmail })}
        />
      )}
      <FormError error={form.error} />
      <FormSuccess message={sent} />
      <form onSubmit={submit} noValidate>
        <Input
          label={t('account.email.new')}
          {...form.field('contactEmail')}
          nativeInputProps={{ name: 'contactEmail', type: 'email', autoComplete: 'email' }}
        />
        <Button type="submit" disabled={form.pending}>
          {t('account.email.submit')}
        </Button>
      </form>
    </section>
  );
}
