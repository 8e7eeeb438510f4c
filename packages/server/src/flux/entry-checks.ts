/** Checks shared by the zip and tar readers: names, junk, nested archives, checksums. */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { refusals, type UnsafeNameReason } from './refusals';
import { FluxRefusalError } from './types';

export const MAX_NAME_LENGTH = 1024;

/**
 * Why an entry name could escape an extraction folder, or undefined when it cannot. Nothing is
 * ever extracted to disk, but the names travel on (reports, downloads), so they are held to the
 * rule every extractor should apply. A backslash counts as a separator: Windows tools write them.
 */
export function unsafeNameReason(name: string): UnsafeNameReason | undefined {
  if (name.length === 0) return 'empty';
  // Names end up in reports and the database; pax and GNU headers allow 64 KB ones.
  if (name.length > MAX_NAME_LENGTH) return 'long';
  if (name.includes('\u0000')) return 'nul';
  if (name.startsWith('/') || name.startsWith('\\')) return 'absolute';
  if (/^[A-Za-z]:/.test(name)) return 'drive';
  if (name.split(/[\\/]/).some((segment) => segment === '..')) return 'parent';
  return undefined;
}

export function assertSafeName(name: string): void {
  const why = unsafeNameReason(name);
  if (why) throw new FluxRefusalError(refusals.unsafeName(name, why));
}

/**
 * Records of any kind an archive may hold: folders, macOS companions and pax headers do not count
 * as invoices but still cost work, so they are bounded too. macOS tar writes, per invoice, the
 * file, its `._` companion and a pax header for each: 4 records, twice that leaves room for folders.
 */
export function maxRecords(limits: { maxEntries: number }): number {
  return limits.maxEntries * 8 + 64;
}

/**
 * macOS adds a `__MACOSX/` tree of AppleDouble files, `._name` companions and `.DS_Store` files
 * to the archives it makes; they are not invoices and are skipped rather than refused.
 */
export function isJunk(name: string): boolean {
  const segments = name.split(/[\\/]/).filter((s) => s.length > 0);
  const base = segments[segments.length - 1] ?? '';
  return segments.includes('__MACOSX') || base === '.DS_Store' || base.startsWith('._');
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

const ARCHIVE_MAGICS: ReadonlyArray<{ kind: string; magic: readonly number[] }> = [
  { kind: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', magic: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'zip', magic: [0x50, 0x4b, 0x07, 0x08] },
  { kind: 'gzip', magic: [0x1f, 0x8b] },
  { kind: 'bzip2', magic: [0x42, 0x5a, 0x68] },
  { kind: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: '7z', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'rar', magic: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: 'zstd', magic: [0x28, 0xb5, 0x2f, 0xfd] },
];

const USTAR = [0x75, 0x73, 0x74, 0x61, 0x72]; // "ustar" at offset 257 of a tar header

/** The kind of archive these bytes start with, by magic bytes (names are never trusted). */
export function archiveKind(bytes: Uint8Array): string | undefined {
  for (const { kind, magic } of ARCHIVE_MAGICS) if (startsWith(bytes, magic)) return kind;
  if (startsWith(bytes, USTAR, 257)) return 'tar';
  return undefined;
}

export function isZipMagic(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

export function isGzipMagic(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x1f, 0x8b]);
}

/** An XML document starts with '<' after an optional byte order mark and white space. */
export function looksLikeXml(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xfe, 0xff, 0x00, 0x3c]) || startsWith(bytes, [0xff, 0xfe, 0x3c, 0x00]))
    return true;
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  const end = Math.min(bytes.length, i + 4096);
  while (
    i < end &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x3c;
}

export function assertNotNested(name: string, head: Uint8Array): void {
  const kind = archiveKind(head);
  if (kind) throw new FluxRefusalError(refusals.nested(name, kind));
}

/** CRC-32 (IEEE), as zip stores it: a damaged or forged entry is refused, not passed on. */
export function crc32(bytes: Uint8Array): number {
  return zlibCrc32(bytes);
}

/** A plain Uint8Array view (Node's zlib returns Buffers; callers compare plain arrays). */
export function plain(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
