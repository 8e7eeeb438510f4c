import Button from '@codegouvfr/react-dsfr/Button';
import RadioButtons from '@codegouvfr/react-dsfr/RadioButtons';
import ToggleSwitch from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Me } from '../../api/types';
import { useSession, useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { usePageTitle } from '../../components/page-title';
import { useI18n, type Lang } from '../../i18n/i18n';

/** Language of the interface and of e-mails, and whether to receive notification e-mails. */
export function PreferencesSection() {
  const { t } = useI18n();
  usePageTitle(t('account.preferences.title'));
  const user = useUser();
  const { signedIn } = useSession();
  const form = useApiForm();
  const [language, setLanguage] = useState<Lang>(user.language);
  const [notifications, setNotifications] = useState(user.notificationsEnabled);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    void form.run(async () => {
      const { user: me } = await api.patch<{ user: Me }>('/me', {
        language,
        notificationsEnabled: notifications,
      });
      signedIn(me);
      // Said in the language just chosen: the interface has switched with it.
      setSaved(
        me.language === 'en' ? 'Your preferences are saved.' : 'Vos préférences sont enregistrées.',
      );
    });
  };

  return (
    <section aria-labelledby="preferences-title">
      <h1 id="preferences-title">{t('account.preferences.title')}</h1>
      <FormError error={form.error} />
      <FormSuccess message={saved} />
      <form onSubmit={submit} noValidate>
        <RadioButtons
          legend={t('account.preferences.language')}
          hintText={t('account.preferences.languageHint')}
          name="language"
          options={[
            {
              label: <span lang="fr">Français</span>,
              nativeInputProps: {
                value: 'fr',
                checked: language === 'fr',
                onChange: () => setLanguage('fr'),
              },
            },
            {
              label: <span lang="en">English</span>,
              nativeInputProps: {
                value: 'en',
                checked: language === 'en',
                onChange: () => setLanguage('en'),
              },
            },
          ]}
        />
        <ToggleSwitch
          className="fr-mb-4w"
          label={t('account.preferences.notifications')}
          helperText={t('account.preferences.notificationsHint')}
          checked={notifications}
          onChange={setNotifications}
          showCheckedHint
          inputTitle={t('account.preferences.notifications')}
        />
        <Button type="submit" disabled={form.pending}>
          {t('common.save')}
        </Button>
      </form>
    </section>
  );
}
