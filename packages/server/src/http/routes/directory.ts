import { Type } from 'typebox';
import { enforceRateLimit } from '../../auth/rate-limit';
import type { AppContext } from '../../context';
import { localize } from '../../i18n/lang';
import { checkInvoiceRecipient } from '../../services/check-invoice-recipient';
import { getDirectoryStructure } from '../../services/get-directory-structure';
import { searchDirectory } from '../../services/search-directory';
import type { App } from '../app';
import { optionalUser } from '../auth';
import {
  presentStructureDetail,
  presentStructureSummary,
  RecipientCheckSchema,
  SearchResultSchema,
  StructureDetailSchema,
} from '../presenters/directory';

/** Anonymous callers share one budget per IP; logged-in users have their own, larger one. */
const ANONYMOUS_PER_MINUTE = 300;
const USER_PER_MINUTE = 1200;

/** The directory of public structures: public search, a structure's page, the recipient check. */
export function registerDirectoryRoutes(app: App, ctx: AppContext): void {
  const limit = async (request: Parameters<typeof optionalUser>[0]): Promise<void> => {
    const user = optionalUser(request);
    await enforceRateLimit(ctx, user ? `directory:user:${user.id}` : `directory:ip:${request.ip}`, {
      limit: user ? USER_PER_MINUTE : ANONYMOUS_PER_MINUTE,
    });
  };

  app.get(
    '/api/v1/directory/structures',
    {
      schema: {
        tags: ['directory'],
        summary: 'Search public structures (no login): identifier prefix, name, postal code, city',
        description:
          'Active public structures, best match first. `q` is an identifier prefix when it is made of digits (spaces and dots ignored), else a name, tolerant of accents, case and typos. `postalCode` and `city` filter by prefix. Each result shows what an invoice to it requires and its active services.',
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200 })),
          postalCode: Type.Optional(Type.String({ maxLength: 10 })),
          city: Type.Optional(Type.String({ maxLength: 100 })),
          page: Type.Integer({ minimum: 1, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
        }),
        response: { 200: SearchResultSchema },
      },
    },
    async (request) => {
      await limit(request);
      const result = await searchDirectory(ctx, request.query);
      return { ...result, items: result.items.map(presentStructureSummary) };
    },
  );

  app.get(
    '/api/v1/directory/structures/:structureId',
    {
      schema: {
        tags: ['directory'],
        summary: "A public structure's page: data, invoicing requirements and services",
        params: Type.Object({ structureId: Type.String({ format: 'uuid' }) }),
        response: { 200: StructureDetailSchema },
      },
    },
    async (request) => {
      await limit(request);
      return presentStructureDetail(await getDirectoryStructure(ctx, request.params.structureId));
    },
  );

  app.get(
    '/api/v1/directory/check',
    {
      schema: {
        tags: ['directory'],
        summary: 'Can an invoice be addressed to this recipient, service and EJ number?',
        description:
          'Answers 200 either way: `ok`, or the first `reason` (RECIPIENT_UNKNOWN, RECIPIENT_INACTIVE, SERVICE_REQUIRED, SERVICE_UNKNOWN, SERVICE_INACTIVE, LEGAL_COMMITMENT_REQUIRED) with its rule and a message in the caller\u2019s language.',
        querystring: Type.Object({
          recipient: Type.String({ minLength: 1, maxLength: 80 }),
          recipientType: Type.Optional(
            Type.Union([
              Type.Literal('SIRET'),
              Type.Literal('UE_HORS_FRANCE'),
              Type.Literal('HORS_UE'),
              Type.Literal('RIDET'),
              Type.Literal('TAHITI'),
              Type.Literal('AUTRE'),
              Type.Literal('PARTICULIER'),
            ]),
          ),
          service: Type.Optional(Type.String({ maxLength: 100 })),
          legalCommitment: Type.Optional(Type.String({ maxLength: 50 })),
          date: Type.Optional(Type.String({ format: 'date' })),
        }),
        response: { 200: RecipientCheckSchema },
      },
    },
    async (request) => {
      await limit(request);
      const q = request.query;
      const answer = await checkInvoiceRecipient(ctx.db, {
        recipient: q.recipient,
        recipientType: q.recipientType,
        serviceCode: q.service ?? null,
        legalCommitment: q.legalCommitment ?? null,
        today: q.date ?? ctx.now().toISOString().slice(0, 10),
      });
      if (answer.ok) return { ok: true, structureId: answer.structureId };
      return {
        ok: false,
        reason: answer.reason,
        rule: answer.rule,
        message: localize(answer.message, request.lang),
        structureId: answer.structureId,
      };
    },
  );
}
