import Alert from '@codegouvfr/react-dsfr/Alert';
import { Link, useLocation } from 'react-router-dom';
import { useSession } from '../auth/session';
import { Loading } from '../components/loading';
import { usePageTitle } from '../components/page-title';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { HomeDashboard } from './structures/home-dashboard';

export function HomePage() {
  const { status, user } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut === true;
  usePageTitle(t('home.title'));
  if (status === 'loading') return <Loading />;
  if (!user)
    return (
      <>
        {loggedOut && (
          <Alert
            className="fr-mb-4w"
            severity="success"
            small
            role="status"
            description={t('home.loggedOut')}
          />
        )}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-8">
            <h1>{t('home.anonymous.title')}</h1>
            <p className="fr-text--lead">{t('home.anonymous.lead')}</p>
            <ul className="fr-btns-group fr-btns-group--inline-md">
              <li>
                <Link className="fr-btn" to="/login">
                  {t('header.login')}
                </Link>
              </li>
              <li>
                <Link className="fr-btn fr-btn--secondary" to="/signup">
                  {t('header.signup')}
                </Link>
              </li>
            </ul>
          </div>
        </div>
        <h2 className="fr-mt-4w">{t('home.anonymous.what')}</h2>
        <div className="fr-grid-row fr-grid-row--gutters">
          {(['suppliers', 'structures', 'integrators'] as const).map((who) => (
            <div className="fr-col-12 fr-col-md-4" key={who}>
              <div className="fr-tile">
                <div className="fr-tile__body">
                  <div className="fr-tile__content">
                    <h3 className="fr-tile__title">{t(`home.anonymous.${who}.title`)}</h3>
                    <p className="fr-tile__desc">{t(`home.anonymous.${who}.body`)}</p>
                  </div>
                </div>
              </div>
            </div>
          ))}
        </div>
      </>
    );
  const sections: Array<{ title: MessageKey; body: MessageKey }> = [
    { title: 'home.section.invoices.title', body: 'home.section.invoices.body' },
    { title: 'home.section.structures.title', body: 'home.section.structures.body' },
  ];
  return (
    <>
      <h1>{t('home.welcome', { name: user.firstName })}</h1>
      <p className="fr-text--lead">{t('home.welcomeLead')}</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        {sections.map((section) => (
          <div className="fr-col-12 fr-col-md-4" key={section.title}>
            <div className="fr-tile">
              <div className="fr-tile__body">
                <div className="fr-tile__content">
                  <h2 className="fr-tile__title">{t(section.title)}</h2>
                  <p className="fr-tile__desc">{t(section.body)}</p>
                </div>
              </div>
            </div>
          </div>
        ))}
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-tile fr-enlarge-link">
            <div className="fr-tile__body">
              <div className="fr-tile__content">
                <h2 className="fr-tile__title">
                  <Link to="/account">{t('nav.account')}</Link>
                </h2>
                <p className="fr-tile__desc">{t('home.section.account.body')}</p>
              </div>
            </div>
          </div>
        </div>
      </div>
      <HomeDashboard />
    </>
  );
}
