import type { Selectable } from 'kysely';
import type {
  PdfDepositsTable,
  StoredRecipientMatch,
  StoredRecognition,
} from '../../db/tables/pdf-deposits';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { SignatureVerification } from '../../signatures/types';

export type PdfDepositRow = Selectable<PdfDepositsTable>;

/** The Chorus Pro `formatDepot` of each deposit format. */
export const FORMAT_CODES = {
  unsigned: 'PDF_NON_SIGNE',
  pades: 'PDF_SIGNE_PADES',
  xades: 'PDF_SIGNE_XADES',
} as const;
export type FormatCode = (typeof FORMAT_CODES)[keyof typeof FORMAT_CODES];

export function formatOfCode(code: FormatCode): keyof typeof FORMAT_CODES {
  const entry = Object.entries(FORMAT_CODES).find(([, c]) => c === code);
  return (entry?.[0] ?? 'unsigned') as keyof typeof FORMAT_CODES;
}

/** What leaves the server about a deposit: chosen fields, never the row. */
export interface PdfDeposit {
  id: string;
  structureId: string;
  format: FormatCode;
  channel: 'portal' | 'api';
  billingFramework: string | null;
  status: 'recognizing' | 'ready' | 'failed';
  progress: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  pages: number | null;
  signatureFile: { fileName: string; sha256: string } | null;
  signature: SignatureVerification | null;
  recognition: StoredRecognition | null;
  recipientMatch: StoredRecipientMatch | null;
  prefill: InvoiceInput | null;
  invoiceId: string | null;
  error: { code: string; message: { fr: string; en: string } } | null;
  createdAt: string;
}

export function presentPdfDeposit(row: PdfDepositRow): PdfDeposit {
  return {
    id: row.id,
    structureId: row.supplier_structure_id,
    format: FORMAT_CODES[row.format],
    channel: row.channel,
    billingFramework: row.billing_framework,
    status: row.status,
    progress: Math.max(0, Math.min(1, Number(row.progress))),
    fileName: row.pdf_file_name,
    sizeBytes: row.pdf_size_bytes,
    sha256: row.pdf_sha256,
    pages: row.pdf_pages,
    signatureFile:
      row.xades_sha256 && row.xades_file_name
        ? { fileName: row.xades_file_name, sha256: row.xades_sha256 }
        : null,
    signature: row.signature,
    recognition: row.recognition,
    recipientMatch: row.recipient_match,
    prefill: row.prefill,
    invoiceId: row.invoice_id,
    error: row.error,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
