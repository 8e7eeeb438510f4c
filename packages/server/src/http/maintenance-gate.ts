import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Localized } from '../i18n/lang';
import { getMaintenance, type MaintenanceState } from '../services/maintenance/maintenance';
import type { App } from './app';

/** The web app sends it on every request; a request without it is the API channel. */
export const CLIENT_HEADER = 'x-chorale-client';

/**
 * What stays reachable from the portal during maintenance: health, logging in and out (an
 * operator must be able to log in to end it), who am I (the web app needs it to tell operators
 * from users) and the maintenance status itself (to show the page).
 */
const OPEN_DURING_MAINTENANCE = new Set([
  'GET /api/health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/me',
  'GET /api/v1/maintenance',
]);

export function isPortalRequest(request: FastifyRequest): boolean {
  return request.headers[CLIENT_HEADER] === 'portal';
}

function endOf(until: string, lang: 'fr' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(until));
}

export function maintenanceMessage(state: MaintenanceState): Localized {
  const head: Localized = state.until
    ? {
        fr: `Le portail est en maintenance jusqu'au ${endOf(state.until, 'fr')} (heure de Paris).`,
        en: `The portal is under maintenance until ${endOf(state.until, 'en')} (Paris time).`,
      }
    : { fr: 'Le portail est en maintenance.', en: 'The portal is under maintenance.' };
  return state.message
    ? { fr: `${head.fr} ${state.message.fr}`, en: `${head.en} ${state.message.en}` }
    : head;
}

/**
 * During maintenance, the portal's requests of non-operators answer 503 (reason MAINTENANCE) so
 * the web app shows its maintenance page; API clients (no portal header) keep being served, and
 * their flux deposits are queued until maintenance ends. Installed after the auth hook, which
 * tells operators apart.
 */
export function installMaintenanceGate(app: App, ctx: AppContext): void {
  app.addHook('onRequest', async (request) => {
    if (!isPortalRequest(request) || request.auth?.user.isOperator) return;
    if (!request.url.startsWith('/api/')) return;
    const path = request.url.split('?')[0] ?? '';
    if (
      OPEN_DURING_MAINTENANCE.has(`${request.method === 'HEAD' ? 'GET' : request.method} ${path}`)
    )
      return;
    const state = await getMaintenance(ctx.db, ctx.now());
    if (!state.active) return;
    const retryAfter = state.until
      ? Math.max(1, Math.ceil((Date.parse(state.until) - ctx.now().getTime()) / 1000))
      : undefined;
    throw new AppError('UNAVAILABLE', maintenanceMessage(state), {
      reason: 'MAINTENANCE',
      retryAfter,
      data: { from: state.from, until: state.until, message: state.message },
    });
  });
}
