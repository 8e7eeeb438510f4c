/**
 * Finds the invoice XML embedded in a Factur-X / ZUGFeRD 2.x / XRechnung PDF. The bytes are
 * untrusted: size limits, a malformed or encrypted file and a PDF without an invoice each yield a
 * finding that says why, never an exception.
 */
import { PDFDocument, PDFName, ParseSpeeds } from 'pdf-lib';
import type { PDFContext, PDFDict, PDFObject } from 'pdf-lib';
import type { Finding } from '../finding';
import {
  StreamTooLargeError,
  asArray,
  asDict,
  asText,
  decodeStream,
  dictEntry,
  resolve,
} from './pdf-objects';
import { pdfFindings } from './pdf-findings';
import { OBJECT_STREAM_BUDGET, objectStreamsWithinBudget } from './pdf-guard';
import { readXmp } from './xmp-read';
import type { XmpInfo } from './xmp-read';

export interface PdfLimits {
  /** Largest PDF accepted, in bytes (default 50 MB). */
  maxPdfBytes: number;
  /** Largest embedded XML accepted once decoded, in bytes (default 20 MB, the XML reader's own limit). */
  maxXmlBytes: number;
  /** Most file specifications looked at (default 1,000). */
  maxAttachments: number;
  /** Total size the PDF's object streams may inflate to (default 64 MB), checked before parsing. */
  maxObjectStreamBytes: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxPdfBytes: 50 * 1024 * 1024,
  maxXmlBytes: 20 * 1024 * 1024,
  maxAttachments: 1000,
  maxObjectStreamBytes: OBJECT_STREAM_BUDGET,
};

/** What was found in the PDF. */
export interface PdfExtraction {
  /** The embedded invoice XML, when one was found. */
  xml?: Uint8Array;
  /** Its file name in the PDF (factur-x.xml, zugferd-invoice.xml, xrechnung.xml, ...). */
  fileName?: string;
  /** Its /AFRelationship (Alternative for Factur-X, Data or Source for some writers). */
  relationship?: string;
  /** The names of every embedded file seen. */
  attachmentNames: string[];
  /** Factur-X facts from the XMP metadata, when present. */
  xmp?: XmpInfo;
  findings: Finding[];
}

/** Names the Factur-X / ZUGFeRD / XRechnung specifications give the invoice, by preference. */
const INVOICE_FILE_NAMES = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

/** True when the bytes are a PDF: the header may follow up to 1 KB of junk (ISO 32000-1, 7.5.2 note). */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.byteLength - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (
      bytes[i] === 0x25 &&
      bytes[i + 1] === 0x50 &&
      bytes[i + 2] === 0x44 &&
      bytes[i + 3] === 0x46 &&
      bytes[i + 4] === 0x2d
    ) {
      return true;
    }
  }
  return false;
}

interface Candidate {
  name: string;
  relationship?: string;
  file: PDFObject;
}

export async function extractFacturX(
  bytes: Uint8Array,
  limits: Partial<PdfLimits> = {},
): Promise<PdfExtraction> {
  const lim = { ...DEFAULT_PDF_LIMITS, ...limits };
  const none = (f: Finding): PdfExtraction => ({ attachmentNames: [], findings: [f] });
  if (bytes.byteLength > lim.maxPdfBytes) return none(pdfFindings.tooLarge(lim.maxPdfBytes));
  if (!isPdf(bytes)) return none(pdfFindings.notPdf());
  if (!objectStreamsWithinBudget(bytes, lim.maxObjectStreamBytes))
    return none(pdfFindings.expands());

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (e) {
    return none(pdfFindings.malformed(e instanceof Error ? e.message : String(e)));
  }
  try {
    return findInvoice(doc, lim);
  } catch (e) {
    // pdf-lib resolves objects lazily: a broken object met while walking is a malformed PDF too.
    return none(pdfFindings.malformed(e instanceof Error ? e.message : String(e)));
  }
}

