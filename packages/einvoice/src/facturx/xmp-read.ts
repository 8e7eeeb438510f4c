/**
 * Reads the Factur-X facts of a PDF's XMP metadata. XMP allows each property as an attribute or as
 * an element, under any prefix: a tolerant scan on local names is enough for these flat values, and
 * never expands entities (the XMP packet is as untrusted as the rest of the file).
 */
import type { PDFContext, PDFDict } from 'pdf-lib';
import { parseXml } from '../xml/parse';
import { decodeStream, dictEntry } from './pdf-objects';

export interface XmpInfo {
  /** fx:ConformanceLevel (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG). */
  conformanceLevel?: string;
  /** fx:DocumentFileName, e.g. factur-x.xml. */
  documentFileName?: string;
  /** fx:DocumentType, INVOICE for Factur-X. */
  documentType?: string;
  /** fx:Version, e.g. 1.0. */
  version?: string;
  /** pdfaid:part and pdfaid:conformance, e.g. 3 and B. */
  pdfaPart?: string;
  pdfaConformance?: string;
  /** False when the XMP packet is not well-formed XML (PDF/A requires it to be). */
  wellFormed: boolean;
}

const PROPS: [Exclude<keyof XmpInfo, 'wellFormed'>, string][] = [
  ['conformanceLevel', 'ConformanceLevel'],
  ['documentFileName', 'DocumentFileName'],
  ['documentType', 'DocumentType'],
  ['version', 'Version'],
  ['pdfaPart', 'part'],
  ['pdfaConformance', 'conformance'],
];

export function readXmp(
  context: PDFContext,
  catalog: PDFDict,
  maxBytes: number,
): XmpInfo | undefined {
  const stream = dictEntry(context, catalog, 'Metadata');
  if (!stream) return undefined;
  const bytes = decodeStream(context, stream, maxBytes);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { ...parseXmpText(text), wellFormed: parseXml(bytes).ok };
}

export function parseXmpText(text: string): Omit<XmpInfo, 'wellFormed'> {
  const info: Omit<XmpInfo, 'wellFormed'> = {};
  for (const [key, local] of PROPS) {
    const v = xmpValue(text, local);
    if (v !== undefined) info[key] = v;
  }
  return info;
}

function xmpValue(text: string, local: string): string | undefined {
  const attr = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*(["'])([^"'<]{0,200})\\1`).exec(text);
  if (attr?.[2] !== undefined) return unescape(attr[2].trim());
  const elem = new RegExp(`<([\\w.-]+:${local})(?:\\s[^>]*)?>([^<]{0,200})</\\1\\s*>`).exec(text);
  if (elem?.[2] !== undefined) return unescape(elem[2].trim());
  return undefined;
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
