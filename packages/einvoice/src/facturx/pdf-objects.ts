/**
 * Small helpers over pdf-lib's object model for reading untrusted PDFs: every lookup tolerates a
 * missing or mistyped entry (a broken file yields "not found", never an exception), and stream
 * decoding is capped so a compression bomb cannot exhaust memory.
 */
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import type { PDFContext, PDFObject } from 'pdf-lib';

export class StreamTooLargeError extends Error {}

/** Follows a reference (one level is enough: pdf-lib resolves chains when parsing). */
export function resolve(context: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  if (obj instanceof PDFRef) return context.lookup(obj);
  return obj;
}

export function dictEntry(context: PDFContext, dict: PDFDict, key: string): PDFObject | undefined {
  return resolve(context, dict.get(PDFName.of(key)));
}

export function asDict(obj: PDFObject | undefined): PDFDict | undefined {
  if (obj instanceof PDFDict) return obj;
  if (obj instanceof PDFStream) return obj.dict;
  return undefined;
}

export function asArray(obj: PDFObject | undefined): PDFArray | undefined {
  return obj instanceof PDFArray ? obj : undefined;
}

/** The text of a PDF string or name, or undefined. */
export function asText(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) {
    try {
      return obj.decodeText();
    } catch {
      return undefined;
    }
  }
  if (obj instanceof PDFName) return obj.decodeText();
  return undefined;
}

function filtersOf(context: PDFContext, stream: PDFRawStream): string[] {
  const f = dictEntry(context, stream.dict, 'Filter');
  if (f instanceof PDFName) return [f.decodeText()];
  const arr = asArray(f);
  if (!arr) return [];
  const names: string[] = [];
  for (let i = 0; i < arr.size(); i++) {
    const n = resolve(context, arr.get(i));
    if (n instanceof PDFName) names.push(n.decodeText());
  }
  return names;
}

/**
 * The decoded content of a stream, at most `maxBytes` long. FlateDecode (what every Factur-X
 * writer uses) goes through zlib with an output cap, so a small stream that inflates to gigabytes
 * is stopped at the cap; the rarer filters go through pdf-lib's decoders, which cannot be capped
 * while running, so their input is capped instead (LZW and run-length expand a few times at most
 * in real files).
 */
export function decodeStream(context: PDFContext, obj: PDFObject, maxBytes: number): Uint8Array {
  if (!(obj instanceof PDFRawStream)) {
    throw new Error('not a stream');
  }
  const filters = filtersOf(context, obj);
  const parms = dictEntry(context, obj.dict, 'DecodeParms');
  if (filters.length === 0) {
    if (obj.contents.byteLength > maxBytes) throw new StreamTooLargeError();
    return obj.contents;
  }
  if (filters.length === 1 && filters[0] === 'FlateDecode' && parms === undefined) {
    try {
      return new Uint8Array(inflateSync(obj.contents, { maxOutputLength: maxBytes }));
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new StreamTooLargeError();
      }
      // Some writers end the zlib stream early or omit its checksum: fall back to the tolerant decoder.
    }
  }
  if (obj.contents.byteLength * 16 > maxBytes) throw new StreamTooLargeError();
  const out = decodePDFRawStream(obj).decode();
  if (out.byteLength > maxBytes) throw new StreamTooLargeError();
  return out;
}
