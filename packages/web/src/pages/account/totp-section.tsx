import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { TotpSetup } from '../../api/types';
import { useSession, useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { usePageTitle } from '../../components/page-title';
import { PasswordField } from '../../components/password-field';
import { useI18n } from '../../i18n/i18n';

/**
 * The QR code comes from our server as SVG text; shown as an image, never as live markup, so even
 * a tampered answer cannot run script in the page.
 */
function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

export function TotpSection() {
  const { t } = useI18n();
  usePageTitle(t('account.totp.title'));
  const user = useUser();
  const { refresh } = useSession();
  const form = useApiForm();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const start = () => {
    setMessage(null);
    void form.run(async () => setSetup(await api.post<TotpSetup>('/me/totp/setup')));
  };

  const enable = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    void form.run(async () => {
      const answer = await api.post<{ recoveryCodes: string[] }>('/me/totp/enable', {
        code: (v.code ?? '').replace(/\s+/g, ''),
      });
      setSetup(null);
      setRecoveryCodes(answer.recoveryCodes);
    });
  };

  const disable = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    void form.run(async () => {
      await api.post('/me/totp/disable', { password: v.password ?? '' });
      target.reset();
      await refresh();
      setMessage(t('account.totp.disabled'));
    });
  };

  const body = (() => {
    if (recoveryCodes)
      return (
        <>
          <Alert
            className="fr-mb-3w"
            severity="success"
            small
            role="status"
            description={t('account.totp.enabled')}
          />
          <h2 className="fr-h4">{t('account.totp.recoveryTitle')}</h2>
          <p>{t('account.totp.recoveryIntro')}</p>
          <ul className="chorale-codes" aria-label={t('account.totp.recoveryTitle')}>
            {recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <Button
            type="button"
            onClick={() => {
              setRecoveryCodes(null);
              void refresh();
            }}
          >
            {t('account.totp.codesSaved')}
          </Button>
        </>
      );
    if (user.totpEnabled)
      return (
        <>
          <p>
            <span className="fr-badge fr-badge--success">{t('account.totp.statusOn')}</span>
          </p>
          <p>{t('account.totp.disableIntro')}</p>
          <form onSubmit={disable} noValidate>
            <PasswordField
              label={t('field.password')}
              name="password"
              autoComplete="current-password"
              error={form.fieldMessage('password')}
            />
            <Button type="submit" priority="secondary" disabled={form.pending}>
              {t('account.totp.disable')}
            </Button>
          </form>
        </>
      );
    if (setup)
      return (
        <>
          <ol>
            <li>{t('account.totp.step1')}</li>
            <li>{t('account.totp.step2')}</li>
          </ol>
          <img
            className="chorale-qr"
            src={svgDataUrl(setup.qrSvg)}
            alt={t('account.totp.qrAlt')}
            width={200}
            height={200}
          />
          <p>
            {t('account.totp.manual')} <code className="chorale-secret">{setup.secret}</code>
          </p>
          <form onSubmit={enable} noValidate>
            <Input
              label={t('account.totp.code')}
              hintText={t('account.totp.codeHint')}
              {...form.field('code')}
              nativeInputProps={{
                name: 'code',
                autoComplete: 'one-time-code',
                inputMode: 'numeric',
              }}
            />
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Button type="submit" disabled={form.pending}>
                  {t('account.totp.confirm')}
                </Button>
              </li>
              <li>
                <Button type="button" priority="secondary" onClick={() => setSetup(null)}>
                  {t('common.cancel')}
                </Button>
              </li>
            </ul>
          </form>
        </>
      );
    return (
      <>
        <p>
          <span className="fr-badge">{t('account.totp.statusOff')}</span>
        </p>
        <Button type="button" onClick={start} disabled={form.pending}>
          {t('account.totp.start')}
        </Button>
      </>
    );
  })();

  return (
    <section aria-labelledby="totp-title">
      <h1 id="totp-title">{t('account.totp.title')}</h1>
      <p>{t('account.totp.intro')}</p>
      <FormError error={form.error} />
      <FormSuccess message={message} />
      {body}
    </section>
  );
}
