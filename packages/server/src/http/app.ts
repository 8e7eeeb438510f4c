import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import ajvFormats from 'ajv-formats';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { AppContext } from '../context';
import { langFromAcceptLanguage, type Lang } from '../i18n/lang';
import { installAuth } from './auth';
import { installErrorHandler } from './error-handler';
import { installMaintenanceGate } from './maintenance-gate';
import { registerRoutes } from './routes';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyRequest {
    /** Language of the answer: the user's setting once authenticated, else Accept-Language. */
    lang: Lang;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const WEB_DIST = path.resolve(fileURLToPath(import.meta.url), '../../../../web/dist');

export interface BuildAppOptions {
  /** Serve the built front end (packages/web/dist) when it exists. */
  serveWeb?: boolean;
}

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const logger: FastifyBaseLogger = ctx.log;
  const app = Fastify({
    loggerInstance: logger,
    // A caller-supplied request id is kept (it ties a client's logs to ours) when well-formed.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: ctx.config.trustProxy,
    ajv: {
      customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false },
      plugins: [ajvFormats.default],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('lang', 'fr');
  app.addHook('onRequest', async (request, reply) => {
    request.lang = langFromAcceptLanguage(request.headers['accept-language']);
    void reply.header('x-request-id', request.id);
  });

  installErrorHandler(app);
  await app.register(cookie);
  installAuth(app, ctx);
  installMaintenanceGate(app, ctx);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Chorale API',
        description:
          'The portal API of Chorale, the public-sector e-invoicing portal. JSON over HTTPS; errors have one shape: `code`, `reason`, `message`, `details`, `requestId`.',
        version: '1',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'chorale_session' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerRoutes(app, ctx);

  if (options.serveWeb && fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
    // The front end routes in the browser: any non-API GET answers the application page.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.callNotFound();
      }
      return reply.type('text/html').sendFile('index.html');
    });
  }
  return app;
}
