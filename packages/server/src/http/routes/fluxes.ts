import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../../context';
import { fluxReportCsv, writeFluxReportPdf } from '../../documents/flux-report';
import { AppError, invalidField } from '../../errors';
import { depositFlux, type DepositFluxRequest } from '../../services/fluxes/deposit-flux';
import { getFlux, listFluxes } from '../../services/fluxes/present-flux';
import type { App } from '../app';
import { requireUser } from '../auth';
import { channelOf, decodeBase64File } from '../uploaded-file';
import {
  FluxDetailSchema,
  FluxListQuery,
  FluxListSchema,
  FluxParams,
  FluxSummarySchema,
} from './flux-schemas';
import { IdempotencyHeaders } from './invoice-schemas';
import { authenticate } from './structure-schemas';

const tags = ['Flux'];
const security = [{ session: [] }];

type Deposit = Omit<DepositFluxRequest, 'channel' | 'idempotencyKey'>;

function tooLarge(max: number): AppError {
  const mb = Math.floor(max / (1024 * 1024));
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    { fr: `Un flux ne dépasse pas ${mb} Mo.`, en: `A flux may not exceed ${mb} MB.` },
    { reason: 'FLUX_TOO_LARGE', field: 'fichierFlux' },
  );
}

const required = (field: string) =>
  invalidField(field, { fr: 'champ obligatoire.', en: 'required field.' });

/**
 * Multipart: fields `structureId`, `syntaxeFlux`, optional `codeStructureValideur` and
 * `codeServiceValideur`, file `fichierFlux` (its name is the file's).
 */
async function fromMultipart(request: FastifyRequest, maxBytes: number): Promise<Deposit> {
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'fichierFlux' || file)
        throw invalidField(part.fieldname, { fr: 'champ inattendu.', en: 'unexpected field.' });
      const bytes = await part.toBuffer().catch((error: unknown) => {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw tooLarge(maxBytes);
        throw error;
      });
      file = { name: part.filename, bytes };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!fields.structureId) throw required('structureId');
  if (!fields.syntaxeFlux) throw required('syntaxeFlux');
  if (!file) throw required('fichierFlux');
  return {
    structureId: fields.structureId,
    syntax: fields.syntaxeFlux,
    fileName: fields.nomFichier ?? file.name,
    bytes: file.bytes,
    ...validatorOf(fields.codeStructureValideur, fields.codeServiceValideur),
  };
}

/** The optional valideur of the flux's A9 / A12 invoices (Chorus Pro `cadreDeFacturation`). */
function validatorOf(structure: unknown, service: unknown): Pick<Deposit, 'validator'> {
  for (const [field, value] of [
    ['codeStructureValideur', structure],
    ['codeServiceValideur', service],
  ] as const) {
    if (value !== undefined && typeof value !== 'string')
      throw invalidField(field, { fr: 'texte attendu.', en: 'text expected.' });
  }
  const identifier = typeof structure === 'string' ? structure.trim() : '';
  const serviceCode = typeof service === 'string' ? service.trim() : '';
  if (!identifier) {
    if (serviceCode)
      throw invalidField('codeServiceValideur', {
        fr: 'un service valideur va avec codeStructureValideur.',
        en: 'a validator service goes with codeStructureValideur.',
      });
    return {};
  }
  return { validator: { identifier, ...(serviceCode ? { serviceCode } : {}) } };
}

/** JSON: `{structureId, syntaxeFlux, nomFichier, fichierFlux: base64}` (Chorus Pro `deposer/flux`). */
function fromJson(body: unknown): Deposit {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const known = new Set(['structureId', 'syntaxeFlux', 'nomFichier', 'fichierFlux']);
  const optional = new Set(['codeStructureValideur', 'codeServiceValideur']);
  const extra = Object.keys(b).find((k) => !known.has(k) && !optional.has(k));
  if (extra) throw invalidField(extra, { fr: 'champ inattendu.', en: 'unexpected field.' });
  for (const field of known) {
    if (typeof b[field] !== 'string' || b[field] === '') throw required(field);
  }
  return {
    structureId: b.structureId as string,
    syntax: b.syntaxeFlux as string,
    fileName: b.nomFichier as string,
    bytes: decodeBase64File('fichierFlux', b.fichierFlux as string),
    ...validatorOf(b.codeStructureValideur, b.codeServiceValideur),
  };
}

