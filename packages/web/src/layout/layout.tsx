import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { SessionProvider } from '../auth/session';
import { ErrorBoundary } from '../components/error-boundary';
import { LangProvider, useI18n } from '../i18n/i18n';
import { MaintenanceGate, MaintenanceProvider } from '../maintenance/maintenance';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/** The root route: language, session, header, page, footer. */
export function RootLayout() {
  return (
    <LangProvider>
      <SessionProvider>
        <MaintenanceProvider>
          <Shell />
        </MaintenanceProvider>
      </SessionProvider>
    </LangProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // A screen reader hears nothing when a single-page app changes page: move focus to the content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" aria-label={t('skip.label')}>
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href="#main">
                {t('skip.content')}
              </a>
            </li>
            <li>
              <a className="fr-link" href="#footer">
                {t('skip.footer')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1} className="chorale-main">
        <div className="fr-container fr-py-6w">
          <ErrorBoundary key={location.pathname}>
            <MaintenanceGate>
              <Outlet />
            </MaintenanceGate>
          </ErrorBoundary>
        </div>
      </main>
      <AppFooter />
    </>
  );
}
