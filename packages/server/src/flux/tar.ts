/**
 * tar.gz flux: gunzip in memory with a cap on the ACTUAL output (flux size and ratio), then walk
 * the ustar / pax / GNU headers. Links, devices and unknown entry types are refused; directories
 * and macOS junk skipped. Nothing touches the disk.
 */
import { gunzipSync } from 'node:zlib';
import { assertNotNested, assertSafeName, isJunk, maxRecords, plain } from './entry-checks';
import { refusals } from './refusals';
import { FluxRefusalError, type FluxEntry, type FluxLimits } from './types';

const BLOCK = 512;
/** pax and GNU long-name records are small; a huge one is an attack on memory, not a name. */
const MAX_META_BYTES = 64 * 1024;

function malformed(fr: string, en: string, entry?: string): FluxRefusalError {
  return new FluxRefusalError(refusals.malformed({ fr, en }, entry));
}

/**
 * gzip compresses a tar as one stream, across files: a lot of 500 invoices that differ only by
 * their numbers and amounts legitimately gunzips 100 times its size. So the ratio only applies
 * beyond this much output; below it, the cost is bounded anyway (32 MB inflate in ~0.1 s).
 */
export const TAR_RATIO_FLOOR_BYTES = 32 * 1024 * 1024;

export function gunzipFlux(bytes: Uint8Array, limits: FluxLimits): Uint8Array {
  const ratioCap = Math.max(TAR_RATIO_FLOOR_BYTES, bytes.length * limits.maxRatio);
  const byRatio = ratioCap < limits.maxFluxBytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: byRatio ? ratioCap : limits.maxFluxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FluxRefusalError(
        byRatio ? refusals.bombRatio(limits.maxRatio) : refusals.bombTotal(limits.maxFluxBytes),
      );
    }
    throw malformed('fichier gzip corrompu ou tronqué', 'corrupt or truncated gzip file');
  }
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** A NUL-terminated header field. Old tars are not UTF-8: fall back to a single-byte charset. */
function field(h: Uint8Array, at: number, len: number): string {
  const raw = h.subarray(at, at + len);
  const nul = raw.indexOf(0);
  const bytes = nul === -1 ? raw : raw.subarray(0, nul);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

/** Octal number, or GNU base-256 when the high bit of the first byte is set. */
function numeric(h: Uint8Array, at: number, len: number): number {
  const raw = h.subarray(at, at + len);
  if ((raw[0] ?? 0) & 0x80) {
    let v = (raw[0] ?? 0) & 0x7f;
    for (let i = 1; i < raw.length; i++) v = v * 256 + (raw[i] ?? 0);
    if (!Number.isSafeInteger(v)) throw malformed('taille invalide', 'invalid size');
    return v;
  }
  const text = latin1
    .decode(raw)
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (!/^[0-7]*$/.test(text)) throw malformed('en-tête tar invalide', 'invalid tar header');
  return text === '' ? 0 : parseInt(text, 8);
}

function checksumOk(h: Uint8Array): boolean {
  const stored = numeric(h, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : (h[i] ?? 0);
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** pax records: "LEN key=value\n", LEN counting the whole record. */
function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let p = 0;
  while (p < data.length) {
    if (data[p] === 0) break;
    const space = data.indexOf(0x20, p);
    const len = space === -1 ? NaN : Number(latin1.decode(data.subarray(p, space)));
    if (!Number.isSafeInteger(len) || len <= space - p || p + len > data.length) {
      throw malformed('en-tête pax invalide', 'invalid pax header');
    }
    const record = utf8.decode(data.subarray(space + 1, p + len - 1));
    const eq = record.indexOf('=');
    if (eq <= 0 || data[p + len - 1] !== 0x0a) {
      throw malformed('en-tête pax invalide', 'invalid pax header');
    }
    out.set(record.slice(0, eq), record.slice(eq + 1));
    p += len;
  }
  return out;
}

function isZeroBlock(h: Uint8Array): boolean {
  return h.every((b) => b === 0);
}

/** Is this a tar stream at all? (a gzip of anything else is not a flux). */
export function looksLikeTar(tar: Uint8Array): boolean {
  if (tar.length < BLOCK) return false;
  const h = tar.subarray(0, BLOCK);
  if (isZeroBlock(h)) return true; // an empty archive
  try {
    return checksumOk(h);
  } catch {
    return false;
  }
}

/**
 * Walks the headers; calls `onFile` for each invoice file in archive order. Every refusal is
 * decided here, so inspecting and unpacking agree.
 */
export function walkTar(
  tar: Uint8Array,
  limits: FluxLimits,
  onFile: (name: string, data: Uint8Array) => void,
): number {
  let pos = 0;
  let files = 0;
  let records = 0;
  let pending: { path?: string; linkpath?: string; size?: number } = {};
  while (pos + BLOCK <= tar.length) {
    const h = tar.subarray(pos, pos + BLOCK);
    if (isZeroBlock(h)) return finish(files);
    if (!checksumOk(h))
      throw malformed('somme de contrôle d’en-tête tar fausse', 'wrong tar header checksum');
    if (++records > maxRecords(limits)) {
      throw new FluxRefusalError(refusals.tooManyEntries(limits.maxEntries));
    }
    const type = String.fromCharCode(h[156] ?? 0);
    const ustar = field(h, 257, 6).startsWith('ustar');
    const prefix = ustar ? field(h, 345, 155) : '';
    const headerName = prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100);
    const size = pending.size ?? numeric(h, 124, 12);
    const start = pos + BLOCK;
    const end = start + size;
    if (end > tar.length) throw malformed('archive tronquée', 'truncated archive', headerName);
    pos = start + Math.ceil(size / BLOCK) * BLOCK;
    const data = tar.subarray(start, end);

    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      if (size > MAX_META_BYTES)
        throw malformed('en-tête étendu trop grand', 'extended header too large');
      if (type === 'x') {
        const pax = parsePax(data);
        pending = { ...pending };
        const path = pax.get('path');
        const link = pax.get('linkpath');
        const paxSize = pax.get('size');
        if (path !== undefined) pending.path = path;
        if (link !== undefined) pending.linkpath = link;
        if (paxSize !== undefined) {
          if (!/^\d{1,15}$/.test(paxSize))
            throw malformed('en-tête pax invalide', 'invalid pax header');
          pending.size = Number(paxSize);
        }
      } else if (type === 'g') {
        parsePax(data); // global defaults (mtime, charset…) say nothing about names we keep
      } else if (type === 'L') {
        pending = { ...pending, path: field(data, 0, data.length) };
      } else {
        pending = { ...pending, linkpath: field(data, 0, data.length) };
      }
      continue;
    }

    const name = pending.path ?? headerName;
    pending = {};
    assertSafeName(name);
    if (type === '1') throw new FluxRefusalError(refusals.link(name, 'hardlink'));
    if (type === '2') throw new FluxRefusalError(refusals.link(name, 'symlink'));
    if (type === '3' || type === '4' || type === '6') {
      throw new FluxRefusalError(refusals.specialFile(name));
    }
    if (type === '5') continue;
    if (type !== '0' && type !== '\0' && type !== '7') {
      throw malformed(
        `type d’entrée tar non pris en charge (« ${type} »)`,
        `unsupported tar entry type ("${type}")`,
        name,
      );
    }
    if (name.endsWith('/') || isJunk(name)) continue;
    if (++files > limits.maxEntries) {
      throw new FluxRefusalError(refusals.tooManyEntries(limits.maxEntries));
    }
    if (size > limits.maxFileBytes) {
      throw new FluxRefusalError(refusals.fileTooLarge(limits.maxFileBytes, name));
    }
    assertNotNested(name, data.subarray(0, BLOCK));
    onFile(name, data);
  }
  // No end-of-archive blocks: accepted only when the stream stops exactly on a header boundary.
  if (pos !== tar.length) throw malformed('archive tronquée', 'truncated archive');
  return finish(files);
}

function finish(files: number): number {
  if (files === 0) throw new FluxRefusalError(refusals.noInvoice());
  return files;
}

export function unpackTar(tar: Uint8Array, limits: FluxLimits): FluxEntry[] {
  const entries: FluxEntry[] = [];
  walkTar(tar, limits, (name, data) => entries.push({ name, bytes: plain(data) }));
  return entries;
}
