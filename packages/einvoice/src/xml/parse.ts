import { finding } from '../finding';
import type { Finding } from '../finding';
import { decodeXmlBytes } from './decode';
import { Scanner, XmlError } from './scanner';
import type { XmlLimits, XmlParseResult } from './types';

export const DEFAULT_XML_LIMITS: Readonly<XmlLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 500_000,
  maxAttributes: 256,
});

// Characters XML 1.0 forbids anywhere in a document (a control character is often the sign of a
// file cut and pasted through a tool that mangled it).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_OR_CR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r]/;

/**
 * Parses untrusted XML bytes into a light element tree. Never throws: malformed, oversized,
 * wrongly encoded or DOCTYPE-carrying input gives `{ ok: false, findings }` with the reason and,
 * where known, the line. No DTD is ever read and no entity other than the five predefined ones and
 * character references is expanded, so entity expansion attacks and external entities cannot happen.
 */
export function parseXml(bytes: Uint8Array, limits: Partial<XmlLimits> = {}): XmlParseResult {
  const lim: XmlLimits = { ...DEFAULT_XML_LIMITS, ...limits };
  try {
    if (bytes.length === 0) {
      return fail('XML-MALFORMED', 'Le fichier est vide.', 'The file is empty.');
    }
    if (bytes.length > lim.maxBytes) {
      return fail(
        'XML-LIMIT',
        `Le fichier fait ${bytes.length} octets, au-delà de la limite de ${lim.maxBytes} octets.`,
        `The file is ${bytes.length} bytes long, over the limit of ${lim.maxBytes} bytes.`,
      );
    }
    const decoded = decodeXmlBytes(bytes);
    if (!decoded.ok) return decoded;
    return parseXmlText(decoded.text, lim, decoded.encoding);
  } catch (e) {
    // Defensive: the scanner reports every expected problem itself; anything else is still a report.
    return fail(
      'XML-MALFORMED',
      `Le fichier n'a pas pu être lu comme du XML (${String(e)}).`,
      `The file could not be read as XML (${String(e)}).`,
    );
  }
}

function fail(
  rule: string,
  fr: string,
  en: string,
  line?: number,
): { ok: false; findings: Finding[] } {
  return {
    ok: false,
    findings: [finding(rule, 'fatal', { fr, en }, line === undefined ? {} : { line })],
  };
}

function lineOf(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Parses already decoded text (see `parseXml`). */
export function parseXmlText(
  input: string,
  lim: XmlLimits = DEFAULT_XML_LIMITS,
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' = 'UTF-8',
): XmlParseResult {
  // One scan finds both the characters XML forbids (a control character is often the sign of a
  // file mangled by a tool) and carriage returns, which XML reads as line feeds.
  let bad = FORBIDDEN_OR_CR.exec(input);
  let text = input;
  if (bad?.[0] === '\r') {
    text = input.replace(/\r\n?/g, '\n');
    bad = FORBIDDEN_CHARS.exec(text);
  }
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return fail(
      'XML-MALFORMED',
      `Le fichier contient un caractère interdit en XML (U+${code}).`,
      `The file contains a character that XML does not allow (U+${code}).`,
      lineOf(text, bad.index),
    );
  }
  try {
    return { ok: true, doc: new Scanner(text, lim).run(encoding) };
  } catch (e) {
    if (e instanceof XmlError) {
      return fail(e.rule, e.fr, e.en, lineOf(text, e.pos));
    }
    return fail(
      'XML-MALFORMED',
      `Le fichier n'a pas pu être lu comme du XML (${String(e)}).`,
      `The file could not be read as XML (${String(e)}).`,
    );
  }
}
