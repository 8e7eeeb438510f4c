import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { disableTotp } from '../../services/disable-totp';
import { enableTotp } from '../../services/enable-totp';
import { listSecurityEvents } from '../../services/list-security-events';
import { listSessions } from '../../services/list-sessions';
import { revokeAllSessions } from '../../services/revoke-all-sessions';
import { revokeSession } from '../../services/revoke-session';
import { setupTotp } from '../../services/setup-totp';
import type { App } from '../app';
import { clearSessionCookies, requestMeta, requireUser } from '../auth';
import { NoContent, Password } from './account-schemas';

const SessionItem = Type.Object({
  id: Type.String(),
  current: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
});

const SecurityEvent = Type.Object({
  id: Type.String(),
  type: Type.String(),
  at: Type.String({ format: 'date-time' }),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

/** Sessions, two-factor authentication and the security journal of the espace « Mon compte ». */
export function registerMeSecurityRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/me/sessions',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Open sessions of the logged-in user',
        response: { 200: Type.Object({ items: Type.Array(SessionItem) }) },
      },
    },
    async (request) => ({ items: await listSessions(ctx, requireUser(request)) }),
  );

  app.delete(
    '/api/v1/me/sessions/:id',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'End one session (404 if it is not one of yours)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: NoContent,
      },
    },
    async (request, reply) => {
      const auth = requireUser(request);
      const { wasCurrent } = await revokeSession(
        ctx,
        auth,
        request.params.id,
        requestMeta(request),
      );
      if (wasCurrent) clearSessionCookies(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/me/sessions',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Log out everywhere, this session included',
        response: NoContent,
      },
    },
    async (request, reply) => {
      await revokeAllSessions(ctx, requireUser(request), requestMeta(request));
      clearSessionCookies(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/totp/setup',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Start two-factor setup: secret, otpauth URL and QR code (SVG)',
        response: {
          200: Type.Object({
            secret: Type.String(),
            otpauthUrl: Type.String(),
            qrSvg: Type.String(),
          }),
        },
      },
    },
    async (request) => setupTotp(ctx, requireUser(request)),
  );

  app.post(
    '/api/v1/me/totp/enable',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Confirm setup with a code from the app; answers the recovery codes (shown once)',
        body: Type.Object(
          { code: Type.String({ minLength: 1, maxLength: 12 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ recoveryCodes: Type.Array(Type.String()) }) },
      },
    },
    async (request) =>
      enableTotp(ctx, requireUser(request), request.body.code, requestMeta(request)),
  );

  app.post(
    '/api/v1/me/totp/disable',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Turn two-factor authentication off (password required)',
        body: Type.Object({ password: Password }, { additionalProperties: false }),
        response: NoContent,
      },
    },
    async (request, reply) => {
      await disableTotp(ctx, requireUser(request), request.body.password, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me/security-events',
    {
      schema: {
        tags: ['accounts'],
        security: [{ session: [] }],
        summary: 'Security journal of the account, newest first',
        querystring: Type.Object({
          cursor: Type.Optional(Type.String({ maxLength: 20 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(SecurityEvent),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (request) => listSecurityEvents(ctx, requireUser(request), request.query),
  );
}
