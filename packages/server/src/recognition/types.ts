/** A piece of text of a page, positioned in PDF points from the page's top-left corner. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  page: number;
}

/** Items on one visual line, left to right, with their text joined by single spaces. */
export interface TextLine {
  page: number;
  y: number;
  items: TextItem[];
  text: string;
  /** Start offset of each item in `text`. */
  offsets: number[];
}

/**
 * Where a recognised value is printed, for the portal to highlight it: page number (1-based) and a
 * box in PDF points measured from the page's top-left corner, y downwards (the way a page is drawn
 * on screen; a PDF's own user space starts bottom-left: y_pdf = pageHeight - y - height).
 */
export interface FieldBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RecognizedField {
  value: string;
  /** 0..1: how sure the recogniser is (label found, format checked, totals consistent). */
  confidence: number;
  /** Absent when the value is not printed as such (computed, or from the embedded XML). */
  box?: FieldBox;
}

/** One row of the VAT breakdown: rate in percent, taxable base and VAT amount (decimal strings). */
export interface RecognizedVatRate {
  rate: string;
  base: string;
  amount: string;
  confidence: number;
  box?: FieldBox;
}

/** One invoice line read from a table; amounts and quantity are decimal strings. */
export interface RecognizedLine {
  description: string;
  quantity?: string;
  unitPrice?: string;
  lineTotal: string;
  /** VAT rate in percent, when the table has a VAT column. */
  vatRate?: string;
  confidence: number;
  box?: FieldBox;
}

export const FIELD_NAMES = [
  'invoiceNumber',
  'issueDate',
  'dueDate',
  'currency',
  'sellerId',
  'buyerId',
  'purchaseOrder',
  'iban',
  'totalWithoutVat',
  'totalVat',
  'totalWithVat',
  'amountDue',
] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

export type RecognizedFields = Partial<Record<FieldName, RecognizedField>> & {
  /** BIC (ISO 9362) of the account to pay. */
  bic?: RecognizedField;
  /** Present only when at least one rate with its base and amount was read. */
  vatBreakdown?: RecognizedVatRate[];
  /** Present only when a table of lines was convincing (header recognised or sums right). */
  lines?: RecognizedLine[];
};

export type RecognitionMethod = 'facturx' | 'text' | 'ocr';
