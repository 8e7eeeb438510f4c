import type { SignatureReport } from '../pdf-deposit/api';

/** What the invoices API answers (see the server's invoice-schemas.ts). */
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

export interface LineInput {
  reference?: string;
  description: string;
  quantity: string;
  unitCode: string;
  unitPrice: string;
  allowance?: string;
  vatCategory: string;
  vatRate?: string;
}

export interface AllowanceChargeInput {
  amount: string;
  reason: string;
  vatCategory: string;
  vatRate?: string;
}

export interface InvoiceInput {
  supplierServiceId?: string;
  recipient: { identifier: string; serviceCode?: string };
  billingFramework: string;
  validator?: { identifier: string; serviceCode?: string };
  kind: 'invoice' | 'creditNote';
  number: string;
  precedingInvoiceNumber?: string;
  currency: string;
  vatRegime: 'DEBIT' | 'RECEIPT' | 'EXEMPT' | 'NONE';
  exemptionReason?: string;
  issueDate: string;
  dueDate?: string;
  paymentTerms?: string;
  paymentMeans?: string;
  iban?: string;
  bic?: string;
  purchaseOrder?: string;
  contractReference?: string;
  comment?: string;
  lines: LineInput[];
  allowances: AllowanceChargeInput[];
  charges: AllowanceChargeInput[];
  attachments: Array<{ attachmentId: string; designation: string }>;
}

export interface Finding {
  rule: string;
  code: string;
  field: string | null;
  message: { fr: string; en: string };
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
  findings: Finding[];
  /** Chorus Pro's modeDepot: SAISIE_PORTAIL, DEPOT_PDF_PORTAIL, DEPOT_PDF_SIGNE_API... */
  depositMode?: string;
  /** The deposited file, kept byte for byte: the invoice's main document. */
  source?: { fileName: string; mediaType: string; sizeBytes: number | null; sha256: string } | null;
  signature?: SignatureReport | null;
}

export interface SearchResult {
  items: InvoiceSummary[];
  total: number;
  nextCursor: string | null;
}

export interface LibraryFile {
  id: string;
  designation: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: string;
}

/** UN/ECE Recommendation 20 units most used on invoices (the field accepts any code). */
export const UNITS: ReadonlyArray<[string, { fr: string; en: string }]> = [
  ['C62', { fr: 'unité', en: 'unit' }],
  ['H87', { fr: 'pièce', en: 'piece' }],
  ['HUR', { fr: 'heure', en: 'hour' }],
  ['DAY', { fr: 'jour', en: 'day' }],
  ['MON', { fr: 'mois', en: 'month' }],
  ['ANN', { fr: 'année', en: 'year' }],
  ['KGM', { fr: 'kilogramme', en: 'kilogram' }],
  ['TNE', { fr: 'tonne', en: 'tonne' }],
  ['MTR', { fr: 'mètre', en: 'metre' }],
  ['MTK', { fr: 'mètre carré', en: 'square metre' }],
  ['MTQ', { fr: 'mètre cube', en: 'cubic metre' }],
  ['LTR', { fr: 'litre', en: 'litre' }],
  ['KMT', { fr: 'kilomètre', en: 'kilometre' }],
  ['KWH', { fr: 'kilowattheure', en: 'kilowatt hour' }],
  ['LS', { fr: 'forfait', en: 'lump sum' }],
  ['SET', { fr: 'lot', en: 'set' }],
  ['PR', { fr: 'paire', en: 'pair' }],
  ['XBX', { fr: 'boîte', en: 'box' }],
];
