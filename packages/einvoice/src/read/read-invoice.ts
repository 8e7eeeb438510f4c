import { finding } from '../finding';
import type { Invoice } from '../model/invoice';
import { parseXml } from '../xml/parse';
import { expandedName } from '../xml/names';
import type { XmlDocument, XmlElement, XmlLimits } from '../xml/types';
import { ensureLines } from '../xml/lines';
import { CII_NS, readCii } from './cii';
import { lazySourceMap, noRecord } from './source-map';
import type { Recorder } from './source-map';
import type { DetectedFormat, ReadResult, XmlInvoiceFormat } from './types';
import { UBL_CREDITNOTE_NS, UBL_INVOICE_NS, readUbl } from './ubl';

/** The invoice syntax of a root element, or undefined. */
export function formatOfRoot(root: XmlElement): XmlInvoiceFormat | undefined {
  if (root.local === 'Invoice' && root.ns === UBL_INVOICE_NS) return 'ubl-invoice';
  if (root.local === 'CreditNote' && root.ns === UBL_CREDITNOTE_NS) return 'ubl-creditnote';
  if (root.local === 'CrossIndustryInvoice' && root.ns === CII_NS) return 'cii';
  return undefined;
}

/**
 * Reads an e-invoice from XML bytes (UBL 2.1 Invoice or CreditNote, CII D16B), whatever the file
 * is called. Never throws: malformed or unknown input gives findings (XML-*, FORMAT-UNKNOWN).
 * A well-formed invoice with missing or wrong terms is still read; the rules judge it.
 */
export function readInvoiceXml(bytes: Uint8Array, limits?: Partial<XmlLimits>): ReadResult {
  const parsed = parseXml(bytes, limits);
  if (!parsed.ok) return { format: 'unknown', findings: parsed.findings };
  return readParsedXml(parsed.doc);
}

/** `readInvoiceXml` for a tree already parsed. */
export function readParsedXml(doc: XmlDocument): ReadResult {
  const format = formatOfRoot(doc.root);
  if (!format) {
    ensureLines(doc);
    const root = doc.root;
    const what = root.ns ? `{${root.ns}}${root.local}` : root.local;
    return {
      format: 'unknown',
      xml: doc,
      findings: [
        finding(
          'FORMAT-UNKNOWN',
          'fatal',
          {
            fr: `Ce fichier XML n'est pas une facture UBL 2.1 (Invoice, CreditNote) ni CII D16B (CrossIndustryInvoice) : son élément racine est ${what}.`,
            en: `This XML file is neither a UBL 2.1 invoice (Invoice, CreditNote) nor a CII D16B invoice (CrossIndustryInvoice): its root element is ${what}.`,
          },
          { location: `/${root.name}`, line: root.line },
        ),
      ],
    };
  }
  const read = (rec: Recorder): Invoice =>
    format === 'cii' ? readCii(doc.root, rec) : readUbl(doc.root, rec);
  try {
    const invoice = read(noRecord);
    const sourceMap = lazySourceMap(
      doc.root,
      (rec) => void read(rec),
      () => ensureLines(doc),
    );
    return { format, invoice, xml: doc, sourceMap, findings: [] };
  } catch (e) {
    // The readers are written not to throw on any tree; this is the last net.
    return {
      format,
      xml: doc,
      findings: [
        finding('READ-ERROR', 'fatal', {
          fr: `La facture n'a pas pu être lue (${String(e)}).`,
          en: `The invoice could not be read (${String(e)}).`,
        }),
      ],
    };
  }
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * Tells the format from the bytes alone: '%PDF-' within the first 1024 bytes (as PDF readers
 * allow), else the namespace and name of the XML root element. Cheap: reads only the start.
 */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  const head = bytes.subarray(0, 1024);
  outer: for (let i = 0; i + PDF_MAGIC.length <= head.length; i++) {
    for (let j = 0; j < PDF_MAGIC.length; j++) if (head[i + j] !== PDF_MAGIC[j]) continue outer;
    return 'pdf';
  }
  const root = sniffRoot(bytes.subarray(0, 64 * 1024));
  if (!root) return 'unknown';
  const [prefix, local] = root.name.includes(':') ? root.name.split(':', 2) : ['', root.name];
  const ns = root.decls.get(prefix ?? '');
  if (ns === undefined) return 'unknown';
  return (
    formatOfRoot({
      name: root.name,
      local: local ?? '',
      ns,
      key: expandedName(ns, local ?? ''),
      attributes: [],
      text: '',
      children: [],
      line: 1,
    }) ?? 'unknown'
  );
}

/** The first start tag's name and namespace declarations, from a lenient decode of the first bytes. */
function sniffRoot(bytes: Uint8Array): { name: string; decls: Map<string, string> } | undefined {
  let label = 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  const s = new TextDecoder(label).decode(bytes);
  const re = /<([!?]?)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[1] === '?' || m[1] === '!') {
      const close = m[1] === '?' ? '?>' : '-->';
      if (m[1] === '!' && !s.startsWith('<!--', m.index)) return undefined;
      const end = s.indexOf(close, m.index + 2);
      if (end < 0) return undefined;
      re.lastIndex = end + close.length;
    } else {
      const tag = /^<([^\s/>]+)([^>]*)>/.exec(s.slice(m.index));
      if (!tag) return undefined;
      const decls = new Map<string, string>();
      for (const d of (tag[2] ?? '').matchAll(/xmlns(?::([^\s=]+))?\s*=\s*(["'])(.*?)\2/g)) {
        decls.set(d[1] ?? '', d[3] ?? '');
      }
      return { name: tag[1] ?? '', decls };
    }
  }
  return undefined;
}
