/**
 * `readInvoice(bytes)`: one entry point for every e-invoice file, told apart by its bytes (never by
 * its name): a PDF goes through the Factur-X extraction, then, like any XML, through the UBL / CII
 * reader. Never throws; every problem is a finding.
 */
import type { Finding } from '../finding';
import type { Invoice } from '../model/invoice';
import type { SourceMap } from '../model/source-map';
import { detectFormat, readInvoiceXml } from '../read/read-invoice';
import type { XmlInvoiceFormat } from '../read/types';
import type { XmlDocument } from '../xml/types';
import { extractFacturX } from './extract';
import type { PdfLimits } from './extract';
import { pdfFindings } from './pdf-findings';
import {
  profileOfConformanceLevel,
  profileOfSpecification,
  sniffSpecificationIdentifier,
} from './profile';
import type { FacturXProfile } from './profile';

export type InvoiceFileFormat = XmlInvoiceFormat | 'facturx-pdf' | 'unknown';

export interface InvoiceFile {
  /** 'facturx-pdf' for any PDF carrying an invoice (Factur-X, ZUGFeRD 2.x, XRechnung in PDF). */
  format: InvoiceFileFormat;
  /** The syntax of the XML itself (for a PDF, of the embedded XML). */
  xmlFormat?: XmlInvoiceFormat;
  /** The Factur-X / ZUGFeRD / XRechnung profile declared by BT-24, when recognised. */
  profile?: FacturXProfile;
  invoice?: Invoice;
  xml?: XmlDocument;
  sourceMap?: SourceMap;
  /** The raw XML bytes (for a PDF, the embedded file as extracted). */
  xmlBytes?: Uint8Array;
  /** For a PDF: the name of the embedded XML file. */
  attachmentName?: string;
  findings: Finding[];
}

/** The embedded XML of a PDF and its profile, or the findings that say why there is none. */
export type PdfXml =
  | { xml: Uint8Array; profile?: FacturXProfile; fileName: string; warnings: Finding[] }
  | { findings: Finding[] };

/**
 * Extracts the invoice XML of a PDF and checks the XMP against it: the profile comes from the
 * XML's BT-24 (what the rules judge); a different or missing XMP declaration is a warning.
 */
export async function extractPdfInvoice(
  bytes: Uint8Array,
  limits?: Partial<PdfLimits>,
): Promise<PdfXml> {
  const ex = await extractFacturX(bytes, limits);
  if (!ex.xml) return { findings: ex.findings };
  const warnings = [...ex.findings];
  const profile = profileOfSpecification(sniffSpecificationIdentifier(ex.xml));
  if (ex.xmp && !ex.xmp.wellFormed) warnings.push(pdfFindings.xmpInvalid());
  if (ex.xmp?.pdfaPart !== '3') warnings.push(pdfFindings.notPdfA3(ex.xmp?.pdfaPart));
  if (!['Alternative', 'Data', 'Source'].includes(ex.relationship ?? '')) {
    warnings.push(pdfFindings.afRelationship(ex.fileName ?? '', ex.relationship));
  }
  const level = ex.xmp?.conformanceLevel;
  if (level === undefined) warnings.push(pdfFindings.xmpMissing());
  else if (profileOfConformanceLevel(level) !== profile && profile !== undefined) {
    warnings.push(pdfFindings.xmpProfileMismatch(level, profile));
  }
  return {
    xml: ex.xml,
    fileName: ex.fileName ?? '',
    ...(profile ? { profile } : {}),
    warnings,
  };
}

export async function readInvoice(
  bytes: Uint8Array,
  limits?: Partial<PdfLimits>,
): Promise<InvoiceFile> {
  const isPdf = detectFormat(bytes) === 'pdf';
  let xmlBytes = bytes;
  const findings: Finding[] = [];
  let attachmentName: string | undefined;
  if (isPdf) {
    const ex = await extractPdfInvoice(bytes, limits);
    if ('findings' in ex) return { format: 'facturx-pdf', findings: ex.findings };
    xmlBytes = ex.xml;
    attachmentName = ex.fileName;
    findings.push(...ex.warnings);
  }
  const read = readInvoiceXml(xmlBytes);
  findings.push(...read.findings);
  const spec = read.invoice?.processControl.specificationIdentifier;
  const profile = profileOfSpecification(spec);
  const format: InvoiceFileFormat = isPdf ? 'facturx-pdf' : read.format;
  return {
    format,
    ...(read.format !== 'unknown' ? { xmlFormat: read.format } : {}),
    ...(profile ? { profile } : {}),
    ...(read.invoice ? { invoice: read.invoice } : {}),
    ...(read.xml ? { xml: read.xml } : {}),
    ...(read.sourceMap ? { sourceMap: read.sourceMap } : {}),
    xmlBytes,
    ...(attachmentName !== undefined ? { attachmentName } : {}),
    findings,
  };
}
