/**
 * A check of the raw bytes before pdf-lib parses them. pdf-lib inflates every object stream
 * (/Type /ObjStm) while loading, with no cap on the output: a few kilobytes of crafted stream could
 * expand to gigabytes. Each object stream is inflated here first, through zlib with a total output
 * budget, so such a file is refused with PDF-LIMIT before pdf-lib touches it.
 */
import { inflateSync } from 'node:zlib';

/** Total inflated size allowed for all object streams together (real files: a few MB at most). */
export const OBJECT_STREAM_BUDGET = 64 * 1024 * 1024;

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (
    let i = bytes.indexOf(first ?? 0, from);
    i >= 0;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const OBJSTM = new TextEncoder().encode('/ObjStm');
const STREAM = new TextEncoder().encode('stream');
const ENDSTREAM = new TextEncoder().encode('endstream');

/** False when the object streams of the file inflate past the budget. */
export function objectStreamsWithinBudget(
  bytes: Uint8Array,
  budget = OBJECT_STREAM_BUDGET,
): boolean {
  let left = budget;
  for (let at = indexOf(bytes, OBJSTM, 0); at >= 0; at = indexOf(bytes, OBJSTM, at + 1)) {
    const start = indexOf(bytes, STREAM, at);
    if (start < 0) break;
    let from = start + STREAM.length;
    if (bytes[from] === 0x0d) from++;
    if (bytes[from] === 0x0a) from++;
    const end = indexOf(bytes, ENDSTREAM, from);
    if (end < 0) break;
    try {
      left -= inflateSync(bytes.subarray(from, end), { maxOutputLength: left + 1 }).byteLength;
    } catch (e) {
      // A truncated or non-Flate stream: leave it to pdf-lib, which is tolerant; only size matters here.
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return false;
    }
    if (left < 0) return false;
    at = end;
  }
  return true;
}
