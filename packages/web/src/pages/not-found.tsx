import { Link } from 'react-router-dom';
import { usePageTitle } from '../components/page-title';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-md-8">
        <h1>{t('notFound.title')}</h1>
        <p className="fr-text--lead">{t('notFound.body')}</p>
        <Link className="fr-btn" to="/">
          {t('notFound.home')}
        </Link>
      </div>
    </div>
  );
}
