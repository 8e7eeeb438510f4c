import Button from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { usePageTitle } from '../../components/page-title';
import { PasswordField } from '../../components/password-field';
import { useI18n } from '../../i18n/i18n';

/** Changing the password ends every other session (the server does it; we say so). */
export function PasswordSection() {
  const { t } = useI18n();
  usePageTitle(t('account.password.title'));
  const form = useApiForm();
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    setSaved(null);
    const ok = form.check({
      confirmPassword: v.newPassword !== v.confirmPassword && t('password.mismatch'),
    });
    if (!ok) return;
    void form.run(async () => {
      await api.post('/me/password', {
        currentPassword: v.currentPassword ?? '',
        newPassword: v.newPassword ?? '',
      });
      target.reset();
      setSaved(t('account.password.done'));
    });
  };

  return (
    <section aria-labelledby="password-title">
      <h1 id="password-title">{t('account.password.title')}</h1>
      <p>{t('account.password.intro')}</p>
      <FormError error={form.error} />
      <FormSuccess message={saved} />
      <form onSubmit={submit} noValidate>
        <PasswordField
          label={t('field.currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          error={form.fieldMessage('currentPassword')}
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
          {t('account.password.submit')}
        </Button>
      </form>
    </section>
  );
}
