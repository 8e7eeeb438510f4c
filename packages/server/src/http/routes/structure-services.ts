import { Type } from 'typebox';
import type { AppContext } from '../../context';
import {
  createService,
  listServices,
  updateService,
} from '../../services/structures/manage-services';
import type { App } from '../app';
import { requireUser } from '../auth';
import { presentService } from '../presenters/structure';
import {
  CreateServiceBody,
  ServiceParams,
  ServiceSchema,
  StructureParams,
  UpdateServiceBody,
  authenticate,
} from './structure-schemas';

const tags = ['structures'];
const security = [{ session: [] }];

/** Services of a structure: listed for members (within their limits), managed by managers. */
export function registerStructureServiceRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/structures/:structureId/services',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: "The structure's services the caller may see",
        params: StructureParams,
        response: { 200: Type.Array(ServiceSchema) },
      },
    },
    async (request) =>
      (await listServices(ctx, requireUser(request), request.params.structureId)).map(
        presentService,
      ),
  );

  app.post(
    '/api/v1/structures/:structureId/services',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Create a service (managers)',
        params: StructureParams,
        body: CreateServiceBody,
        response: { 201: ServiceSchema },
      },
    },
    async (request, reply) => {
      const row = await createService(
        ctx,
        requireUser(request),
        request.params.structureId,
        request.body,
      );
      return reply.status(201).send(presentService(row));
    },
  );

  app.patch(
    '/api/v1/structures/:structureId/services/:serviceId',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Edit or deactivate (isActive: false) a service (managers)',
        params: ServiceParams,
        body: UpdateServiceBody,
        response: { 200: ServiceSchema },
      },
    },
    async (request) =>
      presentService(
        await updateService(ctx, requireUser(request), {
          ...request.params,
          changes: request.body,
        }),
      ),
  );
}
