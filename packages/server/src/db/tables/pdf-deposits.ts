import type { ColumnType, Generated } from 'kysely';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { SignatureVerification } from '../../signatures/types';
import type { Timestamp } from './foundation';

type JsonOf<T> = ColumnType<T, string | null | undefined, string | null>;

export type PdfDepositFormat = 'unsigned' | 'pades' | 'xades';
export type PdfDepositChannel = 'portal' | 'api';
export type PdfDepositStatus = 'recognizing' | 'ready' | 'failed';

/** One recognised field as stored and shown: its value, how sure, and where on the page. */
export interface StoredField {
  value: string;
  confidence: number;
  box?: { page: number; x: number; y: number; width: number; height: number };
}

export interface StoredVatRate {
  rate: string;
  base: string;
  amount: string;
  confidence: number;
  box?: StoredField['box'];
}

export interface StoredLine {
  description: string;
  quantity?: string;
  unitPrice?: string;
  lineTotal: string;
  vatRate?: string;
  confidence: number;
  box?: StoredField['box'];
}

/** What recognition read, stored as plain JSON with the deposit. */
export interface StoredRecognition {
  method: 'facturx' | 'text' | 'ocr';
  fields: Record<string, StoredField>;
  /** The VAT breakdown and the line table, when the page showed them convincingly. */
  vatBreakdown?: StoredVatRate[];
  lines?: StoredLine[];
  /** Factur-X: the validation findings of the embedded XML (rule IDs, severity, where). */
  findings: Array<{
    rule: string;
    severity: string;
    message: { fr: string; en: string };
    location?: string;
  }>;
}

export interface StoredRecipientMatch {
  identifier: string;
  name: string | null;
  confidence: number;
  /** How the directory found it: the printed SIRET, its SIREN (or VAT number), or the name. */
  matchedBy?: 'siret' | 'siren' | 'name';
}

export interface PdfDepositsTable {
  id: Generated<string>;
  user_id: string;
  supplier_structure_id: string;
  format: PdfDepositFormat;
  channel: PdfDepositChannel;
  billing_framework: string | null;
  pdf_sha256: string;
  pdf_file_name: string;
  pdf_size_bytes: number;
  pdf_pages: number | null;
  xades_sha256: string | null;
  xades_file_name: string | null;
  signature: JsonOf<SignatureVerification | null>;
  recognition: JsonOf<StoredRecognition | null>;
  recipient_match: JsonOf<StoredRecipientMatch | null>;
  prefill: JsonOf<InvoiceInput | null>;
  status: PdfDepositStatus;
  progress: Generated<number>;
  error: JsonOf<{ code: string; message: { fr: string; en: string } } | null>;
  invoice_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PdfDepositTables {
  pdf_deposits: PdfDepositsTable;
}