/** « Dépôt d'un lot de factures »: deposit a flux, follow it, read its report. */
export function registerFluxRoutes(app: App, ctx: AppContext): void {
  const maxBytes = ctx.config.fluxMaxBytes;
  void app.register(async (scope: App) => {
    // One byte over the limit so that an oversized file is detected, not silently truncated.
    await scope.register(multipart, {
      limits: { fileSize: maxBytes + 1, files: 1, fields: 6, parts: 7 },
    });
    scope.post(
      '/api/v1/fluxes',
      {
        preValidation: authenticate,
        // Base64 is 4/3 of the file, plus the other fields.
        bodyLimit: Math.ceil(maxBytes / 3) * 4 + 64 * 1024,
        schema: {
          tags,
          security,
          summary: 'Deposit a flux: one UBL/CII XML, one Factur-X PDF, or a .zip/.tar.gz of them',
          description:
            'multipart/form-data with fields `structureId`, `syntaxeFlux` (IN_DP_E1_UBL_INVOICE, IN_DP_E1_CII_16B, IN_DP_E2_CII_FACTURX) and the file `fichierFlux`; or JSON `{structureId, syntaxeFlux, nomFichier, fichierFlux}` with the file in base64. Optional `codeStructureValideur` (SIRET) and `codeServiceValideur`: the valideur of the A9 / A12 invoices of the flux, which then wait for its validation (A_VALIDER_1); without it they are refused (a file carries no valideur). Answers 202 with the flux: it is integrated in the background (poll GET /api/v1/fluxes/{id}). A flux refused at intake (unreadable archive, decompression bomb, unsafe names, other syntax) is recorded as IN_REJETE with its reason. `Idempotency-Key`: the same key answers the same flux; the same key with another file is refused (422).',
          consumes: ['multipart/form-data', 'application/json'],
          headers: IdempotencyHeaders,
          response: { 202: FluxSummarySchema },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const deposit = request.isMultipart()
          ? await fromMultipart(request, maxBytes)
          : fromJson(request.body);
        const key = request.headers['idempotency-key'];
        const summary = await depositFlux(ctx, user, {
          ...deposit,
          channel: channelOf(request),
          ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
        });
        return reply.status(202).send(summary);
      },
    );
  });

  app.get(
    '/api/v1/fluxes',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'The fluxes of your structures (or of one), newest first, with status and counts',
        querystring: FluxListQuery,
        response: { 200: FluxListSchema },
      },
    },
    async (request) =>
      listFluxes(ctx, requireUser(request), {
        ...(request.query.structureId ? { structureId: request.query.structureId } : {}),
        ...(request.query.status ? { statuses: request.query.status } : {}),
        ...(request.query.cursor ? { cursor: request.query.cursor } : {}),
        ...(request.query.limit ? { limit: request.query.limit } : {}),
      }),
  );

  app.get(
    '/api/v1/fluxes/:id',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'A flux with each of its invoices: result, findings (rule, message, location)',
        params: FluxParams,
        response: { 200: FluxDetailSchema },
      },
    },
    async (request) => getFlux(ctx, requireUser(request), request.params.id),
  );

  app.get(
    '/api/v1/fluxes/:id/report.json',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'The integration report (compte-rendu) as JSON',
        params: FluxParams,
        response: { 200: FluxDetailSchema },
      },
    },
    async (request, reply) => {
      const detail = await getFlux(ctx, requireUser(request), request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="${detail.number}.json"`)
        .send(detail);
    },
  );

  app.get(
    '/api/v1/fluxes/:id/report.csv',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'The integration report as CSV (one row per finding)',
        produces: ['text/csv'],
        params: FluxParams,
        response: { 200: Type.String() },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const detail = await getFlux(ctx, user, request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${detail.number}.csv"`)
        .send(fluxReportCsv(detail, user.language));
    },
  );

  app.get(
    '/api/v1/fluxes/:id/report.pdf',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'The integration report as PDF',
        produces: ['application/pdf'],
        params: FluxParams,
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const detail = await getFlux(ctx, user, request.params.id);
      const pdf = await writeFluxReportPdf(detail, user.language);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${detail.number}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );
}
