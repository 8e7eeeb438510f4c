import Button from '@codegouvfr/react-dsfr/Button';
import Checkbox from '@codegouvfr/react-dsfr/Checkbox';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { FormError, useApiForm } from '../components/api-form';
import { formValues, optional } from '../components/form-values';
import { usePageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n';

/** Sign-up: the login e-mail is the identifier; the contact address defaults to it. */
export function SignupPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('signup.title'));
  const form = useApiForm();
  const [otherContact, setOtherContact] = useState(false);
  const [sentTo, setSentTo] = useState<{ email: string; message: string } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    void form.run(async () => {
      const answer = await api.post<{ message?: string }>('/auth/signup', {
        email: v.email ?? '',
        firstName: v.firstName ?? '',
        lastName: v.lastName ?? '',
        contactEmail: otherContact ? optional(v.contactEmail) : undefined,
        language: lang,
      });
      setSentTo({
        email: v.email ?? '',
        message: answer?.message ?? t('signup.sent', { email: v.email ?? '' }),
      });
    });
  };

  if (sentTo)
    return (
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{t('signup.sentTitle')}</h1>
          <div className="fr-alert fr-alert--success fr-mb-4w" role="status">
            <p>{sentTo.message}</p>
          </div>
          <p>{t('signup.sentHelp')}</p>
          <p>
            <Link className="fr-link" to="/activation/resend" state={{ email: sentTo.email }}>
              {t('signup.resendLink')}
            </Link>
          </p>
        </div>
      </div>
    );

  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>{t('signup.title')}</h1>
        <p>{t('signup.intro')}</p>
        <p className="fr-hint-text">{t('common.allRequired')}</p>
        <FormError error={form.error} />
        <form onSubmit={submit} noValidate>
          <Input
            label={t('signup.email')}
            hintText={t('signup.emailHint')}
            {...form.field('email')}
            nativeInputProps={{ name: 'email', type: 'email', autoComplete: 'username' }}
          />
          <Input
            label={t('field.firstName')}
            {...form.field('firstName')}
            nativeInputProps={{ name: 'firstName', autoComplete: 'given-name' }}
          />
          <Input
            label={t('field.lastName')}
            {...form.field('lastName')}
            nativeInputProps={{ name: 'lastName', autoComplete: 'family-name' }}
          />
          <Checkbox
            className="fr-mb-3w"
            options={[
              {
                label: t('signup.otherContact'),
                hintText: t('signup.otherContactHint'),
                nativeInputProps: {
                  name: 'otherContact',
                  checked: otherContact,
                  onChange: (e) => setOtherContact(e.currentTarget.checked),
                },
              },
            ]}
          />
          {otherContact && (
            <Input
              label={t('field.contactEmail')}
              {...form.field('contactEmail')}
              nativeInputProps={{ name: 'contactEmail', type: 'email', autoComplete: 'email' }}
            />
          )}
          <Button type="submit" disabled={form.pending}>
            {t('signup.submit')}
          </Button>
        </form>
        <hr className="fr-mt-4w" />
        <p>
          {t('signup.haveAccount')}{' '}
          <Link className="fr-link" to="/login">
            {t('header.login')}
          </Link>
        </p>
      </div>
    </div>
  );
}
