import Button from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { usePageTitle } from '../../components/page-title';
import { PasswordField } from '../../components/password-field';
import { SecretFields } from '../../components/secret-fields';
import { useI18n } from '../../i18n/i18n';

export function SecretSection() {
  const { t } = useI18n();
  usePageTitle(t('account.secret.title'));
  const form = useApiForm();
  const user = useUser();
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    setSaved(null);
    void form.run(async () => {
      await api.put('/me/secret', {
        currentPassword: v.currentPassword ?? '',
        secretQuestion: v.secretQuestion ?? '',
        secretAnswer: v.secretAnswer ?? '',
      });
      target.reset();
      setSaved(t('account.secret.done'));
    });
  };

  return (
    <section aria-labelledby="secret-title">
      <h1 id="secret-title">{t('account.secret.title')}</h1>
      <p>{t('secret.intro')}</p>
      <FormError error={form.error} />
      <FormSuccess message={saved} />
      <form onSubmit={submit} noValidate>
        <SecretFields field={form.field} defaultQuestion={user.secretQuestion ?? undefined} />
        <PasswordField
          label={t('field.currentPassword')}
          hintText={t('account.secret.passwordHint')}
          name="currentPassword"
          autoComplete="current-password"
          error={form.fieldMessage('currentPassword')}
        />
        <Button type="submit" disabled={form.pending}>
          {t('account.secret.submit')}
        </Button>
      </form>
    </section>
  );
}
