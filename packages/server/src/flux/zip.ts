/**
 * Zip flux: every entry is vetted from the central directory before anything is inflated (names,
 * links, encryption, methods, declared sizes, overlapping data), then inflated in memory with caps
 * on the ACTUAL output, since declared sizes may lie. Nothing touches the disk.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { assertNotNested, assertSafeName, crc32, isJunk, maxRecords, plain } from './entry-checks';
import { refusals } from './refusals';
import {
  FluxRefusalError,
  RATIO_FLOOR_BYTES,
  type FluxEntry,
  type FluxLimits,
  type FluxRefusal,
} from './types';
import {
  ByteReader,
  localData,
  readCentralDirectory,
  zipMalformed,
  type ZipRecord,
} from './zip-directory';

const METHOD_NAMES: Record<number, string> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'xz',
  98: 'PPMd',
};

const S_IFMT = 0o170000;

function kindOf(rec: ZipRecord): 'file' | 'dir' | 'symlink' | 'special' {
  const host = rec.madeBy >>> 8;
  if (host === 3 || host === 19) {
    // Unix and macOS keep st_mode in the upper half of the external attributes.
    const type = (rec.externalAttrs >>> 16) & S_IFMT;
    if (type === 0o120000) return 'symlink';
    if (type === 0o040000) return 'dir';
    if (type !== 0 && type !== 0o100000) return 'special';
  } else if (rec.externalAttrs & 0x10) {
    return 'dir'; // MS-DOS directory attribute
  }
  return rec.name.endsWith('/') || rec.name.endsWith('\\') ? 'dir' : 'file';
}

interface Vetted {
  rec: ZipRecord;
  start: number;
  end: number;
}

/** A cap on inflated bytes and the refusal to give when it is reached. */
interface Cap {
  bytes: number;
  refusal: FluxRefusal;
}

function tightest(caps: Cap[]): Cap {
  return caps.reduce((a, b) => (b.bytes < a.bytes ? b : a));
}

/** Cap on the archive's whole unpacked content: the flux size limit and the overall ratio. */
function totalCap(limits: FluxLimits, inputBytes: number): Cap {
  return tightest([
    { bytes: limits.maxFluxBytes, refusal: refusals.bombTotal(limits.maxFluxBytes) },
    {
      bytes: Math.max(RATIO_FLOOR_BYTES, inputBytes * limits.maxRatio),
      refusal: refusals.bombRatio(limits.maxRatio),
    },
  ]);
}

function entryCaps(limits: FluxLimits, rec: ZipRecord, remaining: Cap): Cap {
  return tightest([
    { bytes: limits.maxFileBytes, refusal: refusals.fileTooLarge(limits.maxFileBytes, rec.name) },
    {
      bytes: Math.max(RATIO_FLOOR_BYTES, rec.compressedSize * limits.maxRatio),
      refusal: refusals.bombRatio(limits.maxRatio, rec.name),
    },
    remaining,
  ]);
}

