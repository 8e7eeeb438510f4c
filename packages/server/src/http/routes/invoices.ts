import { Type, type Static } from 'typebox';
import type { AppContext } from '../../context';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { checkInvoiceDraft } from '../../services/invoices/check-invoice-draft';
import { deleteInvoiceDraft } from '../../services/invoices/delete-invoice-draft';
import { getInvoice } from '../../services/invoices/get-invoice';
import {
  getInvoiceAttachment,
  getInvoiceDocument,
} from '../../services/invoices/invoice-documents';
import { createInvoiceDraft, updateInvoiceDraft } from '../../services/invoices/save-invoice-draft';
import {
  exportIssuedInvoices,
  listInvoicesToProcess,
  listRecentInvoiceEvents,
  searchIssuedInvoices,
  type SearchCriteria,
} from '../../services/invoices/search-invoices';
import { sendInvoice } from '../../services/invoices/send-invoice';
import type { App } from '../app';
import { requireUser } from '../auth';
import {
  CheckInvoiceBody,
  CreateInvoiceBody,
  FindingsSchema,
  IdempotencyHeaders,
  InvoiceDetailSchema,
  InvoiceInputSchema,
  InvoiceParams,
  InvoiceSummarySchema,
  SearchQuery,
  SearchResultSchema,
} from './invoice-schemas';
import { authenticate } from './structure-schemas';

const tags = ['invoices'];
const security = [{ session: [] }];

function criteriaOf(q: Static<typeof SearchQuery>): SearchCriteria {
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000);
  return {
    ...(q.structureId ? { structureId: q.structureId } : {}),
    ...(q.number ? { numberPrefix: q.number } : {}),
    ...(q.recipient ? { recipient: q.recipient } : {}),
    ...(q.status ? { statuses: q.status } : {}),
    ...(q.billingFramework ? { billingFramework: q.billingFramework } : {}),
    ...(q.kind ? { kind: q.kind } : {}),
    // Deposit dates are days (UTC) for the user; the upper bound includes its whole day.
    ...(q.depositedFrom ? { depositedFrom: new Date(`${q.depositedFrom}T00:00:00Z`) } : {}),
    ...(q.depositedTo ? { depositedTo: nextDay(q.depositedTo) } : {}),
    ...(q.issueDateFrom ? { issueDateFrom: q.issueDateFrom } : {}),
    ...(q.issueDateTo ? { issueDateTo: q.issueDateTo } : {}),
    ...(q.amountMin ? { amountMin: q.amountMin } : {}),
    ...(q.amountMax ? { amountMax: q.amountMax } : {}),
  };
}

const asInput = (body: Static<typeof InvoiceInputSchema>): InvoiceInput => body;

