import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { attachUser } from '../../services/structures/attach-user';
import { createRequest } from '../../services/structures/create-request';
import { decideRequests } from '../../services/structures/decide-requests';
import {
  exportMembersCsv,
  listManagerActions,
  listMembers,
} from '../../services/structures/list-members';
import { listStructureRequests } from '../../services/structures/list-requests';
import {
  detachMember,
  setMemberRole,
  transferPrimary,
} from '../../services/structures/manage-members';
import { setHabilitations } from '../../services/structures/set-habilitations';
import type { App } from '../app';
import { requireUser } from '../auth';
import { presentRequest } from '../presenters/structure';
import {
  DecisionMessage,
  HistorySchema,
  MemberParams,
  MemberSchema,
  RequestSchema,
  SpaceCode,
  StructureParams,
  Uuid,
  authenticate,
} from './structure-schemas';

const tags = ['habilitations'];
const security = [{ session: [] }];
const strict = { additionalProperties: false } as const;
const Created = { 201: Type.Object({ id: Type.String() }) };
const NoContent = { 204: Type.Null() };

/** « Activité du gestionnaire »: requests, members, roles, habilitations, history, export. */
export function registerStructureMemberRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/structures/:structureId/attachment-requests',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Ask to be attached to a structure; its managers decide',
        params: StructureParams,
        body: Type.Object({ message: DecisionMessage }, strict),
        response: Created,
      },
    },
    async (request, reply) => {
      const created = await createRequest(ctx, requireUser(request), {
        kind: 'attachment',
        structureId: request.params.structureId,
        message: request.body.message,
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/structures/:structureId/space-requests',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Ask the managers for an espace in this structure',
        params: StructureParams,
        body: Type.Object({ space: SpaceCode, message: DecisionMessage }, strict),
        response: Created,
      },
    },
    async (request, reply) => {
      const created = await createRequest(ctx, requireUser(request), {
        kind: 'space',
        structureId: request.params.structureId,
        space: request.body.space,
        message: request.body.message,
      });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/v1/structures/:structureId/extension-requests',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Ask the managers to extend your rights to more services (null: all services)',
        params: StructureParams,
        body: Type.Object(
          {
            serviceIds: Type.Union([Type.Array(Uuid, { maxItems: 500 }), Type.Null()]),
            message: DecisionMessage,
          },
          strict,
        ),
        response: Created,
      },
    },
    async (request, reply) => {
      const created = await createRequest(ctx, requireUser(request), {
        kind: 'extension',
        structureId: request.params.structureId,
        serviceIds: request.body.serviceIds,
        message: request.body.message,
      });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/v1/structures/:structureId/requests',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Requests to decide (managers): attachments, espaces, extensions',
        params: StructureParams,
        querystring: Type.Object(
          { status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('all')])) },
          strict,
        ),
        response: { 200: Type.Array(RequestSchema) },
      },
    },
    async (request) =>
      (
        await listStructureRequests(ctx, requireUser(request), {
          structureId: request.params.structureId,
          status: request.query.status ?? 'pending',
        })
      ).map(presentRequest),
  );

  app.post(
    '/api/v1/structures/:structureId/requests/decisions',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          'Accept or refuse requests, one or many (all or nothing), with an optional message',
        params: StructureParams,
        body: Type.Object(
          {
            requestIds: Type.Array(Uuid, { minItems: 1, maxItems: 500 }),
            accept: Type.Boolean(),
            message: DecisionMessage,
          },
          strict,
        ),
        response: { 200: Type.Object({ decided: Type.Number() }) },
      },
    },
    async (request) =>
      decideRequests(ctx, requireUser(request), {
        structureId: request.params.structureId,
        ...request.body,
      }),
  );

  app.get(
    '/api/v1/structures/:structureId/members',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Users of the structure with their roles, services and espaces (managers)',
        params: StructureParams,
        response: { 200: Type.Array(MemberSchema) },
      },
    },
    async (request) =>
      (await listMembers(ctx, requireUser(request), request.params.structureId)).map((m) => ({
        ...m,
        since: m.since.toISOString(),
      })),
  );

  app.get(
    '/api/v1/structures/:structureId/members.csv',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Export users and habilitations as CSV (managers)',
        params: StructureParams,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const csv = await exportMembersCsv(ctx, requireUser(request), request.params.structureId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="utilisateurs.csv"')
        .send(csv);
    },
  );

  app.post(
    '/api/v1/structures/:structureId/members',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Attach a user by e-mail (managers); a person without an account is invited',
        params: StructureParams,
        body: Type.Object({ email: Type.String({ format: 'email', maxLength: 254 }) }, strict),
        response: {
          200: Type.Object({
            result: Type.Union([Type.Literal('attached'), Type.Literal('invited')]),
          }),
        },
      },
    },
    async (request) =>
      attachUser(ctx, requireUser(request), {
        structureId: request.params.structureId,
        email: request.body.email,
      }),
  );

  app.delete(
    '/api/v1/structures/:structureId/members/:membershipId',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Detach a member (managers), or leave the structure (oneself)',
        params: MemberParams,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await detachMember(ctx, requireUser(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/structures/:structureId/members/:membershipId/role',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Make a member secondary manager or simple user (principal manager only)',
        params: MemberParams,
        body: Type.Object(
          { role: Type.Union([Type.Literal('secondaryManager'), Type.Literal('user')]) },
          strict,
        ),
        response: NoContent,
      },
    },
    async (request, reply) => {
      await setMemberRole(ctx, requireUser(request), {
        ...request.params,
        role: request.body.role,
      });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/structures/:structureId/members/:membershipId/habilitations',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: "Set a member's espaces and services (null: all services)",
        params: MemberParams,
        body: Type.Object(
          {
            spaces: Type.Array(SpaceCode, { maxItems: 50 }),
            serviceIds: Type.Union([Type.Array(Uuid, { maxItems: 500 }), Type.Null()]),
          },
          strict,
        ),
        response: { 200: MemberSchema },
      },
    },
    async (request) => {
      const m = await setHabilitations(ctx, requireUser(request), {
        ...request.params,
        ...request.body,
      });
      return { ...m, since: m.since.toISOString() };
    },
  );

  app.post(
    '/api/v1/structures/:structureId/members/:membershipId/transfer-primary',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Transfer the principal manager role to this member (principal manager only)',
        params: MemberParams,
        response: NoContent,
      },
    },
    async (request, reply) => {
      await transferPrimary(ctx, requireUser(request), request.params);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/structures/:structureId/history',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: "History of managers' actions, newest first (managers)",
        params: StructureParams,
        querystring: Type.Object(
          {
            before: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          },
          strict,
        ),
        response: { 200: Type.Array(HistorySchema) },
      },
    },
    async (request) =>
      (
        await listManagerActions(ctx, requireUser(request), {
          structureId: request.params.structureId,
          before: request.query.before,
          limit: request.query.limit ?? 50,
        })
      ).map((a) => ({
        id: a.id,
        action: a.action,
        actorEmail: a.actor_email,
        targetEmail: a.target_email,
        detail: a.detail,
        at: new Date(a.at).toISOString(),
      })),
  );
}
