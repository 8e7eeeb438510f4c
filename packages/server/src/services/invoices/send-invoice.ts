import { writeFacturX } from '@chorale/einvoice';
import { sql } from 'kysely';
import type { AppContext } from '../../context';
import { writeDepositReceipt } from '../../documents/deposit-receipt';
import { appendInvoiceEvent } from '../../db/queries/invoice-events';
import { findPartyById } from '../../db/queries/invoices';
import { requiresValidator } from '../../domain/invoices/billing-frameworks';
import { statusesOnSending, type InvoiceStatus } from '../../domain/invoices/invoice-status';
import { portalFinding } from '../../domain/invoices/portal-rules';
import { AppError, type ErrorDetail } from '../../errors';
import { createBlobStore } from '../../storage/blob-store';
import { claimIdempotencyKey, storeIdempotentResponse } from '../idempotency';
import { checkEn16931 } from './en16931-check';
import {
  authorizeIssue,
  loadIssuedScope,
  loadVisibleInvoice,
  notEditable,
  type AuthUser,
} from './invoice-scope';
import { notifyInvoiceStatus } from './notify-invoice';
import { prepareInvoice } from './prepare-invoice';
import type { InvoiceDetail } from './present-invoice';
import { detailOf, todayOf } from './save-invoice-draft';

function rulesFailed(details: ErrorDetail[], reason: string): AppError {
  return new AppError(
    'INVALID_REQUEST',
    {
      fr: `La facture ne peut pas être envoyée : ${details.length} règle(s) non respectée(s).`,
      en: `The invoice cannot be sent: ${details.length} rule(s) not met.`,
    },
    { reason, details, ...(details[0]?.field ? { field: details[0].field } : {}) },
  );
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * « Valider et envoyer »: runs every rule (portal + EN 16931) on the draft as it stands, then makes
 * it immutable: Chorale identifier, deposit time (server clock: it starts the legal payment
 * period), Factur-X PDF and deposit receipt stored with their SHA-256, status events, notices.
 * With an `Idempotency-Key`, a retried or double-clicked send answers the first result.
 */
export async function sendInvoice(
  ctx: AppContext,
  user: AuthUser,
  options: { invoiceId: string; idempotencyKey?: string },
): Promise<InvoiceDetail> {
  const blobs = createBlobStore(ctx.config.dataDir);
  const result = await ctx.db.transaction().execute(async (trx) => {
    const idem = options.idempotencyKey
      ? { scope: `user:${user.id}:POST /api/v1/invoices/send`, key: options.idempotencyKey }
      : undefined;
    if (idem) {
      const replay = await claimIdempotencyKey(trx, {
        ...idem,
        content: { invoiceId: options.invoiceId },
      });
      if (replay) return replay.response as InvoiceDetail;
    }
    const issued = await loadIssuedScope(trx, user);
    const invoice = await loadVisibleInvoice(trx, issued, options.invoiceId, { forUpdate: true });
    authorizeIssue(issued, invoice.supplier_structure_id, invoice.supplier_service_id);
    if (invoice.status !== 'BROUILLON') throw notEditable();

    const prepared = await prepareInvoice(trx, {
      invoiceId: invoice.id,
      supplierStructureId: invoice.supplier_structure_id,
      input: invoice.input,
      today: todayOf(ctx),
      forSending: true,
    });
    const portal: ErrorDetail[] = prepared.findings.map((f) => ({
      field: f.field,
      rule: f.rule,
      message: f.message,
    }));
    if (portal.length > 0) {
      throw rulesFailed(
        portal,
        prepared.findings.length === 1 ? prepared.findings[0]!.code : 'INVOICE_RULES',
      );
    }
    const en16931 = await checkEn16931(prepared.model);
    if (en16931.length > 0) throw rulesFailed(en16931, 'EN16931_RULES');

    const depositedAt = ctx.now();
    const seq = await sql<{ n: number }>`select nextval('invoice_number_seq')::int as n`.execute(
      trx,
    );
    const choraleId = `CHO${depositedAt.getUTCFullYear()}${String(seq.rows[0]!.n).padStart(9, '0')}`;
    const facturx = await writeFacturX(prepared.model, { lang: user.language, date: depositedAt });
    const facturxSha256 = await blobs.put(facturx);
    const supplier = await findPartyById(trx, invoice.supplier_structure_id);
    const receipt = await writeDepositReceipt(
      {
        choraleId,
        number: invoice.input.number,
        kind: invoice.input.kind,
        issueDate: invoice.input.issueDate,
        supplierName: supplier.name,
        supplierIdentifier: supplier.identifier,
        recipientName: prepared.columns.recipient_name,
        recipientIdentifier: prepared.columns.recipient_identifier,
        recipientServiceCode: prepared.columns.recipient_service_code,
        totalInclVat: prepared.columns.total_incl_vat,
        currency: prepared.columns.currency,
        depositedAt,
        // A deposited PDF is the invoice's main document: the receipt names it.
        documentSha256: invoice.source_sha256 ?? facturxSha256,
        depositedBy: user.email,
      },
      user.language,
    );
    const receiptSha256 = await blobs.put(receipt);

    const statuses = statusesOnSending(requiresValidator(invoice.billing_framework));
    const finalStatus = statuses[statuses.length - 1]!;
    // A savepoint: a duplicate number caught here must not abort the whole transaction (PostgreSQL).
    await sql`savepoint invoice_number`.execute(trx);
    try {
      await trx
        .updateTable('invoices')
        .set({
          ...prepared.columns,
          status: finalStatus,
          chorale_id: choraleId,
          deposited_at: depositedAt,
          model: JSON.stringify(prepared.model),
          facturx_sha256: facturxSha256,
          receipt_sha256: receiptSha256,
          updated_at: depositedAt,
        })
        .where('id', '=', invoice.id)
        .execute();
      await sql`release savepoint invoice_number`.execute(trx);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await sql`rollback to savepoint invoice_number`.execute(trx);
      const duplicate = portalFinding('DUPLICATE_INVOICE_NUMBER', 'number', {
        fr: 'Une facture de votre structure porte déjà ce numéro cette année.',
        en: 'An invoice of your structure already has this number this year.',
      });
      throw rulesFailed(
        [{ field: duplicate.field, rule: duplicate.rule, message: duplicate.message }],
        duplicate.code,
      );
    }
    let from: InvoiceStatus = invoice.status;
    for (const to of statuses) {
      await appendInvoiceEvent(trx, {
        invoiceId: invoice.id,
        at: depositedAt,
        // The routing step after DEPOSEE is the system's, not the user's.
        actorUserId: from === 'BROUILLON' ? user.id : null,
        from,
        to,
        reason: from === 'BROUILLON' ? 'Valider et envoyer' : null,
      });
      from = to;
    }
    await notifyInvoiceStatus(ctx, trx, {
      id: invoice.id,
      supplierStructureId: invoice.supplier_structure_id,
      number: invoice.input.number,
      recipientName: prepared.columns.recipient_name,
      status: finalStatus,
    });
    const detail = await detailOf(trx, invoice.id, issued.scope, []);
    if (idem) await storeIdempotentResponse(trx, idem, 200, detail);
    return detail;
  });
  ctx.worker.kick();
  return result;
}
