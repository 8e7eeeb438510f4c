import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { useSession, useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { usePageTitle } from '../../components/page-title';
import { formatDateTime, useI18n } from '../../i18n/i18n';

/** Identity and postal address (the login e-mail is the identifier and cannot change here). */
export function ProfileSection() {
  const { t, lang } = useI18n();
  usePageTitle(t('account.profile.title'));
  const user = useUser();
  const { signedIn } = useSession();
  const form = useApiForm();
  const [saved, setSaved] = useState<string | null>(null);
  const address = user.address;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    setSaved(null);
    void form.run(async () => {
      const { user: me } = await api.patch<{ user: Me }>('/me', {
        firstName: v.firstName ?? '',
        lastName: v.lastName ?? '',
        address: {
          line1: v['address.line1'] ?? '',
          line2: v['address.line2'] ?? '',
          postalCode: v['address.postalCode'] ?? '',
          city: v['address.city'] ?? '',
          country: v['address.country'] ?? '',
        },
      });
      signedIn(me);
      setSaved(t('account.saved'));
    });
  };

  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{t('account.profile.title')}</h1>
      <dl className="chorale-facts fr-mb-4w">
        <dt>{t('account.profile.login')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.profile.created')}</dt>
        <dd>{formatDateTime(lang, user.createdAt)}</dd>
      </dl>
      <FormError error={form.error} />
      <FormSuccess message={saved} />
      <form onSubmit={submit} noValidate>
        <div className="fr-grid-row fr-grid-row--gutters fr-mb-1w">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={t('field.firstName')}
              {...form.field('firstName')}
              nativeInputProps={{
                name: 'firstName',
                autoComplete: 'given-name',
                defaultValue: user.firstName,
              }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={t('field.lastName')}
              {...form.field('lastName')}
              nativeInputProps={{
                name: 'lastName',
                autoComplete: 'family-name',
                defaultValue: user.lastName,
              }}
            />
          </div>
        </div>
        <fieldset className="fr-fieldset fr-mt-2w">
          <legend className="fr-fieldset__legend fr-h5">{t('account.profile.address')}</legend>
          <div className="fr-fieldset__content chorale-fieldset-body">
            <Input
              label={t('field.address.line1')}
              {...form.field('address.line1')}
              nativeInputProps={{
                name: 'address.line1',
                autoComplete: 'address-line1',
                defaultValue: address?.line1 ?? '',
              }}
            />
            <Input
              label={t('field.address.line2')}
              {...form.field('address.line2')}
              nativeInputProps={{
                name: 'address.line2',
                autoComplete: 'address-line2',
                defaultValue: address?.line2 ?? '',
              }}
            />
            <div className="fr-grid-row fr-grid-row--gutters fr-mb-1w">
              <div className="fr-col-12 fr-col-md-4">
                <Input
                  label={t('field.address.postalCode')}
                  {...form.field('address.postalCode')}
                  nativeInputProps={{
                    name: 'address.postalCode',
                    autoComplete: 'postal-code',
                    defaultValue: address?.postalCode ?? '',
                  }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-8">
                <Input
                  label={t('field.address.city')}
                  {...form.field('address.city')}
                  nativeInputProps={{
                    name: 'address.city',
                    autoComplete: 'address-level2',
                    defaultValue: address?.city ?? '',
                  }}
                />
              </div>
            </div>
            <Input
              label={t('field.address.country')}
              hintText={t('field.address.countryHint')}
              {...form.field('address.country')}
              nativeInputProps={{
                name: 'address.country',
                autoComplete: 'country',
                defaultValue: address?.country ?? '',
              }}
            />
          </div>
        </fieldset>
        <Button type="submit" disabled={form.pending}>
          {t('common.save')}
        </Button>
      </form>
    </section>
  );
}
