import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { Me } from '../api/types';
import { useSession } from '../auth/session';
import { FormError, useApiForm } from '../components/api-form';
import { formValues } from '../components/form-values';
import { usePageTitle } from '../components/page-title';
import { PasswordField } from '../components/password-field';
import { formatLocalTime, useI18n } from '../i18n/i18n';

interface LoginState {
  from?: string;
  expired?: boolean;
}

/** Only paths of this site: `from` comes from history state, never an open redirect. */
function safeTarget(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('login.title'));
  const form = useApiForm();
  const { signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state as LoginState | null) ?? {};
  // After a TOTP_REQUIRED answer the credentials are kept to send them again with the code.
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (credentials) codeInput.current?.focus();
  }, [credentials]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const email = credentials?.email ?? v.email ?? '';
    const password = credentials?.password ?? v.password ?? '';
    const totpCode = credentials ? (v.totpCode ?? '').replace(/\s+/g, '') : undefined;
    void form.run(async () => {
      try {
        const answer = await api.post<{ user: Me }>(
          '/auth/login',
          { email, password, totpCode },
          { allow401: true },
        );
        signedIn(answer.user);
        void navigate(safeTarget(state.from), { replace: true });
      } catch (error) {
        if (error instanceof ApiError && error.reason === 'TOTP_REQUIRED') {
          setCredentials({ email, password });
          return;
        }
        throw error;
      }
    });
  };

  const lockedUntil =
    form.error?.reason === 'ACCOUNT_LOCKED' && typeof form.error.data?.lockedUntil === 'string'
      ? form.error.data.lockedUntil
      : undefined;

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('login.title')}</h1>
        {state.expired && !form.error && (
          <Alert
            className="fr-mb-3w"
            severity="info"
            small
            role="status"
            description={t('login.expired')}
          />
        )}
        {lockedUntil ? (
          <Alert
            className="fr-mb-3w"
            severity="error"
            title={t('login.lockedTitle')}
            as="h2"
            description={t('login.lockedUntil', { when: formatLocalTime(lang, lockedUntil) })}
          />
        ) : (
          <FormError error={form.error} />
        )}
        {form.error?.reason === 'ACCOUNT_NOT_ACTIVE' && (
          <p>
            <Link className="fr-link" to="/activation/resend">
              {t('login.resendActivation')}
            </Link>
          </p>
        )}
        <form onSubmit={submit} noValidate>
          {credentials ? (
            <>
              <p>{t('login.totpIntro')}</p>
              <Input
                label={t('login.totpCode')}
                hintText={t('login.totpHint')}
                {...form.field('totpCode')}
                nativeInputProps={{
                  ref: codeInput,
                  name: 'totpCode',
                  autoComplete: 'one-time-code',
                  inputMode: 'text',
                  spellCheck: false,
                }}
              />
              <ul className="fr-btns-group fr-btns-group--inline-md">
                <li>
                  <Button type="submit" disabled={form.pending}>
                    {t('login.verify')}
                  </Button>
                </li>
                <li>
                  <Button
                    type="button"
                    priority="secondary"
                    onClick={() => {
                      setCredentials(null);
                      form.clear();
                    }}
                  >
                    {t('common.cancel')}
                  </Button>
                </li>
              </ul>
            </>
          ) : (
            <>
              <Input
                label={t('signup.email')}
                {...form.field('email')}
                nativeInputProps={{ name: 'email', type: 'email', autoComplete: 'username' }}
              />
              <PasswordField
                label={t('field.password')}
                name="password"
                autoComplete="current-password"
                error={form.fieldMessage('password')}
              />
              <p>
                <Link className="fr-link" to="/password/forgot">
                  {t('login.forgot')}
                </Link>
              </p>
              <Button type="submit" disabled={form.pending}>
                {t('login.submit')}
              </Button>
            </>
          )}
        </form>
        <hr className="fr-mt-4w" />
        <h2 className="fr-h5">{t('login.noAccount')}</h2>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn fr-btn--secondary" to="/signup">
              {t('header.signup')}
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary" to="/activation/resend">
              {t('login.resendActivation')}
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
