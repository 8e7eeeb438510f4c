export * from './finding';
export type * from './model/invoice';
export { CREDIT_NOTE_TYPE_CODES, kindOfTypeCode, emptyInvoice } from './model/invoice';
export type * from './model/source-map';
export type * from './xml/types';
export type * from './read/types';
export { parseXml, DEFAULT_XML_LIMITS } from './xml/parse';
export { xpathOf, parentMap } from './xml/xpath';
export { readInvoiceXml, detectFormat, formatOfRoot } from './read/read-invoice';
export { UBL_INVOICE_NS, UBL_CREDITNOTE_NS, CBC, CAC } from './read/ubl';
export { CII_NS, RAM, UDT, QDT } from './read/cii';
export { writeUbl, writeCii } from './write/index';
export * from './money/index';
export { readInvoice, extractPdfInvoice } from './facturx/read';
export type { InvoiceFile, InvoiceFileFormat, PdfXml } from './facturx/read';
export { extractFacturX, isPdf, DEFAULT_PDF_LIMITS } from './facturx/extract';
export type { PdfExtraction, PdfLimits } from './facturx/extract';
export { writeFacturX, invoiceForProfile } from './facturx/write-facturx';
export { writeFacturXPdf } from './facturx/write-pdf';
export type { FacturXPdfOptions, WritableProfile } from './facturx/write-pdf';
export { checkFacturXProfile } from './facturx/profile-rules/check';
export type { FacturXProfile } from './facturx/profile';
export {
  validateInvoice,
  validateInvoiceSync,
  validateInvoices,
  validateInvoicesSync,
  BATCH_BYTES,
  BATCH_FILES,
  fitsInBatch,
  initValidation,
  VALIDATION_YOUNG_GENERATION_MB,
} from './validate/index';
export { keepInvoicesYoung } from './rules/rule-file';
export type { ValidationReport, ValidateOptions, ValidatedFormat } from './validate/index';
export { warmUpValidation } from './validate/warm-up';
export type { WarmUpOptions } from './validate/warm-up';
