import { Link, NavLink, useLocation } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useI18n, type Lang } from '../i18n/i18n';
import { useUnreadCount } from '../notifications/api';
import { showStateIdentity } from './identity';
import { useNavItems } from './nav-items';

const MENU_ID = 'header-menu';

/**
 * The DSFR header markup, written out rather than react-dsfr's <Header>: that component always
 * draws the State's logo, and Chorale's header is neutral unless the operator opts in.
 */
export function AppHeader() {
  const { t } = useI18n();
  const { user } = useSession();
  const items = useNavItems(user);
  const unread = useUnreadCount(user?.id, useLocation().pathname);
  return (
    <header
      role="banner"
      className={showStateIdentity ? 'fr-header' : 'fr-header chorale-header--neutral'}
    >
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                {showStateIdentity && (
                  <div className="fr-header__logo">
                    <p className="fr-logo">
                      République
                      <br />
                      Française
                    </p>
                  </div>
                )}
                <div className="fr-header__navbar">
                  <button
                    type="button"
                    className="fr-btn--menu fr-btn"
                    data-fr-opened="false"
                    aria-controls={MENU_ID}
                    id={`${MENU_ID}-button`}
                    title={t('header.menu')}
                  >
                    {t('header.menu')}
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <Link to="/" title={t('header.homeTitle')}>
                  <p className="fr-header__service-title">Chorale</p>
                </Link>
                <p className="fr-header__service-tagline">{t('header.tagline')}</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <QuickAccess suffix="" unread={unread} />
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="fr-header__menu fr-modal" id={MENU_ID} aria-labelledby={`${MENU_ID}-button`}>
        <div className="fr-container">
          <button type="button" className="fr-btn--close fr-btn" aria-controls={MENU_ID}>
            {t('header.close')}
          </button>
          <div className="fr-header__menu-links">
            <QuickAccess suffix="-mobile" unread={unread} />
          </div>
          {items.length > 0 && (
            <nav className="fr-nav" aria-label={t('nav.label')}>
              <ul className="fr-nav__list">
                {items.map((item) => (
                  <li className="fr-nav__item" key={item.to}>
                    <NavLink className="fr-nav__link" to={item.to} end={item.end ?? false}>
                      {t(item.label)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </div>
    </header>
  );
}

/** Rendered twice (desktop tools and mobile menu), as the DSFR expects from React apps. */
function QuickAccess({ suffix, unread }: { suffix: string; unread: number }) {
  const { t, lang } = useI18n();
  const { user, logout, changeLanguage } = useSession();
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return (
    <ul className="fr-btns-group">
      {user ? (
        <>
          <li>
            <Link
              id={`header-notifications${suffix}`}
              className="fr-btn fr-icon-notification-3-line"
              to="/notifications"
            >
              {t('header.notifications', { count: unread })}
            </Link>
          </li>
          <li>
            <Link
              id={`header-account${suffix}`}
              className="fr-btn fr-icon-account-circle-line"
              to="/account"
            >
              {t('header.account', { name: `${user.firstName} ${user.lastName}` })}
            </Link>
          </li>
          <li>
            <button
              type="button"
              id={`header-logout${suffix}`}
              className="fr-btn fr-icon-logout-box-r-line"
              onClick={() => void logout()}
            >
              {t('header.logout')}
            </button>
          </li>
        </>
      ) : (
        <>
          <li>
            <Link id={`header-login${suffix}`} className="fr-btn fr-icon-lock-line" to="/login">
              {t('header.login')}
            </Link>
          </li>
          <li>
            <Link id={`header-signup${suffix}`} className="fr-btn fr-icon-user-line" to="/signup">
              {t('header.signup')}
            </Link>
          </li>
        </>
      )}
      <li>
        <button
          type="button"
          id={`header-lang${suffix}`}
          className="fr-btn fr-icon-translate-2"
          lang={other}
          title={t('header.switchLanguageTitle')}
          onClick={() => void changeLanguage(other).catch(() => undefined)}
        >
          {other === 'en' ? 'English' : 'Français'}
        </button>
      </li>
    </ul>
  );
}
