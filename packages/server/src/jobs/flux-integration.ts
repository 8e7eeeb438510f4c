import type { AppContext } from '../context';
import { integrateFlux, markFluxIncident } from '../services/fluxes/integrate-flux';
import { getMaintenance } from '../services/maintenance/maintenance';
import { PermanentJobError, PostponeJob, type JobHandler } from './worker';

export const FLUX_INTEGRATION_JOB = 'flux-integration';
/** Attempts before a flux is shown in incident (IN_INCIDENTE); back-off between them. */
export const FLUX_JOB_MAX_ATTEMPTS = 5;
/** During maintenance without an end, how often a paused flux looks again. */
const MAINTENANCE_RECHECK_MS = 30_000;

/**
 * The background integration of one flux. During maintenance the flux is « mis en pause »: the job
 * goes back to the queue (attempt not counted) until the window ends or the next re-check, whichever
 * comes first (an operator may end maintenance early). Jobs are claimed in order of id, so paused
 * fluxes resume in order of arrival.
 */
export function fluxIntegrationHandler(ctx: Omit<AppContext, 'worker'>): JobHandler {
  return async (payload, meta) => {
    const fluxId = (payload as { fluxId?: unknown } | null)?.fluxId;
    if (typeof fluxId !== 'string') throw new PermanentJobError('flux-integration: no fluxId');
    const maintenance = await getMaintenance(ctx.db, ctx.now());
    if (maintenance.active) {
      const recheck = Date.now() + MAINTENANCE_RECHECK_MS;
      const until = maintenance.until ? Math.min(Date.parse(maintenance.until), recheck) : recheck;
      ctx.log.info({ fluxId, until: new Date(until) }, 'flux paused during maintenance');
      throw new PostponeJob(new Date(until));
    }
    try {
      const timings = await integrateFlux(ctx, fluxId);
      ctx.log.info(
        {
          fluxId,
          readMs: Math.round(timings.readMs),
          readWaitMs: Math.round(timings.readWaitMs),
          storeMs: Math.round(timings.storeMs),
        },
        'flux integrated',
      );
    } catch (error) {
      if (meta.attempt >= meta.maxAttempts) await markFluxIncident(ctx, fluxId, error);
      throw error;
    }
  };
}
