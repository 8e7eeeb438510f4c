import { finding } from '../finding';
import type { Finding } from '../finding';
import type { XmlDocument } from './types';

export type DecodeResult =
  | { ok: true; text: string; encoding: XmlDocument['encoding'] }
  | { ok: false; findings: Finding[] };

const ACCEPTED = 'UTF-8 ou UTF-16 avec BOM';
const ACCEPTED_EN = 'UTF-8, or UTF-16 with a byte order mark';

function encodingError(fr: string, en: string, value?: string): DecodeResult {
  const where = value === undefined ? {} : { value };
  return {
    ok: false,
    findings: [finding('XML-ENCODING', 'fatal', { fr, en }, { line: 1, ...where })],
  };
}

type Decoder = { decode(input: Uint8Array): string };
const decoders = new Map<string, Decoder>();
/** A strict decoder: bytes invalid in the encoding throw instead of becoming U+FFFD. */
function strict(label: string): Decoder {
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label, { fatal: true })));
  return d;
}

/**
 * Turns bytes into text the XML way: the byte order mark picks the encoding (UTF-8 without one),
 * the XML declaration must agree with it, and bytes invalid in that encoding are refused rather than
 * replaced: a replaced character would make the validated text differ from the stored file.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodeResult {
  let label: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) start = 3;
  else if (b0 === 0xfe && b1 === 0xff) [label, start] = ['utf-16be', 2];
  else if (b0 === 0xff && b1 === 0xfe) [label, start] = ['utf-16le', 2];
  else if ((b0 === 0x3c && b1 === 0x00) || (b0 === 0x00 && b1 === 0x3c)) {
    return encodingError(
      `Le fichier semble encodé en UTF-16 sans marque d'ordre des octets (BOM). Encodages acceptés : ${ACCEPTED}.`,
      `The file looks like UTF-16 without a byte order mark (BOM). Accepted encodings: ${ACCEPTED_EN}.`,
    );
  }
  let text: string;
  try {
    text = strict(label).decode(bytes.subarray(start));
  } catch {
    const name = label.toUpperCase();
    return encodingError(
      `Le fichier contient des octets qui ne sont pas du ${name} valide. Enregistrez-le en UTF-8.`,
      `The file contains bytes that are not valid ${name}. Save it as UTF-8.`,
    );
  }
  const encoding = label === 'utf-8' ? 'UTF-8' : label === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  const declared = declaredEncoding(text);
  if (declared !== undefined) {
    const upper = declared.toUpperCase();
    const fits = encoding === 'UTF-8' ? upper === 'UTF-8' : /^UTF-16(LE|BE)?$/.test(upper);
    if (!fits) {
      const known = upper === 'UTF-8' || upper.startsWith('UTF-16');
      return known
        ? encodingError(
            `L'encodage déclaré (${declared}) ne correspond pas aux octets du fichier (${encoding}).`,
            `The declared encoding (${declared}) does not match the bytes of the file (${encoding}).`,
            declared,
          )
        : encodingError(
            `L'encodage déclaré « ${declared} » n'est pas accepté. Encodages acceptés : ${ACCEPTED}.`,
            `The declared encoding "${declared}" is not accepted. Accepted encodings: ${ACCEPTED_EN}.`,
            declared,
          );
    }
  }
  return { ok: true, text, encoding };
}

/** The encoding named by the XML declaration, if the text starts with one that names it. */
export function declaredEncoding(text: string): string | undefined {
  if (!text.startsWith('<?xml')) return undefined;
  const end = text.indexOf('?>');
  const decl = end < 0 ? text.slice(0, 200) : text.slice(0, end);
  const m = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(decl);
  return m?.[2];
}

/**
 * Whether the bytes are UTF-8 by the rules of `decodeXmlBytes` (no UTF-16 byte order mark or look,
 * an XML declaration naming no encoding or UTF-8), so that a parser reading them as UTF-8 reads
 * what `decodeXmlBytes` would give, or finds the same bytes invalid. Reads only the start.
 */
export function declaredUtf8(bytes: Uint8Array): boolean {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe)) return false;
  if ((b0 === 0x3c && b1 === 0x00) || (b0 === 0x00 && b1 === 0x3c)) return false;
  const start = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  // The ASCII head as one string: adding it up character by character made a string per character
  // (8 KB per file).
  let end = start;
  const limit = Math.min(bytes.length, start + 256);
  while (end < limit && (bytes[end] as number) <= 127) end++;
  const head = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  const declared = declaredEncoding(head);
  return declared === undefined
    ? !head.startsWith('<?xml') || head.includes('?>')
    : declared.toUpperCase() === 'UTF-8';
}
