/**
 * Reads a zip's central directory (APPNOTE 6.3.10) without inflating anything: the end record
 * (zip64 too), then each file header with the zip64 and Info-ZIP Unicode path extra fields. Every
 * offset is bounds-checked: a truncated or forged directory is refused, never followed.
 */
import { refusals } from './refusals';
import { FluxRefusalError } from './types';

export interface ZipRecord {
  name: string;
  /** The name as the Info-ZIP Unicode Path extra field gives it, when present. */
  unicodeName?: string;
  rawName: Uint8Array;
  madeBy: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  externalAttrs: number;
}

export function zipMalformed(fr: string, en: string, entry?: string): FluxRefusalError {
  return new FluxRefusalError(refusals.malformed({ fr, en }, entry));
}

const truncated = (): FluxRefusalError =>
  zipMalformed(
    'fichier tronqué ou répertoire central incohérent',
    'truncated file or inconsistent central directory',
  );

/** Little-endian reads that refuse anything outside the bytes. */
export class ByteReader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private need(pos: number, n: number): void {
    if (!Number.isInteger(pos) || pos < 0 || pos + n > this.bytes.length) throw truncated();
  }
  u16(pos: number): number {
    this.need(pos, 2);
    return this.view.getUint16(pos, true);
  }
  u32(pos: number): number {
    this.need(pos, 4);
    return this.view.getUint32(pos, true);
  }
  u64(pos: number): number {
    this.need(pos, 8);
    const v = this.view.getBigUint64(pos, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw truncated();
    return Number(v);
  }
  slice(pos: number, n: number): Uint8Array {
    this.need(pos, n);
    return this.bytes.subarray(pos, pos + n);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

/** The end of central directory record: the last one whose comment fits in the file. */
function findEocd(r: ByteReader): number {
  const len = r.bytes.length;
  for (let pos = len - 22; pos >= Math.max(0, len - 22 - 0xffff); pos--) {
    if (r.u32(pos) === EOCD && pos + 22 + r.u16(pos + 20) <= len) return pos;
  }
  throw zipMalformed(
    'fin de répertoire central introuvable',
    'end of central directory record not found',
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Names are UTF-8 when flag 11 says so; otherwise UTF-8 when valid, else a single-byte charset. */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder('utf-8').decode(raw);
  try {
    return utf8.decode(raw);
  } catch {
    return latin1.decode(raw);
  }
}

export function readCentralDirectory(
  bytes: Uint8Array,
  maxRecords: number,
  maxEntries: number,
): { records: ZipRecord[]; cdStart: number } {
  const r = new ByteReader(bytes);
  const eocd = findEocd(r);
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdStart = r.u32(eocd + 16);
  if (r.u16(eocd + 4) !== 0 || r.u16(eocd + 6) !== 0 || r.u16(eocd + 8) !== count) {
    throw zipMalformed('archive en plusieurs volumes', 'multi-volume archive');
  }
  let cdEnd = eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdStart === 0xffffffff) {
    // zip64: the locator sits just before the classic end record.
    if (eocd < 20 || r.u32(eocd - 20) !== ZIP64_LOCATOR) throw truncated();
    const z = r.u64(eocd - 12);
    if (r.u32(z) !== ZIP64_EOCD || z + 56 > eocd - 20) throw truncated();
    count = r.u64(z + 32);
    cdSize = r.u64(z + 40);
    cdStart = r.u64(z + 48);
    cdEnd = z;
  }
  if (count > maxRecords) throw new FluxRefusalError(refusals.tooManyEntries(maxEntries));
  if (cdStart + cdSize > cdEnd) throw truncated();

  const records: ZipRecord[] = [];
  let pos = cdStart;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > cdStart + cdSize || r.u32(pos) !== CENTRAL) throw truncated();
    const flags = r.u16(pos + 8);
    const nameLen = r.u16(pos + 28);
    const extraLen = r.u16(pos + 30);
    const commentLen = r.u16(pos + 32);
    const rawName = r.slice(pos + 46, nameLen);
    const record: ZipRecord = {
      name: decodeName(rawName, flags),
      rawName,
      madeBy: r.u16(pos + 4),
      flags,
      method: r.u16(pos + 10),
      crc: r.u32(pos + 16),
      compressedSize: r.u32(pos + 20),
      size: r.u32(pos + 24),
      localOffset: r.u32(pos + 42),
      externalAttrs: r.u32(pos + 38),
    };
    readExtra(r, pos + 46 + nameLen, extraLen, record);
    pos += 46 + nameLen + extraLen + commentLen;
    if (pos > cdStart + cdSize) throw truncated();
    records.push(record);
  }
  return { records, cdStart };
}

/** zip64 sizes and offset (0x0001), Info-ZIP Unicode path (0x7075). */
function readExtra(r: ByteReader, start: number, len: number, rec: ZipRecord): void {
  const end = start + len;
  let p = start;
  while (p + 4 <= end) {
    const id = r.u16(p);
    const size = r.u16(p + 2);
    const data = p + 4;
    if (data + size > end) throw truncated();
    if (id === 0x0001) {
      let q = data;
      const take = (): number => {
        if (q + 8 > data + size) throw truncated();
        const v = r.u64(q);
        q += 8;
        return v;
      };
      if (rec.size === 0xffffffff) rec.size = take();
      if (rec.compressedSize === 0xffffffff) rec.compressedSize = take();
      if (rec.localOffset === 0xffffffff) rec.localOffset = take();
    } else if (id === 0x7075 && size >= 5) {
      rec.unicodeName = new TextDecoder('utf-8').decode(r.slice(data + 5, size - 5));
    }
    p = data + size;
  }
}

/** Where an entry's compressed data lies, from its local header (which must match the directory). */
export function localData(
  r: ByteReader,
  rec: ZipRecord,
  cdStart: number,
): { start: number; end: number; flags: number } {
  const at = rec.localOffset;
  if (r.u32(at) !== 0x04034b50) {
    throw zipMalformed('en-tête local introuvable', 'local header not found', rec.name);
  }
  const nameLen = r.u16(at + 26);
  const extraLen = r.u16(at + 28);
  const localName = r.slice(at + 30, nameLen);
  if (localName.length !== rec.rawName.length || localName.some((b, i) => b !== rec.rawName[i])) {
    throw zipMalformed(
      "nom différent dans l'en-tête local et le répertoire central",
      'the local header and the central directory give different names',
      rec.name,
    );
  }
  const start = at + 30 + nameLen + extraLen;
  const end = start + rec.compressedSize;
  if (end > cdStart) throw truncated();
  return { start, end, flags: r.u16(at + 6) };
}
