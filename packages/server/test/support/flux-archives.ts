/**
 * Archives built byte by byte, so that tests can forge what real tools never write: lying sizes,
 * links, zip-slip names, encrypted flags, overlapping entries.
 */
import { deflateRawSync, gzipSync } from 'node:zlib';
import { crc32 } from '../../src/flux/entry-checks';

export interface ZipSpec {
  name: string;
  data?: Uint8Array;
  /** 0 stored, 8 deflate (default), anything else written as is. */
  method?: number;
  flags?: number;
  madeBy?: number;
  externalAttrs?: number;
  /** Overrides the uncompressed size written in the headers (a lie). */
  declaredSize?: number;
  crc?: number;
  /** Writes the sizes in a data descriptor after the data (flag bit 3). */
  dataDescriptor?: boolean;
}

const enc = new TextEncoder();

class Out {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): this {
    this.chunks.push(b);
    this.length += b.length;
    return this;
  }
  u16(v: number): this {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v, true);
    return this.bytes(b);
  }
  u32(v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    return this.bytes(b);
  }
  u64(v: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt(v), true);
    return this.bytes(b);
  }
  done(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

export function buildZip(
  specs: ZipSpec[],
  options: { zip64?: boolean; duplicateCentralOf?: number } = {},
): Uint8Array {
  const out = new Out();
  const central: Array<() => void> = [];
  const cd = new Out();
  specs.forEach((s) => {
    const data = s.data ?? new Uint8Array();
    const method = s.method ?? 8;
    const packed = method === 8 ? deflateRawSync(data) : data;
    const name = enc.encode(s.name);
    const crc = s.crc ?? crc32(data);
    const size = s.declaredSize ?? data.length;
    const flags = (s.flags ?? 0x800) | (s.dataDescriptor ? 0x8 : 0);
    const offset = out.length;
    const z64 = options.zip64 === true;
    const extra = z64
      ? new Out().u16(1).u16(24).u64(size).u64(packed.length).u64(offset).done()
      : new Uint8Array();
    const localExtra = z64
      ? new Out().u16(1).u16(16).u64(size).u64(packed.length).done()
      : new Uint8Array();
    const hide = s.dataDescriptor === true;
    out
      .u32(0x04034b50)
      .u16(z64 ? 45 : 20)
      .u16(flags)
      .u16(method)
      .u16(0)
      .u16(0x5821);
    out.u32(hide ? 0 : crc).u32(hide ? 0 : z64 ? 0xffffffff : packed.length);
    out
      .u32(hide ? 0 : z64 ? 0xffffffff : size)
      .u16(name.length)
      .u16(localExtra.length);
    out.bytes(name).bytes(localExtra).bytes(packed);
    if (hide) out.u32(0x08074b50).u32(crc).u32(packed.length).u32(size);
    const record = (): void => {
      cd.u32(0x02014b50)
        .u16(s.madeBy ?? 20)
        .u16(z64 ? 45 : 20)
        .u16(flags)
        .u16(method);
      cd.u16(0).u16(0x5821).u32(crc);
      cd.u32(z64 ? 0xffffffff : packed.length).u32(z64 ? 0xffffffff : size);
      cd.u16(name.length)
        .u16(extra.length)
        .u16(0)
        .u16(0)
        .u16(0)
        .u32(s.externalAttrs ?? 0);
      cd.u32(z64 ? 0xffffffff : offset)
        .bytes(name)
        .bytes(extra);
    };
    central.push(record);
  });
  central.forEach((write) => write());
  let count = specs.length;
  if (options.duplicateCentralOf !== undefined) {
    central[options.duplicateCentralOf]?.();
    count++;
  }
  const cdStart = out.length;
  const cdBytes = cd.done();
  out.bytes(cdBytes);
  if (options.zip64) {
    const z = out.length;
    out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(count).u64(count);
    out.u64(cdBytes.length).u64(cdStart);
    out.u32(0x07064b50).u32(0).u64(z).u32(1);
    out.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff);
    return out.u32(0xffffffff).u32(0xffffffff).u16(0).done();
  }
  out.u32(0x06054b50).u16(0).u16(0).u16(count).u16(count);
  return out.u32(cdBytes.length).u32(cdStart).u16(0).done();
}

export interface TarSpec {
  name: string;
  data?: Uint8Array;
  /** '0' file (default), '1' hard link, '2' symlink, '5' directory, '3' device… */
  type?: string;
  linkname?: string;
  /** How a name longer than 100 bytes is written: pax 'x' header (default) or GNU 'L'. */
  longName?: 'pax' | 'gnu';
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

export function tarHeader(name: string, size: number, type: string, linkname = ''): Uint8Array {
  const h = new Uint8Array(512);
  const put = (at: number, text: string): void =>
    void h.set(enc.encode(text).subarray(0, 512 - at), at);
  put(0, name.slice(0, 100));
  put(100, octal(0o644, 8));
  put(108, octal(0, 8));
  put(116, octal(0, 8));
  put(124, octal(size, 12));
  put(136, octal(1_780_000_000, 12));
  put(148, '        ');
  put(156, type);
  put(157, linkname.slice(0, 100));
  put(257, 'ustar\u000000');
  const sum = h.reduce((a, b) => a + b, 0);
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

function padded(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 512) * 512);
  out.set(data);
  return out;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = body.length + 1;
  while (String(len).length + Buffer.byteLength(body) !== len)
    len = String(len).length + Buffer.byteLength(body);
  return `${len}${body}`;
}

export function buildTar(specs: TarSpec[], options: { endBlocks?: boolean } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const s of specs) {
    const data = s.data ?? new Uint8Array();
    const type = s.type ?? '0';
    if (enc.encode(s.name).length > 100) {
      if (s.longName === 'gnu') {
        const long = enc.encode(`${s.name}\0`);
        parts.push(tarHeader('././@LongLink', long.length, 'L'), padded(long));
      } else {
        const pax = enc.encode(paxRecord('path', s.name));
        parts.push(tarHeader('PaxHeader/long', pax.length, 'x'), padded(pax));
      }
    }
    parts.push(tarHeader(s.name, data.length, type, s.linkname), padded(data));
  }
  if (options.endBlocks !== false) parts.push(new Uint8Array(1024));
  return Buffer.concat(parts);
}

export function buildTarGz(specs: TarSpec[]): Uint8Array {
  return gzipSync(buildTar(specs));
}
