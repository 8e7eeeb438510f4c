import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_FLUX_LIMITS,
  checkEntrySyntax,
  inspectFlux,
  unpackFlux,
  type FluxLimits,
} from '../src/flux/unpack';
import { buildTar, buildTarGz, buildZip } from './support/flux-archives';
import { ciiInvoice, facturXInvoice, ublInvoice } from './support/flux-invoices';

const enc = new TextEncoder();
const small: FluxLimits = { ...DEFAULT_FLUX_LIMITS };
let facturX: Uint8Array;

beforeAll(async () => {
  facturX = await facturXInvoice('F-X-1');
});

function refusalOf(result: ReturnType<typeof unpackFlux> | ReturnType<typeof inspectFlux>) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.container}`);
  return result.refusal;
}

describe('flux: refusals before anything is inflated', () => {
  it('refuses an empty flux and content that is neither XML, PDF, zip nor tar.gz', () => {
    expect(refusalOf(unpackFlux(new Uint8Array()))).toMatchObject({ code: 'FLUX_EMPTY' });
    const text = refusalOf(inspectFlux(enc.encode('numero;montant\nF1;12.00\n')));
    expect(text.code).toBe('FLUX_UNSUPPORTED_CONTENT');
    const sevenZip = Uint8Array.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2, 3]);
    expect(refusalOf(unpackFlux(sevenZip)).message.en).toContain('7z archive');
    const plainTar = buildTar([{ name: 'a.xml', data: ublInvoice('F-1') }]);
    expect(refusalOf(unpackFlux(plainTar)).code).toBe('FLUX_UNSUPPORTED_CONTENT');
    expect(refusalOf(unpackFlux(gzipSync(ublInvoice('F-1')))).message.fr).toContain('tar');
  });

  it('refuses a flux or a single file beyond the configured sizes', () => {
    const xml = ublInvoice('F-1');
    const limits = { ...small, maxFileBytes: 1000, maxFluxBytes: xml.length - 1 };
    expect(refusalOf(unpackFlux(xml, limits)).code).toBe('FLUX_TOO_LARGE');
    const fileLimit = { ...small, maxFileBytes: 1000 };
    expect(refusalOf(inspectFlux(xml, fileLimit)).code).toBe('FLUX_FILE_TOO_LARGE');
    const zip = buildZip([{ name: 'big.xml', data: xml }]);
    const r = refusalOf(unpackFlux(zip, fileLimit));
    expect(r).toMatchObject({ code: 'FLUX_FILE_TOO_LARGE', entry: 'big.xml' });
    expect(r.message.fr).toContain('« big.xml »');
    expect(
      refusalOf(unpackFlux(buildTarGz([{ name: 'big.xml', data: xml }]), fileLimit)).entry,
    ).toBe('big.xml');
  });

  it.each([
    ['../evil.xml', 'parent'],
    ['factures/../../evil.xml', 'parent'],
    ['..\\evil.xml', 'parent'],
    ['/abs.xml', 'absolute'],
    ['\\abs.xml', 'absolute'],
    ['C:/Windows/evil.xml', 'drive'],
  ])('refuses the zip-slip name %s in a zip and a tar.gz', (name, reason) => {
    const zip = buildZip([
      { name: 'ok.xml', data: ublInvoice('F-1') },
      { name, data: ublInvoice('F-2') },
    ]);
    for (const result of [inspectFlux(zip), unpackFlux(zip)]) {
      expect(refusalOf(result)).toMatchObject({
        code: 'FLUX_ARCHIVE_UNSAFE_NAME',
        entry: name,
        reason,
      });
    }
    const tgz = buildTarGz([{ name, data: ublInvoice('F-2') }]);
    expect(refusalOf(unpackFlux(tgz))).toMatchObject({
      code: 'FLUX_ARCHIVE_UNSAFE_NAME',
      entry: name,
    });
  });

  it('refuses links: zip symlink by its unix mode, tar symlink and hard link', () => {
    const symlinkZip = buildZip([
      { name: 'a.xml', data: ublInvoice('F-1') },
      {
        name: 'passwd.xml',
        data: enc.encode('/etc/passwd'),
        method: 0,
        madeBy: 0x031e,
        externalAttrs: 0o120777 << 16,
      },
    ]);
    expect(refusalOf(inspectFlux(symlinkZip))).toMatchObject({
      code: 'FLUX_ARCHIVE_LINK',
      entry: 'passwd.xml',
      reason: 'symlink',
    });
    const sym = buildTarGz([{ name: 'a.xml', type: '2', linkname: '/etc/passwd' }]);
    expect(refusalOf(inspectFlux(sym))).toMatchObject({
      code: 'FLUX_ARCHIVE_LINK',
      reason: 'symlink',
    });
    const hard = buildTarGz([
      { name: 'a.xml', data: ublInvoice('F-1') },
      { name: 'b.xml', type: '1', linkname: 'a.xml' },
    ]);
    expect(refusalOf(unpackFlux(hard))).toMatchObject({
      code: 'FLUX_ARCHIVE_LINK',
      entry: 'b.xml',
      reason: 'hardlink',
    });
    const device = buildTarGz([{ name: 'null.xml', type: '3' }]);
    expect(refusalOf(unpackFlux(device)).code).toBe('FLUX_ARCHIVE_SPECIAL_FILE');
  });

  it('refuses more invoices than the limit, in zip and tar.gz', () => {
    const specs = Array.from({ length: 6 }, (_, i) => ({
      name: `f${i}.xml`,
      data: ublInvoice(`F-${i}`),
    }));
    const limits = { ...small, maxEntries: 5 };
    expect(inspectFlux(buildZip(specs.slice(0, 5)), limits)).toMatchObject({
      ok: true,
      entryCount: 5,
    });
    expect(refusalOf(inspectFlux(buildZip(specs), limits)).code).toBe(
      'FLUX_ARCHIVE_TOO_MANY_ENTRIES',
    );
    expect(refusalOf(unpackFlux(buildTarGz(specs), limits)).code).toBe(
      'FLUX_ARCHIVE_TOO_MANY_ENTRIES',
    );
    const manyDirs = Array.from({ length: 120 }, (_, i) => ({ name: `d${i}/`, method: 0 }));
    const dirs = refusalOf(inspectFlux(buildZip(manyDirs), limits));
    expect(dirs.code).toBe('FLUX_ARCHIVE_TOO_MANY_ENTRIES');
    expect(dirs.message.en).toContain('more than 5 invoices');
  });

  it('refuses encrypted entries and compression methods other than stored and deflate', () => {
    const xml = ublInvoice('F-1');
    const encrypted = buildZip([{ name: 'secret.xml', data: xml, flags: 0x801 }]);
    expect(refusalOf(inspectFlux(encrypted))).toMatchObject({
      code: 'FLUX_ARCHIVE_ENCRYPTED',
      entry: 'secret.xml',
    });
    const aes = buildZip([{ name: 'aes.xml', data: xml, method: 99 }]);
    expect(refusalOf(unpackFlux(aes)).code).toBe('FLUX_ARCHIVE_ENCRYPTED');
    const bzip2 = buildZip([{ name: 'b.xml', data: xml, method: 12 }]);
    expect(refusalOf(unpackFlux(bzip2))).toMatchObject({
      code: 'FLUX_ARCHIVE_UNSUPPORTED_METHOD',
      entry: 'b.xml',
    });
  });
});

describe('flux: decompression bombs', () => {
  const zeros = new Uint8Array(50 * 1024 * 1024);

  it('refuses a high-ratio zip entry from its declared size, and the same bomb hiding behind a small one', () => {
    const bomb = buildZip([{ name: 'bomb.xml', data: zeros }]);
    expect(bomb.length).toBeLessThan(100_000);
    const declared = refusalOf(inspectFlux(bomb));
    expect(declared).toMatchObject({
      code: 'FLUX_ARCHIVE_BOMB',
      entry: 'bomb.xml',
      reason: 'ratio',
    });
    // The directory lies (1 KB); the inflation stops at the cap on actual bytes.
    const liar = buildZip([{ name: 'liar.xml', data: zeros, declaredSize: 1024 }]);
    expect(inspectFlux(liar)).toMatchObject({ ok: true, entryCount: 1 });
    const started = performance.now();
    expect(refusalOf(unpackFlux(liar))).toMatchObject({
      code: 'FLUX_ARCHIVE_BOMB',
      entry: 'liar.xml',
      reason: 'ratio',
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('refuses a small size lie and a wrong CRC as a malformed archive', () => {
    const xml = ublInvoice('F-1');
    const lie = buildZip([{ name: 'a.xml', data: xml, declaredSize: xml.length - 10 }]);
    expect(refusalOf(unpackFlux(lie))).toMatchObject({
      code: 'FLUX_ARCHIVE_MALFORMED',
      entry: 'a.xml',
    });
    const crc = buildZip([{ name: 'a.xml', data: xml, crc: 1234 }]);
    expect(refusalOf(unpackFlux(crc)).message.en).toContain('CRC-32');
  });

  it('refuses entries sharing their data (overlapping zip bomb)', () => {
    const zip = buildZip([{ name: 'a.xml', data: ublInvoice('F-1') }], { duplicateCentralOf: 0 });
    expect(refusalOf(inspectFlux(zip))).toMatchObject({
      code: 'FLUX_ARCHIVE_BOMB',
      reason: 'overlap',
    });
  });

  it('accepts a tar.gz of alike invoices that gzip compresses across files beyond the ratio', () => {
    const xml = ublInvoice('F-1');
    const specs = Array.from({ length: 400 }, (_, i) => ({ name: `F-${i}.xml`, data: xml }));
    const tar = buildTar(specs);
    const tgz = gzipSync(tar);
    expect(tar.length / tgz.length).toBeGreaterThan(small.maxRatio);
    expect(inspectFlux(tgz)).toEqual({ ok: true, container: 'tar.gz', entryCount: 400 });
  });

  it('refuses a tar.gz that inflates beyond the ratio or the total size', () => {
    const tgz = buildTarGz([{ name: 'zeros.xml', data: zeros }]);
    expect(refusalOf(inspectFlux(tgz))).toMatchObject({
      code: 'FLUX_ARCHIVE_BOMB',
      reason: 'ratio',
    });
    const limits = { ...small, maxRatio: 10_000, maxFluxBytes: 20 * 1024 * 1024 };
    expect(refusalOf(unpackFlux(tgz, limits))).toMatchObject({
      code: 'FLUX_ARCHIVE_BOMB',
      reason: 'total-size',
    });
  });
});

describe('flux: unpacking', () => {
  it('unpacks a zip in archive order: deflate, stored, data descriptor, folders and macOS junk skipped', () => {
    const files = [ublInvoice('F-1'), ublInvoice('F-2'), ublInvoice('F-3')];
    const zip = buildZip([
      { name: 'lot/', method: 0, madeBy: 0x0314, externalAttrs: 0o040755 << 16 },
      { name: 'lot/F-1.xml', data: files[0] },
      { name: '__MACOSX/lot/._F-1.xml', data: enc.encode('\u0000\u0005\u0016\u0007') },
      { name: 'lot/F-2.xml', data: files[1], method: 0 },
      { name: 'lot/.DS_Store', data: enc.encode('Bud1') },
      { name: 'lot/F-3.xml', data: files[2], dataDescriptor: true },
    ]);
    expect(inspectFlux(zip)).toEqual({ ok: true, container: 'zip', entryCount: 3 });
    const result = unpackFlux(zip);
    if (!result.ok) throw new Error(result.refusal.message.en);
    expect(result.container).toBe('zip');
    expect(result.entries.map((e) => e.name)).toEqual([
      'lot/F-1.xml',
      'lot/F-2.xml',
      'lot/F-3.xml',
    ]);
    expect(result.entries.map((e) => e.bytes)).toEqual(files);
    expect(result.entries.map((e) => checkEntrySyntax('IN_DP_E1_UBL_INVOICE', e))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('unpacks a zip64 archive', () => {
    const result = unpackFlux(
      buildZip(
        [
          { name: 'a.xml', data: ciiInvoice('F-1') },
          { name: 'b.xml', data: ciiInvoice('F-2') },
        ],
        { zip64: true },
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      container: 'zip',
      entries: [{ name: 'a.xml' }, { name: 'b.xml' }],
    });
  });

  it('unpacks a tar.gz with folders, pax and GNU long names, skipping macOS companions', () => {
    const longA = `${'dossier-des-factures-de-novembre/'.repeat(4)}F-1.xml`;
    const longB = `${'lot-numero-deux/'.repeat(8)}F-2.xml`;
    const tgz = buildTarGz([
      { name: 'lot/', type: '5' },
      { name: longA, data: ciiInvoice('F-1') },
      { name: 'lot/._F-1.xml', data: enc.encode('\u0000\u0005\u0016\u0007') },
      { name: longB, data: ciiInvoice('F-2'), longName: 'gnu' },
      { name: 'lot/F-3.xml', data: ciiInvoice('F-3') },
    ]);
    expect(inspectFlux(tgz)).toEqual({ ok: true, container: 'tar.gz', entryCount: 3 });
    const result = unpackFlux(tgz);
    if (!result.ok) throw new Error(result.refusal.message.en);
    expect(result.entries.map((e) => e.name)).toEqual([longA, longB, 'lot/F-3.xml']);
    expect(result.entries[2]?.bytes).toEqual(ciiInvoice('F-3'));
    expect(result.entries.every((e) => checkEntrySyntax('IN_DP_E1_CII_16B', e) === undefined)).toBe(
      true,
    );
  });

  it('takes a single XML or PDF as a flux of one file', () => {
    expect(unpackFlux(ublInvoice('F-1'), DEFAULT_FLUX_LIMITS, 'F-1.xml')).toMatchObject({
      ok: true,
      container: 'xml',
      entries: [{ name: 'F-1.xml', bytes: ublInvoice('F-1') }],
    });
    expect(inspectFlux(facturX)).toEqual({ ok: true, container: 'pdf', entryCount: 1 });
    expect(unpackFlux(facturX)).toMatchObject({
      ok: true,
      container: 'pdf',
      entries: [{ name: 'flux.pdf' }],
    });
  });
});
