import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { Me } from '../api/types';
import { useSession } from '../auth/session';
import { FormError, useApiForm } from '../components/api-form';
import { formValues } from '../components/form-values';
import { Loading } from '../components/loading';
import { usePageTitle } from '../components/page-title';
import { PasswordField } from '../components/password-field';
import { SecretFields } from '../components/secret-fields';
import { useApiData } from '../components/use-api-data';
import { useI18n } from '../i18n/i18n';

/** The link of the activation mail: choose a password and a secret question, then signed in. */
export function ActivationPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('activation.title'));
  const { state } = useApiData<{ email: string; firstName: string }>(
    `/auth/activation/${encodeURIComponent(token)}`,
    { allow401: true },
  );
  const form = useApiForm();
  const { signedIn } = useSession();
  const navigate = useNavigate();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const ok = form.check({
      confirmPassword: v.password !== v.confirmPassword && t('password.mismatch'),
    });
    if (!ok) return;
    void form.run(async () => {
      const answer = await api.post<{ user: Me }>('/auth/activation', {
        token,
        password: v.password ?? '',
        secretQuestion: v.secretQuestion ?? '',
        secretAnswer: v.secretAnswer ?? '',
      });
      signedIn(answer.user);
      void navigate('/', { replace: true });
    });
  };

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{t('activation.title')}</h1>
          <Alert
            className="fr-mb-4w"
            severity="error"
            title={t('activation.invalidTitle')}
            description={state.error.message}
            as="h2"
          />
          <Link className="fr-btn" to="/activation/resend">
            {t('activation.newLink')}
          </Link>
        </div>
      </div>
    );

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('activation.title')}</h1>
        <p>{t('activation.intro', { name: state.data.firstName, email: state.data.email })}</p>
        <FormError error={form.error} />
        <form onSubmit={submit} noValidate>
          {/* Lets password managers store the new password under the right login. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={state.data.email}
            readOnly
            hidden
          />
          <PasswordField
            label={t('field.newPassword')}
            name="password"
            autoComplete="new-password"
            showRules
            error={form.fieldMessage('password')}
          />
          <PasswordField
            label={t('field.confirmPassword')}
            name="confirmPassword"
            autoComplete="new-password"
            error={form.fieldMessage('confirmPassword')}
          />
          <h2 className="fr-h4 fr-mt-4w">{t('secret.sectionTitle')}</h2>
          <p>{t('secret.intro')}</p>
          <SecretFields field={form.field} />
          <Button type="submit" disabled={form.pending}>
            {t('activation.submit')}
          </Button>
        </form>
      </div>
    </div>
  );
}
