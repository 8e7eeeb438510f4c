/**
 * Finds, without a PDF parser, whether a PDF carries a CII invoice in one of its streams. An
 * embedded file is always a stream object, and stream objects are never inside object streams, so
 * the stream's start is reachable in the raw bytes whatever the PDF's structure. Only the first
 * kilobyte of each stream is inflated: enough to see the XML root element, and bounded.
 */
import { constants, inflateSync } from 'node:zlib';
import { detectFormat } from '@chorale/einvoice';
import { looksLikeXml } from './entry-checks';

/** Compressed bytes read per stream: an XML invoice's first kilobyte holds its root element. */
const SNIFF_INPUT_BYTES = 1024;
/** Uncompressed streams: the root element may follow a long prolog or comment. */
const SNIFF_RAW_BYTES = 16 * 1024;
/** Streams looked at, at most (a 10 MB PDF of empty streams would otherwise mean a million). */
const MAX_STREAMS = 20_000;
/** Output per stream; deflated XML never comes close (deflate tops out near 1:1000). */
const SNIFF_OUTPUT_BYTES = 256 * 1024;
/** Total output over all streams, so a PDF of thousands of crafted streams stays cheap. */
const SNIFF_BUDGET_BYTES = 64 * 1024 * 1024;
/** How far before `stream` the dictionary is looked for `/EmbeddedFile`. */
const DICT_WINDOW = 1024;

interface Scan {
  budget: number;
}

/** The offsets where stream data starts ("stream" then CRLF or LF, not "endstream"). */
function streamStarts(buf: Buffer): number[] {
  const starts: number[] = [];
  for (
    let at = buf.indexOf('stream');
    at !== -1 && starts.length < MAX_STREAMS;
    at = buf.indexOf('stream', at + 6)
  ) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a) continue;
    starts.push(start + 1);
  }
  return starts;
}

function holdsCii(buf: Buffer, start: number, scan: Scan): boolean {
  const b0 = buf[start] ?? 0;
  const b1 = buf[start + 1] ?? 0;
  let content: Uint8Array = buf.subarray(start, start + SNIFF_RAW_BYTES);
  if ((b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0) {
    const head = buf.subarray(start, start + SNIFF_INPUT_BYTES);
    if (scan.budget <= 0) return false;
    try {
      content = inflateSync(head, {
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: Math.min(SNIFF_OUTPUT_BYTES, scan.budget),
      });
    } catch {
      scan.budget -= SNIFF_OUTPUT_BYTES; // a bomb-like stream still costs its cap
      return false;
    }
    scan.budget -= content.length;
  }
  return looksLikeXml(content) && detectFormat(content) === 'cii';
}

/** Does some stream of this PDF hold a CII invoice (raw or Flate-compressed)? */
export function pdfHasEmbeddedCii(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scan: Scan = { budget: SNIFF_BUDGET_BYTES };
  const streams = streamStarts(buf).map((start) => ({
    start,
    marked:
      buf
        .toString('latin1', Math.max(0, start - DICT_WINDOW), start)
        .search(/\/EmbeddedFile(?!s)/) !== -1,
  }));
  // Streams whose dictionary says /Type /EmbeddedFile first: that is where writers put the XML.
  if (streams.some((s) => s.marked && holdsCii(buf, s.start, scan))) return true;
  // /Type is optional on embedded file streams: look at the others too, within the budget.
  return streams.some((s) => !s.marked && holdsCii(buf, s.start, scan));
}
