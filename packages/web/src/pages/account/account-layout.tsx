import SideMenu from '@codegouvfr/react-dsfr/SideMenu';
import { Outlet, useLocation } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../i18n/i18n';

/** The sections of « Mon compte », each its own address so a mail or a bookmark can point at it. */
export const ACCOUNT_SECTIONS: ReadonlyArray<{ path: string; label: MessageKey }> = [
  { path: 'profile', label: 'account.profile.title' },
  { path: 'structures', label: 'account.structures.title' },
  { path: 'attachments', label: 'account.attachments.title' },
  { path: 'email', label: 'account.email.title' },
  { path: 'preferences', label: 'account.preferences.title' },
  { path: 'password', label: 'account.password.title' },
  { path: 'secret', label: 'account.secret.title' },
  { path: 'two-factor', label: 'account.totp.title' },
  { path: 'sessions', label: 'account.sessions.title' },
  { path: 'journal', label: 'account.journal.title' },
];

export function AccountLayout() {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-3">
        <SideMenu
          align="left"
          title={t('nav.account')}
          burgerMenuButtonText={t('account.menu')}
          items={ACCOUNT_SECTIONS.map((section) => ({
            text: t(section.label),
            linkProps: { to: `/account/${section.path}` },
            isActive: location.pathname === `/account/${section.path}`,
          }))}
        />
      </div>
      <div className="fr-col-12 fr-col-md-9">
        <Outlet />
      </div>
    </div>
  );
}
