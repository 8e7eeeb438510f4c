import { Type } from 'typebox';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import type { App } from '../app';

const Check = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
  kind: Type.String(),
  error: Type.Optional(Type.String()),
});

export function registerHealthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Health of the portal: database and mail transport',
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Check, mail: Check }),
          503: Type.Object({ status: Type.Literal('degraded'), database: Check, mail: Check }),
        },
      },
    },
    async (_request, reply) => {
      const database = await sql`select 1`
        .execute(ctx.db)
        .then(() => ({ status: 'ok' as const, kind: ctx.dbKind }))
        .catch((error: unknown) => ({
          status: 'error' as const,
          kind: ctx.dbKind,
          error: String(error),
        }));
      const mail = await ctx.mailer
        .check()
        .then(() => ({ status: 'ok' as const, kind: ctx.mailer.kind }))
        .catch((error: unknown) => ({
          status: 'error' as const,
          kind: ctx.mailer.kind,
          error: String(error),
        }));
      if (database.status === 'ok' && mail.status === 'ok') {
        return reply.status(200).send({ status: 'ok' as const, database, mail });
      }
      return reply.status(503).send({ status: 'degraded' as const, database, mail });
    },
  );
}
