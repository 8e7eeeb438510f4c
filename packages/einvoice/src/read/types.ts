import type { Finding } from '../finding';
import type { Invoice } from '../model/invoice';
import type { SourceMap } from '../model/source-map';
import type { XmlDocument } from '../xml/types';

/** Formats told apart from the bytes ('pdf' only by `detectFormat`: PDFs are read by the Factur-X module). */
export type XmlInvoiceFormat = 'ubl-invoice' | 'ubl-creditnote' | 'cii';
export type DetectedFormat = XmlInvoiceFormat | 'pdf' | 'unknown';

/** What `readInvoiceXml` gives back. Never thrown: every problem is a finding. */
export interface ReadResult {
  format: XmlInvoiceFormat | 'unknown';
  /** The model, when the XML was well-formed and its root a UBL Invoice/CreditNote or a CII invoice. */
  invoice?: Invoice;
  /** The element tree, when the XML was well-formed (also for an unknown root). */
  xml?: XmlDocument;
  /** Where each term of `invoice` came from. */
  sourceMap?: SourceMap;
  findings: Finding[];
}
