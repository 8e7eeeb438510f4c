import type { AppContext } from '../../context';
import { appendInvoiceEvent, findInvoiceEvents } from '../../db/queries/invoice-events';
import { findInvoiceAttachments, findVisibleInvoice } from '../../db/queries/invoices';
import { INVOICE_ATTACHMENTS_MAX_BYTES } from '../../domain/invoices/attachment-types';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { isEditable } from '../../domain/invoices/invoice-status';
import { AppError, invalidField } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { claimIdempotencyKey, storeIdempotentResponse } from '../idempotency';
import {
  authorizeIssue,
  loadIssuedScope,
  loadVisibleInvoice,
  notEditable,
  type AuthUser,
} from './invoice-scope';
import { prepareInvoice } from './prepare-invoice';
import { presentInvoiceDetail, type InvoiceDetail } from './present-invoice';

export const todayOf = (ctx: AppContext): string => ctx.now().toISOString().slice(0, 10);

/** The supplier's service must be one of the structure's own. */
async function checkSupplierService(
  db: Executor,
  structureId: string,
  serviceId: string | undefined,
) {
  if (!serviceId) return null;
  const row = await db
    .selectFrom('services')
    .select('id')
    .where('id', '=', serviceId)
    .where('structure_id', '=', structureId)
    .executeTakeFirst();
  if (!row) {
    throw invalidField('supplierServiceId', {
      fr: 'ce service n’appartient pas à la structure.',
      en: 'this service does not belong to the structure.',
    });
  }
  return row.id;
}

/**
 * Copies the chosen files (uploads or library entries of this user) onto the invoice. An invoice's
 * attachments are a copy of the metadata: deleting a library entry never changes an invoice.
 */
async function attachFiles(db: Executor, user: AuthUser, invoiceId: string, input: InvoiceInput) {
  await db.deleteFrom('invoice_attachments').where('invoice_id', '=', invoiceId).execute();
  if (input.attachments.length === 0) return;
  const ids = input.attachments.map((a) => a.attachmentId);
  const files = await db
    .selectFrom('user_attachments')
    .selectAll()
    .where('user_id', '=', user.id)
    .where('id', 'in', ids)
    .execute();
  let total = 0;
  const rows = input.attachments.map((a, position) => {
    const file = files.find((f) => f.id === a.attachmentId);
    if (!file) {
      throw invalidField(`attachments[${position}].attachmentId`, {
        fr: 'pièce jointe introuvable.',
        en: 'attachment not found.',
      });
    }
    total += file.size_bytes;
    return {
      invoice_id: invoiceId,
      position,
      designation: a.designation.trim() || file.designation,
      file_name: file.file_name,
      media_type: file.media_type,
      size_bytes: file.size_bytes,
      sha256: file.sha256,
    };
  });
  if (total > INVOICE_ATTACHMENTS_MAX_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      {
        fr: 'Les pièces jointes d’une facture ne dépassent pas 120 Mo au total.',
        en: 'An invoice’s attachments may not exceed 120 MB in total.',
      },
      { reason: 'ATTACHMENTS_TOO_LARGE', field: 'attachments' },
    );
  }
  await db.insertInto('invoice_attachments').values(rows).execute();
}

async function detailOf(
  db: Executor,
  invoiceId: string,
  scope: Parameters<typeof findVisibleInvoice>[1],
  findings: Parameters<typeof presentInvoiceDetail>[3],
) {
  const row = await findVisibleInvoice(db, scope, invoiceId);
  if (!row) throw new Error('invoice vanished in its own transaction');
  const [events, attachments] = await Promise.all([
    findInvoiceEvents(db, invoiceId),
    findInvoiceAttachments(db, invoiceId),
  ]);
  return presentInvoiceDetail(row, events, attachments, findings);
}

/**
 * Columns a draft gets from where it came from: a deposited file kept as its main document
 * (PDF deposit, flux), its deposit mode and signature report. Typed invoices have none.
 */
export interface DraftOrigin {
  deposit_mode: string;
  source_sha256: string;
  source_file_name: string;
  source_media_type: string;
  source_size_bytes: number;
  signature: string | null;
  pdf_deposit_id: string | null;
}