/** « Factures émises »: drafts, sending, search, the invoice's page and documents. */
export function registerInvoiceRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/invoices',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Save a new invoice as a draft (BROUILLON) of one of your structures',
        description:
          'Accepts an `Idempotency-Key` header: a retry with the same key and body answers the first result; another body with the same key is refused (422). The response lists the portal rules not yet met (`findings`).',
        headers: IdempotencyHeaders,
        body: CreateInvoiceBody,
        response: { 201: InvoiceDetailSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const key = request.headers['idempotency-key'];
      const detail = await createInvoiceDraft(ctx, user, {
        structureId: request.body.structureId,
        input: asInput(request.body.invoice),
        ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
      });
      return reply.status(201).send(detail);
    },
  );

  app.post(
    '/api/v1/invoices/check',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Run the portal rules on an invoice being typed, without saving it',
        body: CheckInvoiceBody,
        response: { 200: Type.Object({ findings: FindingsSchema }) },
      },
    },
    async (request) => ({
      findings: await checkInvoiceDraft(ctx, requireUser(request), {
        structureId: request.body.structureId,
        input: asInput(request.body.invoice),
        ...(request.body.invoiceId ? { invoiceId: request.body.invoiceId } : {}),
      }),
    }),
  );

  app.put(
    '/api/v1/invoices/:id',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Change a draft (a sent invoice answers 409 INVOICE_NOT_EDITABLE)',
        params: InvoiceParams,
        body: InvoiceInputSchema,
        response: { 200: InvoiceDetailSchema },
      },
    },
    async (request) =>
      updateInvoiceDraft(ctx, requireUser(request), {
        invoiceId: request.params.id,
        input: asInput(request.body),
      }),
  );

  app.delete(
    '/api/v1/invoices/:id',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Delete a draft (a sent invoice cannot be deleted)',
        params: InvoiceParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await deleteInvoiceDraft(ctx, requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/invoices/:id/send',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: '« Valider et envoyer »: run every rule, then deposit the invoice',
        description:
          'On success the invoice is DEPOSEE then MISE_A_DISPOSITION (A_VALIDER_1 for A9/A12), with its Chorale identifier, deposit time, Factur-X PDF and deposit receipt. On failure: 400 with one detail per rule (`rule`, `field`, `message`). Accepts `Idempotency-Key`.',
        headers: IdempotencyHeaders,
        params: InvoiceParams,
        response: { 200: InvoiceDetailSchema },
      },
    },
    async (request) => {
      const key = request.headers['idempotency-key'];
      return sendInvoice(ctx, requireUser(request), {
        invoiceId: request.params.id,
        ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
      });
    },
  );

  app.get(
    '/api/v1/invoices',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          '« Recherche de factures »: your structures’ invoices by criteria (cursor pages, count)',
        querystring: SearchQuery,
        response: { 200: SearchResultSchema },
      },
    },
    async (request) => {
      const q = request.query;
      return searchIssuedInvoices(ctx, requireUser(request), criteriaOf(q), {
        sort: q.sort ?? 'depositedAt',
        direction: q.direction ?? 'desc',
        limit: q.limit ?? 50,
        ...(q.cursor ? { cursor: q.cursor } : {}),
      });
    },
  );

  app.get(
    '/api/v1/invoices/export.csv',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'CSV export of a search (`;` separated, cells escaped against formulas)',
        querystring: SearchQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const csv = await exportIssuedInvoices(
        ctx,
        user,
        criteriaOf(request.query),
        request.query.lang ?? user.language,
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="factures.csv"')
        .send(csv);
    },
  );

  app.get(
    '/api/v1/invoices/to-process',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: '« Factures à traiter »: invoices waiting for your action (drafts, ...)',
        response: { 200: Type.Array(InvoiceSummarySchema) },
      },
    },
    async (request) => listInvoicesToProcess(ctx, requireUser(request)),
  );

  app.get(
    '/api/v1/invoices/recent-events',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: '« Événements récents »: invoices with the latest status changes',
        response: { 200: Type.Array(InvoiceSummarySchema) },
      },
    },
    async (request) => listRecentInvoiceEvents(ctx, requireUser(request)),
  );

  app.get(
    '/api/v1/invoices/:id',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'An invoice: data, lines, VAT breakdown, attachments, documents, history',
        params: InvoiceParams,
        response: { 200: InvoiceDetailSchema },
      },
    },
    async (request) => getInvoice(ctx, requireUser(request), request.params.id),
  );

  app.get(
    '/api/v1/invoices/:id/documents/:kind',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary:
          'Download the deposited file (`source`, the main document of a PDF deposit), the Factur-X PDF, the deposit receipt, or the XML (UBL or CII)',
        params: Type.Object(
          {
            id: Type.String({ maxLength: 64 }),
            kind: Type.Union([
              Type.Literal('source'),
              Type.Literal('facturx'),
              Type.Literal('receipt'),
              Type.Literal('ubl'),
              Type.Literal('cii'),
            ]),
          },
          { additionalProperties: false },
        ),
        produces: ['application/pdf', 'application/xml'],
      },
    },
    async (request, reply) => {
      const doc = await getInvoiceDocument(ctx, requireUser(request), {
        invoiceId: request.params.id,
        kind: request.params.kind,
      });
      return reply
        .header('content-type', doc.mediaType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(doc.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(doc.bytes);
    },
  );

  app.get(
    '/api/v1/invoices/:id/attachments/:position',
    {
      preValidation: authenticate,
      schema: {
        tags,
        security,
        summary: 'Download one attachment of an invoice',
        params: Type.Object(
          {
            id: Type.String({ maxLength: 64 }),
            position: Type.Integer({ minimum: 0, maximum: 1000 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const doc = await getInvoiceAttachment(ctx, requireUser(request), {
        invoiceId: request.params.id,
        position: request.params.position,
      });
      // Always a download, never rendered by the browser: an uploaded HTML or SVG runs no script.
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(doc.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(doc.bytes);
    },
  );
}
