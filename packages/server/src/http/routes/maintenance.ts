import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { getMaintenance } from '../../services/maintenance/maintenance';
import { clearMaintenance, setMaintenance } from '../../services/maintenance/manage-maintenance';
import type { App } from '../app';
import { requestMeta, requireOperator } from '../auth';

const Text = Type.String({ maxLength: 1000 });
const MaintenanceSchema = Type.Object({
  active: Type.Boolean(),
  from: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  until: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  message: Type.Union([Type.Object({ fr: Type.String(), en: Type.String() }), Type.Null()]),
});

/** Route hook: 401/403 before the body is validated (a non-operator learns nothing of it). */
async function operatorOnly(request: FastifyRequest): Promise<void> {
  await Promise.resolve(requireOperator(request));
}

/** The portal's maintenance window: public status, set and ended by the operator. */
export function registerMaintenanceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/maintenance',
    {
      schema: {
        tags: ['platform'],
        summary: 'Maintenance of the portal: whether it is active, its window and message (public)',
        description:
          'During maintenance, requests from the web portal (header `x-chorale-client: portal`) of users other than operators answer 503 with code UNAVAILABLE and reason MAINTENANCE; API requests keep being served and flux deposits are queued until it ends.',
        response: { 200: MaintenanceSchema },
      },
    },
    async () => getMaintenance(ctx.db, ctx.now()),
  );

  app.put(
    '/api/v1/admin/maintenance',
    {
      preValidation: operatorOnly,
      schema: {
        tags: ['operator'],
        security: [{ session: [] }],
        summary: 'Operator: put the portal in maintenance now or for a date range',
        description:
          '`from` absent or null: now; `until` absent or null: until it is ended with DELETE. Replaces any window already set. The message, if any, is given in French and English.',
        body: Type.Object(
          {
            from: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
            until: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
            message: Type.Optional(
              Type.Union([
                Type.Object({ fr: Text, en: Text }, { additionalProperties: false }),
                Type.Null(),
              ]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: MaintenanceSchema },
      },
    },
    async (request) =>
      setMaintenance(ctx, requireOperator(request), request.body, requestMeta(request)),
  );

  app.delete(
    '/api/v1/admin/maintenance',
    {
      preValidation: operatorOnly,
      schema: {
        tags: ['operator'],
        security: [{ session: [] }],
        summary: 'Operator: end the maintenance (or cancel a planned one)',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await clearMaintenance(ctx, requireOperator(request), requestMeta(request));
      return reply.status(204).send(null);
    },
  );
}
