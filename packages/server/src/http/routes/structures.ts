import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { SPACES } from '../../domain/habilitation/spaces';
import { createStructure } from '../../services/structures/create-structure';
import {
  decideStructure,
  getStructureValidation,
  listPendingStructures,
  setStructureValidation,
} from '../../services/structures/decide-structure';
import { getStructure, updateStructure } from '../../services/structures/get-structure';
import { listMyStructures } from '../../services/structures/list-my-structures';
import { listMyRequests } from '../../services/structures/list-requests';
import { searchStructures } from '../../services/structures/search-structures';
import type { App } from '../app';
import { requireUser } from '../auth';
import { presentRequest, presentStructure } from '../presenters/structure';
import {
  CreateStructureBody,
  DecisionMessage,
  MyStructureSchema,
  RequestSchema,
  SearchResultSchema,
  StructureParams,
  StructureSchema,
  UpdateStructureBody,
  authenticate,
} from './structure-schemas';

const tags = ['structures'];
const security = [{ session: [] }];

/** Structures: create, find, read, edit; the caller's structures and espaces; operator validation. */
export function registerStructureRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/spaces',
    {
      schema: {
        tags,
        summary: 'The catalogue of espaces (codes and names)',
        response: {
          200: Type.Array(
            Type.Object({
              code: Type.String(),
              name: Type.Object({ fr: Type.String(), en: Type.String() }),
              personal: Type.Boolean(),
              publicOnly: Type.Boolean(),
            }),
          ),
        },
      },
    },
    () => SPACES.map((s) => ({ ...s, name: { ...s.name } })),
  );

  app.get(
    '/api/v1/me/structures',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          "The caller's structures with role, services and espaces (selector, menu bar, subscriptions)",
        response: {
          200: Type.Object({
            personalSpaces: Type.Array(Type.String()),
            structures: Type.Array(MyStructureSchema),
          }),
        },
      },
    },
    async (request) => listMyStructures(ctx, requireUser(request)),
  );

  app.get(
    '/api/v1/me/structure-requests',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: "The caller's attachment, espace and extension requests, with their decisions",
        response: { 200: Type.Array(RequestSchema) },
      },
    },
    async (request) => (await listMyRequests(ctx, requireUser(request))).map(presentRequest),
  );

  app.post(
    '/api/v1/structures',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          'Create a private structure: the caller becomes principal manager; a default service is created. 409 STRUCTURE_EXISTS offers an attachment request instead.',
        body: CreateStructureBody,
        response: {
          201: Type.Object({ id: Type.String(), status: Type.String() }),
        },
      },
    },
    async (request, reply) => {
      const created = await createStructure(ctx, requireUser(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/structures/search',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          'Find a structure to ask attachment to: ≥ 3 characters of its identifier, or its exact name',
        querystring: Type.Object(
          { q: Type.String({ maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(SearchResultSchema) },
      },
    },
    async (request) => searchStructures(ctx, requireUser(request), request.query.q),
  );

  app.get(
    '/api/v1/structures/:structureId',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'A structure the caller belongs to',
        params: StructureParams,
        response: { 200: StructureSchema },
      },
    },
    async (request) =>
      presentStructure(await getStructure(ctx, requireUser(request), request.params.structureId)),
  );

  app.patch(
    '/api/v1/structures/:structureId',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: "Edit the structure's details (managers); the identifier never changes",
        params: StructureParams,
        body: UpdateStructureBody,
        response: { 200: StructureSchema },
      },
    },
    async (request) =>
      presentStructure(
        await updateStructure(ctx, requireUser(request), request.params.structureId, request.body),
      ),
  );

  app.get(
    '/api/v1/operator/structures',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security,
        summary: 'Structures waiting for validation (operator)',
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              identifierType: Type.String(),
              identifier: Type.String(),
              name: Type.String(),
              city: Type.Union([Type.String(), Type.Null()]),
              createdAt: Type.String({ format: 'date-time' }),
            }),
          ),
        },
      },
    },
    async (request) =>
      (await listPendingStructures(ctx, requireUser(request))).map((r) => ({
        id: r.id,
        identifierType: r.identifier_type,
        identifier: r.identifier,
        name: r.name,
        city: r.city,
        createdAt: new Date(r.created_at).toISOString(),
      })),
  );

  app.post(
    '/api/v1/operator/structures/:structureId/decision',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security,
        summary: 'Validate or refuse a pending structure (operator); its members are e-mailed',
        params: StructureParams,
        body: Type.Object(
          { accept: Type.Boolean(), message: DecisionMessage },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ status: Type.String() }) },
      },
    },
    async (request) =>
      decideStructure(ctx, requireUser(request), {
        structureId: request.params.structureId,
        accept: request.body.accept,
        message: request.body.message,
      }),
  );

  app.get(
    '/api/v1/operator/settings/structure-validation',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security,
        summary: 'Whether new structures must be validated by the operator before use',
        response: { 200: Type.Object({ requireValidation: Type.Boolean() }) },
      },
    },
    async (request) => ({
      requireValidation: await getStructureValidation(ctx, requireUser(request)),
    }),
  );

  app.put(
    '/api/v1/operator/settings/structure-validation',
    {
      preValidation: authenticate,
      schema: {
        tags: ['operator'],
        security,
        summary: 'Require (or not) that new structures be validated by the operator before use',
        body: Type.Object({ requireValidation: Type.Boolean() }, { additionalProperties: false }),
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await setStructureValidation(ctx, requireUser(request), request.body.requireValidation);
      return reply.status(204).send(null);
    },
  );
}
