import { reason } from './reasons';
import type { Reason } from './types';

/**
 * Byte-level checks on an untrusted PDF: the file is only ever scanned, never parsed into objects,
 * so a malformed or hostile file costs linear time and no extra memory.
 */
export function pdfShapeProblem(pdf: Uint8Array, maxBytes: number): Reason | null {
  if (pdf.length > maxBytes) return reason('PDF_TOO_LARGE');
  if (pdf.length < 32 || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    return reason('PDF_MALFORMED');
  }
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 1024)));
  if (tail.lastIndexOf('%%EOF') === -1) return reason('PDF_MALFORMED');
  return null;
}

export interface ByteRange {
  start1: number;
  length1: number;
  start2: number;
  length2: number;
}

const BYTE_RANGE = /^\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]/;

/**
 * The last `/ByteRange` of the file (the latest signature): 'none' when the PDF holds no signature,
 * 'malformed' when the entry cannot be read.
 */
export function lastByteRange(pdf: Uint8Array): ByteRange | 'none' | 'malformed' {
  const buf = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.length);
  const at = buf.lastIndexOf('/ByteRange');
  if (at === -1) return 'none';
  const text = buf.subarray(at + 10, at + 10 + 120).toString('latin1');
  const match = BYTE_RANGE.exec(text);
  if (!match) return 'malformed';
  const [start1, length1, start2, length2] = match.slice(1, 5).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { start1, length1, start2, length2 };
}
