import type { Invoice } from '@chorale/einvoice';
import type { findInvoiceEvents } from '../../db/queries/invoice-events';
import type { InvoiceListRow } from '../../db/queries/invoice-search';
import type { findInvoiceAttachments, InvoiceRow } from '../../db/queries/invoices';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { PortalFinding } from '../../domain/invoices/portal-rules';
import type { SignatureVerification } from '../../signatures/types';

/** What leaves the server about invoices: chosen fields, never raw rows. */
export interface InvoiceSummary {
  id: string;
  choraleId: string | null;
  structureId: string;
  number: string;
  kind: 'invoice' | 'creditNote';
  status: string;
  billingFramework: string;
  recipient: { identifier: string; name: string; serviceCode: string | null };
  issueDate: string | null;
  depositedAt: string | null;
  currency: string;
  totalExclVat: string;
  totalInclVat: string;
  lastEventAt: string;
}

const iso = (d: Date | string | null): string | null =>
  d === null ? null : new Date(d).toISOString();

export function presentInvoiceSummary(row: InvoiceListRow | InvoiceRow): InvoiceSummary {
  return {
    id: row.id,
    choraleId: row.chorale_id,
    structureId: row.supplier_structure_id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    billingFramework: row.billing_framework,
    recipient: {
      identifier: row.recipient_identifier,
      name: row.recipient_name,
      serviceCode: row.recipient_service_code,
    },
    issueDate: row.issue_date,
    depositedAt: iso(row.deposited_at),
    currency: row.currency,
    totalExclVat: row.total_excl_vat,
    totalInclVat: row.total_incl_vat,
    lastEventAt: iso(row.last_event_at) ?? '',
  };
}

export interface PresentedFinding {
  rule: string;
  code: string;
  field: string | null;
  message: { fr: string; en: string };
}

export function presentFinding(f: PortalFinding): PresentedFinding {
  return { rule: f.rule, code: f.code, field: f.field, message: f.message };
}

export interface InvoiceDetail extends InvoiceSummary {
  supplierServiceId: string | null;
  validator: { identifier: string; name: string | null; serviceCode: string | null } | null;
  precedingInvoiceNumber: string | null;
  dueDate: string | null;
  totalVat: string;
  amountDue: string;
  input: InvoiceInput;
  lines: Array<{
    id: string;
    reference: string | null;
    description: string;
    quantity: string;
    unitCode: string;
    unitPrice: string;
    allowance: string | null;
    netAmount: string;
    vatCategory: string;
    vatRate: string | null;
  }>;
  vatBreakdown: Array<{
    category: string;
    rate: string | null;
    taxableAmount: string;
    taxAmount: string;
    exemptionReason: string | null;
  }>;
  attachments: Array<{
    position: number;
    designation: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
  }>;
  documents: { facturxSha256: string | null; receiptSha256: string | null };
  history: Array<{
    seq: number;
    at: string;
    actor: string | null;
    from: string | null;
    to: string;
    reason: string | null;
    hash: string;
  }>;
  createdAt: string;
  updatedAt: string;
  /** Portal rules not yet satisfied (drafts), so the form can show them beside their fields. */
  findings: PresentedFinding[];
  /** Chorus Pro `modeDepot`: SAISIE_PORTAIL, DEPOT_PDF_API, DEPOT_PDF_SIGNE_PORTAIL... */
  depositMode: string;
  /** The deposited file, the invoice's main document (« Document principal »); null when typed. */
  source: { fileName: string; mediaType: string; sizeBytes: number | null; sha256: string } | null;
  /** A signed PDF deposit's verification report. */
  signature: SignatureVerification | null;
  pdfDepositId: string | null;
}

export function presentInvoiceDetail(
  row: InvoiceRow,
  events: Awaited<ReturnType<typeof findInvoiceEvents>>,
  attachments: Awaited<ReturnType<typeof findInvoiceAttachments>>,
  findings: PortalFinding[] = [],
): InvoiceDetail {
  const model: Invoice = row.model;
  return {
    ...presentInvoiceSummary(row),
    supplierServiceId: row.supplier_service_id,
    validator: row.validator_identifier
      ? {
          identifier: row.validator_identifier,
          name: row.validator_name,
          serviceCode: row.validator_service_code,
        }
      : null,
    precedingInvoiceNumber: row.preceding_invoice_number,
    dueDate: row.due_date,
    totalVat: row.total_vat,
    amountDue: row.amount_due,
    input: row.input,
    lines: model.lines.map((l) => ({
      id: l.id,
      reference: l.item.sellerId ?? null,
      description: l.item.name,
      quantity: l.quantity,
      unitCode: l.unitCode,
      unitPrice: l.price.netPrice,
      allowance: l.allowances[0]?.amount ?? null,
      netAmount: l.netAmount,
      vatCategory: l.vat.categoryCode,
      vatRate: l.vat.rate ?? null,
    })),
    vatBreakdown: model.vatBreakdown.map((v) => ({
      category: v.categoryCode,
      rate: v.rate ?? null,
      taxableAmount: v.taxableAmount,
      taxAmount: v.taxAmount,
      exemptionReason: v.exemptionReason ?? null,
    })),
    attachments: attachments.map((a) => ({
      position: a.position,
      designation: a.designation,
      fileName: a.file_name,
      mediaType: a.media_type,
      sizeBytes: a.size_bytes,
      sha256: a.sha256,
    })),
    documents: { facturxSha256: row.facturx_sha256, receiptSha256: row.receipt_sha256 },
    history: events.map((e) => ({
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      actor: e.first_name ? `${e.first_name} ${e.last_name ?? ''}`.trim() : null,
      from: e.from_status,
      to: e.to_status,
      reason: e.reason,
      hash: e.hash,
    })),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    findings: findings.map(presentFinding),
    depositMode: row.deposit_mode,
    source: row.source_sha256
      ? {
          fileName: row.source_file_name ?? 'document',
          mediaType: row.source_media_type ?? 'application/octet-stream',
          sizeBytes: row.source_size_bytes,
          sha256: row.source_sha256,
        }
      : null,
    signature: row.signature,
    pdfDepositId: row.pdf_deposit_id,
  };
}