/**
 * Inserts a new draft (BROUILLON) of one of the user's structures, inside the caller's transaction:
 * access, supplier service, preparation (portal input rules), first event, attachments.
 */
export async function insertInvoiceDraft(
  ctx: AppContext,
  trx: Executor,
  user: AuthUser,
  options: { structureId: string; input: InvoiceInput; origin?: DraftOrigin },
): Promise<InvoiceDetail> {
  const issued = await loadIssuedScope(trx, user);
  const serviceId = options.input.supplierServiceId ?? null;
  authorizeIssue(issued, options.structureId, serviceId);
  await checkSupplierService(trx, options.structureId, options.input.supplierServiceId);
  const prepared = await prepareInvoice(trx, {
    invoiceId: null,
    supplierStructureId: options.structureId,
    input: options.input,
    today: todayOf(ctx),
    forSending: false,
  });
  const now = ctx.now();
  const row = await trx
    .insertInto('invoices')
    .values({
      ...prepared.columns,
      ...options.origin,
      supplier_structure_id: options.structureId,
      supplier_service_id: serviceId,
      status: 'BROUILLON',
      input: JSON.stringify(options.input),
      model: JSON.stringify(prepared.model),
      created_by: user.id,
      created_at: now,
      updated_at: now,
      last_event_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendInvoiceEvent(trx, {
    invoiceId: row.id,
    at: now,
    actorUserId: user.id,
    from: null,
    to: 'BROUILLON',
  });
  await attachFiles(trx, user, row.id, options.input);
  return detailOf(trx, row.id, issued.scope, prepared.findings);
}

/** Saves a new invoice as a draft (BROUILLON) of one of the user's structures. */
export async function createInvoiceDraft(
  ctx: AppContext,
  user: AuthUser,
  options: { structureId: string; input: InvoiceInput; idempotencyKey?: string },
): Promise<InvoiceDetail> {
  const result = await ctx.db.transaction().execute(async (trx) => {
    const idem = options.idempotencyKey
      ? { scope: `user:${user.id}:POST /api/v1/invoices`, key: options.idempotencyKey }
      : undefined;
    if (idem) {
      const replay = await claimIdempotencyKey(trx, { ...idem, content: options });
      if (replay) return replay.response as InvoiceDetail;
    }
    const detail = await insertInvoiceDraft(ctx, trx, user, {
      structureId: options.structureId,
      input: options.input,
    });
    if (idem) await storeIdempotentResponse(trx, idem, 201, detail);
    return detail;
  });
  return result;
}

/** Changes a draft; a sent invoice is immutable (CONFLICT INVOICE_NOT_EDITABLE). */
export async function updateInvoiceDraft(
  ctx: AppContext,
  user: AuthUser,
  options: { invoiceId: string; input: InvoiceInput },
): Promise<InvoiceDetail> {
  return ctx.db.transaction().execute(async (trx) => {
    const issued = await loadIssuedScope(trx, user);
    const current = await loadVisibleInvoice(trx, issued, options.invoiceId, { forUpdate: true });
    const serviceId = options.input.supplierServiceId ?? null;
    authorizeIssue(issued, current.supplier_structure_id, serviceId);
    if (!isEditable(current.status)) throw notEditable();
    await checkSupplierService(trx, current.supplier_structure_id, options.input.supplierServiceId);
    const prepared = await prepareInvoice(trx, {
      invoiceId: current.id,
      supplierStructureId: current.supplier_structure_id,
      input: options.input,
      today: todayOf(ctx),
      forSending: false,
    });
    await trx
      .updateTable('invoices')
      .set({
        ...prepared.columns,
        supplier_service_id: serviceId,
        input: JSON.stringify(options.input),
        model: JSON.stringify(prepared.model),
        updated_at: ctx.now(),
      })
      .where('id', '=', current.id)
      .execute();
    await attachFiles(trx, user, current.id, options.input);
    return detailOf(trx, current.id, issued.scope, prepared.findings);
  });
}

export { detailOf };
