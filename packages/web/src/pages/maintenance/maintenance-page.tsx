import Button from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/page-title';
import { formatLocalTime } from '../../i18n/i18n';
import { useMaintenance, type Maintenance } from '../../maintenance/maintenance';
import { useMaintenanceI18n } from '../../maintenance/messages';

/** What users see while the portal is in maintenance (instead of any screen). */
export function MaintenancePage({ state, signedIn }: { state: Maintenance; signedIn: boolean }) {
  const { mt, lang } = useMaintenanceI18n();
  const { refresh } = useMaintenance();
  usePageTitle(mt('page.title'));
  return (
    <div className="fr-grid-row" data-testid="maintenance-page">
      <div className="fr-col-12 fr-col-md-8">
        <h1>{mt('page.title')}</h1>
        <p className="fr-text--lead">{mt('page.lead')}</p>
        {state.message && <p className="chorale-maintenance-message">{state.message[lang]}</p>}
        <p>
          {state.until
            ? mt('page.until', { until: formatLocalTime(lang, state.until) })
            : mt('page.noEnd')}
        </p>
        <p className="fr-text--sm">{mt('page.api')}</p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button priority="secondary" onClick={() => void refresh()}>
              {mt('page.retry')}
            </Button>
          </li>
          {!signedIn && (
            <li>
              <Link className="fr-btn fr-btn--tertiary" to="/login">
                {mt('page.operatorLogin')}
              </Link>
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
