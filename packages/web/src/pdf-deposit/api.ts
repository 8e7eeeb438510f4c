import { uploadMultipart } from '../api/client';
import type { InvoiceInput } from '../invoices/api';

/** The three deposit formats of the supplier guide, as the API names them. */
export const DEPOSIT_FORMATS = ['PDF_NON_SIGNE', 'PDF_SIGNE_PADES', 'PDF_SIGNE_XADES'] as const;
export type DepositFormat = (typeof DEPOSIT_FORMATS)[number];

/** A message the server stores in both languages, or already in the caller's. */
export type Localized = { fr: string; en: string } | string;

export function localized(message: Localized | undefined, lang: 'fr' | 'en'): string {
  if (message === undefined) return '';
  return typeof message === 'string' ? message : message[lang];
}

/** The verification report of a signed PDF (server: src/signatures/types.ts), stored as it is. */
export interface SignatureReport {
  format: 'pades' | 'xades';
  /** 'valid' only when the chain reaches a trusted root; 'intact-untrusted' otherwise. */
  status: 'valid' | 'intact-untrusted' | 'invalid' | 'absent';
  reasons: Array<{ code: string; message: Localized }>;
  signer: {
    subject: string;
    issuer: string;
    serialNumber: string;
    notBefore: string;
    notAfter: string;
  } | null;
  signingTime: string | null;
  coversWholeDocument: boolean;
  chainTrusted: boolean;
}

/** Where a recognised value was read on the page, in PDF points from the top-left corner. */
export interface FieldBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RecognizedField {
  value: string;
  /** 0..1. */
  confidence: number;
  box?: FieldBox;
}

/** A finding of the Factur-X XML's validation (EN 16931 rule ID, where it applies). */
export interface RecognitionFinding {
  rule: string;
  severity: string;
  message: Localized;
  location?: string;
}

export interface PdfDeposit {
  id: string;
  structureId: string;
  format: DepositFormat;
  channel: 'portal' | 'api';
  billingFramework: string | null;
  status: 'recognizing' | 'ready' | 'failed';
  /** 0..1 while the OCR runs. */
  progress: number;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  pages: number | null;
  signature: SignatureReport | null;
  recognition: {
    method: 'facturx' | 'text' | 'ocr';
    fields: Record<string, RecognizedField | undefined>;
    findings: RecognitionFinding[];
  } | null;
  /** The recognised buyer found in the directory. */
  recipientMatch: {
    identifier: string;
    name: string | null;
    confidence: number;
    /** What found it in the directory: the SIRET printed, its SIREN, or the name. */
    matchedBy?: 'siret' | 'siren' | 'name';
  } | null;
  /** The form's input: whatever was recognised, the rest empty. */
  prefill: InvoiceInput | null;
  invoiceId: string | null;
  error: { code: string; message: Localized } | null;
}

export interface DepositUpload {
  structureId: string;
  format: DepositFormat;
  billingFramework?: string;
  pdf: File;
  signature?: File;
}

/** Sends the PDF (and its XAdES file) with upload progress. */
export function uploadDeposit(
  upload: DepositUpload,
  onProgress: (share: number) => void,
): Promise<PdfDeposit> {
  const body = new FormData();
  body.append('structureId', upload.structureId);
  body.append('format', upload.format);
  if (upload.billingFramework) body.append('billingFramework', upload.billingFramework);
  body.append('pdf', upload.pdf, upload.pdf.name);
  if (upload.signature) body.append('signature', upload.signature, upload.signature.name);
  return uploadMultipart<PdfDeposit>('/pdf-deposits', body, onProgress);
}

/** Recognised field → the form's field it pre-fills (dotted as the API names invoice fields). */
export const FORM_FIELD_OF: Record<string, string> = {
  invoiceNumber: 'number',
  issueDate: 'issueDate',
  dueDate: 'dueDate',
  currency: 'currency',
  buyerId: 'recipient.identifier',
  purchaseOrder: 'purchaseOrder',
  iban: 'iban',
  bic: 'bic',
};

/** What the form shows beside a recognised field until the user confirms or edits it. */
export interface FieldHighlight {
  confidence: number;
  /** Read exactly from the embedded Factur-X XML rather than from the visible page. */
  fromXml?: boolean;
}

/** The form's highlights: each pre-filled field that came from the recognition, by form field. */
export function highlightsOf(deposit: PdfDeposit): Record<string, FieldHighlight> {
  const out: Record<string, FieldHighlight> = {};
  const fields = deposit.recognition?.fields ?? {};
  for (const [name, field] of Object.entries(fields)) {
    const target = FORM_FIELD_OF[name];
    if (target && field)
      out[target] = {
        confidence: field.confidence,
        ...(deposit.recognition?.method === 'facturx' ? { fromXml: true } : {}),
      };
  }
  // The recipient matched in the directory is the one shown; its confidence is the match's.
  if (deposit.recipientMatch)
    out['recipient.identifier'] = { confidence: deposit.recipientMatch.confidence };
  return out;
}