function findInvoice(doc: PDFDocument, lim: PdfLimits): PdfExtraction {
  const none = (f: Finding): PdfExtraction => ({ attachmentNames: [], findings: [f] });
  const context = doc.context;
  const catalog = asDict(resolve(context, context.trailerInfo.Root));
  if (!catalog) return none(pdfFindings.malformed('no document catalog'));
  if (doc.isEncrypted) return none(pdfFindings.encrypted());

  const findings: Finding[] = [];
  const xmp = safely(() => readXmp(context, catalog, lim.maxXmlBytes));
  const candidates = collectCandidates(context, catalog, lim.maxAttachments);
  const result: PdfExtraction = { attachmentNames: candidates.map((c) => c.name), findings };
  if (xmp) result.xmp = xmp;

  let best: { c: Candidate; xml: Uint8Array; score: number } | undefined;
  for (const c of candidates) {
    let content: Uint8Array;
    try {
      content = decodeStream(context, c.file, lim.maxXmlBytes);
    } catch (e) {
      if (e instanceof StreamTooLargeError && isInvoiceName(c.name)) {
        findings.push(pdfFindings.attachmentTooLarge(c.name, lim.maxXmlBytes));
      }
      continue;
    }
    const score = scoreCandidate(c.name, content);
    if (score > 0 && (!best || score > best.score)) best = { c, xml: content, score };
  }
  if (!best) {
    if (!findings.some((f) => f.severity === 'fatal')) {
      findings.push(pdfFindings.noInvoice(result.attachmentNames));
    }
    return result;
  }
  result.xml = best.xml;
  result.fileName = best.c.name;
  if (best.c.relationship) result.relationship = best.c.relationship;
  return result;
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function isInvoiceName(name: string): boolean {
  return INVOICE_FILE_NAMES.includes(name.toLowerCase());
}

/**
 * Ranks an attachment: the root element decides (a CII D16B or UBL invoice is what we can read;
 * ZUGFeRD 1.0's CrossIndustryDocument is not EN 16931), the standard file name breaks ties, e.g.
 * in PDFs carrying both a ZUGFeRD 1 and a ZUGFeRD 2 invoice under the same name.
 */
function scoreCandidate(name: string, content: Uint8Array): number {
  const root = sniffRoot(content);
  let score = 0;
  if (root === 'CrossIndustryInvoice') score = 8;
  else if (root === 'Invoice' || root === 'CreditNote') score = 6;
  else if (root === 'CrossIndustryDocument') score = 1;
  else return 0;
  if (isInvoiceName(name)) score += 2;
  return score;
}

/** Local name of the document element, skipping the prolog, comments and processing instructions. */
function sniffRoot(content: Uint8Array): string | undefined {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(content.subarray(0, 8192));
  if (content[0] === 0xfe || content[0] === 0xff) {
    text = new TextDecoder(content[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(
      content.subarray(0, 16384),
    );
  }
  const stripped = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  const m = /<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(stripped);
  return m?.[1];
}

/**
 * Every embedded file specification: the /EmbeddedFiles name tree, the catalog's /AF, then any
 * other file specification in the file, in that order (ties between equally good candidates go to
 * the first).
 */
function collectCandidates(context: PDFContext, catalog: PDFDict, max: number): Candidate[] {
  const seen = new Set<PDFObject>();
  const out: Candidate[] = [];
  const add = (spec: PDFObject | undefined, treeName?: string): void => {
    const dict = asDict(resolve(context, spec));
    if (!dict || seen.has(dict) || out.length >= max) return;
    seen.add(dict);
    const ef = asDict(dictEntry(context, dict, 'EF'));
    if (!ef) return;
    const file = dictEntry(context, ef, 'UF') ?? dictEntry(context, ef, 'F');
    if (!file) return;
    const name =
      asText(dictEntry(context, dict, 'UF')) ??
      asText(dictEntry(context, dict, 'F')) ??
      treeName ??
      '';
    const rel = asText(dictEntry(context, dict, 'AFRelationship'));
    out.push({ name, file, ...(rel ? { relationship: rel } : {}) });
  };

  const names = asDict(dictEntry(context, catalog, 'Names'));
  const tree = names && asDict(dictEntry(context, names, 'EmbeddedFiles'));
  if (tree) walkNameTree(context, tree, add, 0, { count: 0, max });
  const af = asArray(dictEntry(context, catalog, 'AF'));
  for (let i = 0; af && i < af.size(); i++) add(af.get(i));
  // Then every other file specification: some writers attach the invoice only through a page's
  // FileAttachment annotation, beside unrelated files in the catalog.
  for (const [, obj] of context.enumerateIndirectObjects()) {
    if (out.length >= max) break;
    const d = asDict(obj);
    if (d && d.get(PDFName.of('EF'))) add(d);
  }
  return out;
}

/** Walks a name tree (ISO 32000-1, 7.9.6), bounded in depth and in nodes against cycles. */
function walkNameTree(
  context: PDFContext,
  node: PDFDict,
  add: (spec: PDFObject | undefined, name?: string) => void,
  depth: number,
  budget: { count: number; max: number },
): void {
  if (depth > 32 || budget.count++ > budget.max) return;
  const leaves = asArray(dictEntry(context, node, 'Names'));
  for (let i = 0; leaves && i + 1 < leaves.size(); i += 2) {
    add(leaves.get(i + 1), asText(resolve(context, leaves.get(i))));
  }
  const kids = asArray(dictEntry(context, node, 'Kids'));
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = asDict(resolve(context, kids.get(i)));
    if (kid) walkNameTree(context, kid, add, depth + 1, budget);
  }
}
