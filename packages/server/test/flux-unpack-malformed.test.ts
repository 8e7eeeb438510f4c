import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectFlux, unpackFlux } from '../src/flux/unpack';
import { buildTar, buildTarGz, buildZip } from './support/flux-archives';
import { ciiInvoice, ublInvoice } from './support/flux-invoices';

const enc = new TextEncoder();

function refusalOf(result: ReturnType<typeof unpackFlux> | ReturnType<typeof inspectFlux>) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.container}`);
  return result.refusal;
}

describe('flux: nested archives and malformed input', () => {
  it('refuses an archive inside an archive, told by magic bytes', () => {
    const inner = buildZip([{ name: 'a.xml', data: ublInvoice('F-1') }]);
    const zipInZip = buildZip([{ name: 'lot.xml', data: inner }]);
    expect(refusalOf(inspectFlux(zipInZip))).toMatchObject({
      code: 'FLUX_ARCHIVE_NESTED',
      entry: 'lot.xml',
      reason: 'zip',
    });
    const tgzInZip = buildZip([
      {
        name: 'lot.tar.gz',
        data: buildTarGz([{ name: 'a.xml', data: ublInvoice('F-1') }]),
        method: 0,
      },
    ]);
    expect(refusalOf(unpackFlux(tgzInZip))).toMatchObject({
      code: 'FLUX_ARCHIVE_NESTED',
      reason: 'gzip',
    });
    expect(refusalOf(unpackFlux(buildTarGz([{ name: 'in.zip', data: inner }]))).code).toBe(
      'FLUX_ARCHIVE_NESTED',
    );
  });

  it('refuses empty archives and archives holding only folders and macOS junk', () => {
    expect(refusalOf(unpackFlux(buildZip([]))).code).toBe('FLUX_ARCHIVE_NO_INVOICE');
    expect(refusalOf(unpackFlux(buildTarGz([]))).code).toBe('FLUX_ARCHIVE_NO_INVOICE');
    const junk = buildZip([
      { name: '__MACOSX/', method: 0 },
      { name: '__MACOSX/._a.xml', data: enc.encode('x') },
      { name: '.DS_Store', data: enc.encode('x') },
    ]);
    expect(refusalOf(inspectFlux(junk)).code).toBe('FLUX_ARCHIVE_NO_INVOICE');
  });

  it('refuses truncated and garbage archives with a stable code, never an exception', () => {
    const zip = buildZip([
      { name: 'a.xml', data: ublInvoice('F-1') },
      { name: 'b.xml', data: ublInvoice('F-2') },
    ]);
    for (const cut of [4, 30, 200, zip.length - 60, zip.length - 23, zip.length - 1]) {
      expect(refusalOf(unpackFlux(zip.subarray(0, cut))).code).toBe('FLUX_ARCHIVE_MALFORMED');
    }
    const tgz = buildTarGz([{ name: 'a.xml', data: ublInvoice('F-1') }]);
    expect(refusalOf(unpackFlux(tgz.subarray(0, tgz.length - 5))).code).toBe(
      'FLUX_ARCHIVE_MALFORMED',
    );
    const shortTar = gzipSync(
      buildTar([{ name: 'a.xml', data: ublInvoice('F-1') }]).subarray(0, 700),
    );
    expect(refusalOf(unpackFlux(shortTar))).toMatchObject({
      code: 'FLUX_ARCHIVE_MALFORMED',
      entry: 'a.xml',
    });
  });

  it('fuzz: random bytes, truncations and byte flips end in a result, in bounded time', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const seeds = [
      buildZip([
        { name: 'a.xml', data: ublInvoice('F-1') },
        { name: 'b.xml', data: ciiInvoice('F-2'), method: 0 },
      ]),
      buildZip([{ name: 'z.xml', data: ublInvoice('F-3') }], { zip64: true }),
      buildTarGz([
        { name: 'a.xml', data: ublInvoice('F-1') },
        { name: 'b.xml', data: ublInvoice('F-2') },
      ]),
      buildTar([{ name: 'a.xml', data: ublInvoice('F-1') }]),
    ];
    const codes = new Set<string>();
    const started = performance.now();
    for (let i = 0; i < 600; i++) {
      const base = seeds[i % seeds.length] ?? new Uint8Array();
      const input = Uint8Array.from(base.subarray(0, 1 + Math.floor(random() * base.length)));
      if (i % 3 !== 0)
        for (let k = 0; k < 4; k++)
          input[Math.floor(random() * input.length)] = Math.floor(random() * 256);
      if (i % 50 === 0)
        for (let k = 0; k < input.length; k++) input[k] = Math.floor(random() * 256);
      // The plain tar seed is mutated, then gzipped: its headers reach the tar reader.
      const flux = i % seeds.length === 3 ? gzipSync(input) : input;
      for (const result of [inspectFlux(flux), unpackFlux(flux)]) {
        if (!result.ok) {
          expect(result.refusal.code).toMatch(/^FLUX_[A-Z_]+$/);
          // The last-resort net (an exception inside the readers) is never reached.
          expect(result.refusal.message.en).not.toContain('unexpected content');
          expect(result.refusal.message.fr.length).toBeGreaterThan(10);
          codes.add(result.refusal.code);
        }
      }
    }
    expect(codes.has('FLUX_ARCHIVE_MALFORMED')).toBe(true);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('refuses an entry name longer than 1,024 characters (pax allows 64 KB)', () => {
    const name = `${'x'.repeat(2000)}.xml`;
    const tgz = buildTarGz([{ name, data: ublInvoice('F-1') }]);
    expect(refusalOf(unpackFlux(tgz))).toMatchObject({
      code: 'FLUX_ARCHIVE_UNSAFE_NAME',
      reason: 'long',
    });
  });
});
