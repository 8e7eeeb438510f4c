import Alert from '@codegouvfr/react-dsfr/Alert';
import { Link, useParams } from 'react-router-dom';
import { FormError } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { TERMINAL_STATUSES, type FluxDetail } from '../../fluxes/api';
import { formatBytes, useFluxI18n } from '../../fluxes/messages';
import { usePolled } from '../../fluxes/use-polled';
import { formatDateTime } from '../../i18n/i18n';
import { NotFoundPage } from '../not-found';
import { FluxItems } from './flux-items';
import { FluxCounts, FluxProgress, FluxStatusBadge } from './flux-status';

const integrating = (flux: FluxDetail) => !TERMINAL_STATUSES.has(flux.status);

/**
 * A flux and its integration report: summary, live progress while integrating, the flux-level
 * refusal, each invoice with its result and findings, links to the accepted invoices, downloads.
 */
export function FluxPage() {
  const { id = '' } = useParams();
  const { ft, lang } = useFluxI18n();
  const state = usePolled<FluxDetail>(`/fluxes/${encodeURIComponent(id)}`, integrating, 1000);
  const flux = state.status === 'ready' ? state.data : null;
  usePageTitle(flux ? ft('flux.title', { number: flux.number }) : ft('list.title'));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    if (state.error.status === 404) return <NotFoundPage />;
    return <FormError error={state.error} />;
  }
  const f = state.data;
  const base = `/api/v1/fluxes/${encodeURIComponent(f.id)}`;
  const rows: Array<[string, string]> = [
    [ft('flux.structure'), f.structureName],
    [ft('flux.file'), f.fileName],
    [ft('flux.syntax'), f.syntax],
    [ft('flux.channel'), ft(f.channel === 'api' ? 'flux.channel.api' : 'flux.channel.portal')],
    [ft('flux.size'), formatBytes(f.sizeBytes, lang)],
    [ft('flux.receivedAt'), formatDateTime(lang, f.receivedAt)],
    ...(f.finishedAt
      ? [[ft('flux.finishedAt'), formatDateTime(lang, f.finishedAt)] as [string, string]]
      : []),
    ...(f.depositedBy ? [[ft('flux.depositedBy'), f.depositedBy.name] as [string, string]] : []),
    ...(f.validator
      ? [
          [
            ft('flux.validator'),
            f.validator.serviceCode
              ? `${f.validator.identifier} / ${f.validator.serviceCode}`
              : f.validator.identifier,
          ] as [string, string],
        ]
      : []),
    [ft('flux.sha256'), f.sha256],
  ];
  return (
    <>
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/fluxes">
          {ft('flux.back')}
        </Link>
      </p>
      <h1>{ft('flux.title', { number: f.number })}</h1>
      <section aria-labelledby="flux-summary">
        <h2 id="flux-summary" className="fr-h5">
          {ft('flux.summary')}
        </h2>
        <div aria-live="polite" data-testid="flux-state">
          <p className="fr-mb-1w">
            <FluxStatusBadge status={f.status} />{' '}
            <span data-testid="flux-counts">
              <FluxCounts flux={f} />
            </span>
          </p>
          {integrating(f) && <FluxProgress flux={f} />}
        </div>
        <dl className="chorale-flux-facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className={label === ft('flux.sha256') ? 'chorale-break' : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
        {f.duplicateOf && (
          <Alert
            severity="warning"
            small
            className="fr-mb-2w"
            description={
              <>
                {ft('flux.duplicate', { number: f.duplicateOf.number })}{' '}
                <Link to={`/fluxes/${f.duplicateOf.id}`}>{f.duplicateOf.number}</Link>
              </>
            }
          />
        )}
        {f.refusal && (
          <Alert
            severity="error"
            className="fr-mb-2w"
            title={ft('flux.refusal')}
            description={
              <>
                <code>{f.refusal.code}</code> — {f.refusal.message}
              </>
            }
          />
        )}
      </section>
      {TERMINAL_STATUSES.has(f.status) && (
        <section aria-labelledby="flux-downloads" className="fr-my-3w">
          <h2 id="flux-downloads" className="fr-h5">
            {ft('flux.downloads')}
          </h2>
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
            <li>
              <a className="fr-btn fr-btn--secondary" href={`${base}/report.pdf`} download>
                {ft('flux.pdf')}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--secondary" href={`${base}/report.csv`} download>
                {ft('flux.csv')}
              </a>
            </li>
            <li>
              <a className="fr-btn fr-btn--secondary" href={`${base}/report.json`} download>
                {ft('flux.json')}
              </a>
            </li>
          </ul>
        </section>
      )}
      <section aria-labelledby="flux-invoices">
        <h2 id="flux-invoices" className="fr-h5">
          {ft('flux.invoices')}
        </h2>
        {f.items.length === 0 ? <p>{ft('flux.noItems')}</p> : <FluxItems items={f.items} />}
      </section>
    </>
  );
}