/** Everything that can be judged without inflating: refuses the archive or lists its invoice files. */
function vet(bytes: Uint8Array, limits: FluxLimits): { r: ByteReader; files: Vetted[] } {
  const { records, cdStart } = readCentralDirectory(bytes, maxRecords(limits), limits.maxEntries);
  const r = new ByteReader(bytes);
  const total = totalCap(limits, bytes.length);
  const files: Vetted[] = [];
  let declaredTotal = 0;
  for (const rec of records) {
    assertSafeName(rec.name);
    if (rec.unicodeName !== undefined) assertSafeName(rec.unicodeName);
    const kind = kindOf(rec);
    if (kind === 'symlink') throw new FluxRefusalError(refusals.link(rec.name, 'symlink'));
    if (kind === 'special') throw new FluxRefusalError(refusals.specialFile(rec.name));
    if (kind === 'dir' || isJunk(rec.name)) continue;
    if (rec.flags & 0x41 || rec.method === 99) {
      throw new FluxRefusalError(refusals.encrypted(rec.name));
    }
    if (rec.method !== 0 && rec.method !== 8) {
      const method = METHOD_NAMES[rec.method] ?? `n° ${rec.method}`;
      throw new FluxRefusalError(refusals.unsupportedMethod(rec.name, method));
    }
    if (files.length >= limits.maxEntries) {
      throw new FluxRefusalError(refusals.tooManyEntries(limits.maxEntries));
    }
    declaredTotal += rec.size;
    const cap = entryCaps(limits, rec, { ...total, bytes: total.bytes - declaredTotal + rec.size });
    if (rec.size > cap.bytes) throw new FluxRefusalError(cap.refusal);
    if (rec.method === 0 && rec.size !== rec.compressedSize) {
      throw zipMalformed('taille déclarée incohérente', 'inconsistent declared size', rec.name);
    }
    const { start, end, flags } = localData(r, rec, cdStart);
    if (flags & 0x41) throw new FluxRefusalError(refusals.encrypted(rec.name));
    files.push({ rec, start, end });
  }
  // Entries sharing compressed data are the "overlapping files" zip bomb: refused outright.
  const byOffset = [...files].sort((a, b) => a.rec.localOffset - b.rec.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1];
    const cur = byOffset[i];
    if (prev && cur && cur.rec.localOffset < prev.end) {
      throw new FluxRefusalError(refusals.bombOverlap(cur.rec.name));
    }
  }
  if (files.length === 0) throw new FluxRefusalError(refusals.noInvoice());
  return { r, files };
}

/** The first bytes of an entry, enough for its magic bytes, without inflating the rest. */
function head(bytes: Uint8Array, f: Vetted): Uint8Array {
  const data = bytes.subarray(f.start, Math.min(f.end, f.start + 512));
  if (f.rec.method === 0) return data;
  try {
    // 512 compressed bytes inflate to at most ~0.5 MB: bounded whatever the entry holds.
    return inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    throw zipMalformed('données compressées corrompues', 'corrupt compressed data', f.rec.name);
  }
}

export function inspectZip(bytes: Uint8Array, limits: FluxLimits): number {
  const { files } = vet(bytes, limits);
  for (const f of files) assertNotNested(f.rec.name, head(bytes, f));
  return files.length;
}

function inflateCapped(data: Uint8Array, cap: Cap, name: string): Uint8Array {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap.bytes) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new FluxRefusalError(cap.refusal);
    }
    throw zipMalformed('données compressées corrompues', 'corrupt compressed data', name);
  }
}

export function unpackZip(bytes: Uint8Array, limits: FluxLimits): FluxEntry[] {
  const { files } = vet(bytes, limits);
  const total = totalCap(limits, bytes.length);
  let unpacked = 0;
  const entries: FluxEntry[] = [];
  for (const f of files) {
    const { rec } = f;
    const data = bytes.subarray(f.start, f.end);
    let out: Uint8Array;
    if (rec.method === 0) {
      out = data;
    } else {
      const remaining: Cap = { bytes: total.bytes - unpacked, refusal: total.refusal };
      if (remaining.refusal.reason === 'total-size') {
        remaining.refusal = refusals.bombTotal(limits.maxFluxBytes, rec.name);
      }
      out = inflateCapped(data, entryCaps(limits, rec, remaining), rec.name);
    }
    // The directory's size and CRC must describe what was actually inflated.
    if (out.length !== rec.size) {
      throw zipMalformed(
        `taille réelle (${out.length} octets) différente de la taille déclarée (${rec.size})`,
        `actual size (${out.length} bytes) differs from the declared size (${rec.size})`,
        rec.name,
      );
    }
    if (crc32(out) !== rec.crc) {
      throw zipMalformed('somme de contrôle CRC-32 fausse', 'wrong CRC-32 checksum', rec.name);
    }
    unpacked += out.length;
    assertNotNested(rec.name, out.subarray(0, 512));
    entries.push({ name: rec.name, bytes: plain(out) });
  }
  return entries;
}
