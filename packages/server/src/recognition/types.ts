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

export interface RecognizedField {
  value: string;
  /** 0..1: how sure the recogniser is (label found, format checked, totals consistent). */
  confidence: number;
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

export type RecognizedFields = Partial<Record<FieldName, RecognizedField>>;

export type RecognitionMethod = 'facturx' | 'text' | 'ocr';
