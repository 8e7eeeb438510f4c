import { inflateSync } from 'node:zlib';

/**
 * pdf.js inflates every stream it reads (contents, fonts, object streams) with no cap: a few
 * kilobytes of crafted Flate data could expand to gigabytes. Every stream of the raw file is
 * inflated here first through zlib with a total output budget, so such a file is refused before
 * pdf.js touches it. Real invoices inflate to a few megabytes.
 */
export const INFLATE_BUDGET = 128 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/** False when the file's Flate streams together inflate past the budget. */
export function streamsWithinBudget(bytes: Uint8Array, budget = INFLATE_BUDGET): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = budget;
  let at = buf.indexOf(STREAM, 0);
  while (at >= 0) {
    let from = at + STREAM.length;
    if (buf[from] === 0x0d) from++;
    if (buf[from] === 0x0a) from++;
    const end = buf.indexOf(ENDSTREAM, from);
    if (end < 0) break;
    try {
      left -= inflateSync(buf.subarray(from, end), { maxOutputLength: left + 1 }).byteLength;
    } catch (e) {
      // Not Flate, or truncated: pdf.js copes; only the size matters here.
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
    }
    if (left < 0) return false;
    at = buf.indexOf(STREAM, end + ENDSTREAM.length);
  }
  return true;
}
