import Badge from '@codegouvfr/react-dsfr/Badge';
import { progressOf, TERMINAL_STATUSES, type FluxStatus, type FluxSummary } from '../../fluxes/api';
import { useFluxI18n, type FluxMessageKey } from '../../fluxes/messages';

const SEVERITY: Record<FluxStatus, 'success' | 'warning' | 'error' | 'info' | 'new'> = {
  IN_RECU: 'new',
  IN_EN_ATTENTE_TRAITEMENT: 'new',
  IN_EN_COURS_TRAITEMENT: 'info',
  IN_INTEGRE: 'success',
  IN_INTEGRE_PARTIEL: 'warning',
  IN_REJETE: 'error',
  IN_INCIDENTE: 'error',
};

export function FluxStatusBadge({ status }: { status: FluxStatus }) {
  const { ft } = useFluxI18n();
  return (
    <Badge severity={SEVERITY[status]} small noIcon data-status={status}>
      {ft(`status.${status}` as FluxMessageKey)}
    </Badge>
  );
}

/** "2 accepted, 1 refused out of 3" (or that the files are not read yet). */
export function FluxCounts({ flux }: { flux: FluxSummary }) {
  const { ft } = useFluxI18n();
  if (flux.counts.total === 0 && !TERMINAL_STATUSES.has(flux.status)) {
    return <>{ft('counts.pending')}</>;
  }
  return <>{ft('counts.text', { ...flux.counts })}</>;
}

/**
 * The integration progress: a native progress element (announced by screen readers through its
 * label) that moves as the list or page polls.
 */
export function FluxProgress({ flux }: { flux: FluxSummary }) {
  const { ft } = useFluxI18n();
  const id = `flux-progress-${flux.id}`;
  const share = progressOf(flux);
  return (
    <div className="chorale-flux-progress">
      <label htmlFor={id} className="fr-text--sm fr-mb-0">
        {ft('progress.label', {
          number: flux.number,
          processed: flux.counts.processed,
          total: flux.counts.total,
        })}
      </label>
      <progress id={id} max={100} value={Math.round(share * 100)} style={{ width: '100%' }}>
        {Math.round(share * 100)} %
      </progress>
    </div>
  );
}
