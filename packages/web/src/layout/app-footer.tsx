import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { showStateIdentity } from './identity';

export function AppFooter() {
  const { t } = useI18n();
  return (
    <footer className="fr-footer" role="contentinfo" id="footer">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <Link to="/" title={t('header.homeTitle')}>
              {showStateIdentity ? (
                <p className="fr-logo">
                  République
                  <br />
                  Française
                </p>
              ) : (
                <span className="chorale-footer-name">Chorale</span>
              )}
            </Link>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{t('footer.description')}</p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="/api/docs">
                {t('footer.apiDocs')}
              </a>
            </li>
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>{t('footer.licence')}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
