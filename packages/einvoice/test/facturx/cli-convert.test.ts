import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runConvert } from '../../src/cli/convert';
import { readInvoice } from '../../src/facturx/read';
import { readInvoiceXml } from '../../src/read/read-invoice';
import { CORPUS, requireShared } from '../support/corpus';

requireShared();
const UBL = resolve(CORPUS, 'ubl-invoice/valid/cen__ubl-tc434-example1.xml');
const CII = resolve(CORPUS, 'cii/valid/cen__CII_example1.xml');
const PDF = resolve(CORPUS, 'facturx-pdf/valid/mustang__EN16931_Einfach.pdf');
const dir = mkdtempSync(join(tmpdir(), 'chorale-convert-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await runConvert(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('chorale convert', () => {
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 on a usage error, saying what is wrong', async () => {
    const out = join(dir, 'x.xml');
    for (const [args, says] of [
      [[UBL, out], 'missing --to'],
      [['--to', 'pdf', UBL, out], '--to must be'],
      [['--to', 'cii', UBL], 'IN and OUT'],
      [['--to', 'cii', UBL, out, 'extra'], 'unexpected argument'],
      [['--to', 'cii', '--frobnicate', UBL, out], 'unknown option'],
      [['--to', 'cii', '--lang', 'de', UBL, out], '--lang'],
      [['--to', 'facturx', '--profile', 'GOLD', UBL, out], '--profile'],
      [['--to', 'cii', UBL, UBL], 'OUT must differ'],
    ] as const) {
      const r = await run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(says);
      expect(r.err).toContain('Usage: chorale convert');
    }
  });

  it('exits 1 when the input cannot be read', async () => {
    const missing = await run(['--to', 'cii', join(dir, 'missing.xml'), join(dir, 'o.xml')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ENOENT');
    const junk = join(dir, 'junk.xml');
    writeFileSync(junk, '<html><body>not an invoice</body></html>');
    const r = await run(['--to', 'ubl', '--lang', 'en', junk, join(dir, 'o.xml')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('FORMAT-UNKNOWN');
    const noInvoice = resolve(CORPUS, 'facturx-pdf/invalid/mustang__EmptyPDFA1.pdf');
    const p = await run(['--to', 'cii', noInvoice, join(dir, 'o.xml')]);
    expect(p.code).toBe(1);
    expect(p.err).toContain('PDF-NO-INVOICE');
  });

  it('converts UBL to CII and back to the same model', async () => {
    const cii = join(dir, 'from-ubl.cii.xml');
    const ubl = join(dir, 'back.ubl.xml');
    expect((await run(['--to', 'cii', UBL, cii])).code).toBe(0);
    expect((await run(['--to', 'ubl', cii, ubl])).code).toBe(0);
    const a = readInvoiceXml(new Uint8Array(readFileSync(cii)));
    const b = readInvoiceXml(new Uint8Array(readFileSync(ubl)));
    expect(a.format).toBe('cii');
    expect(b.format).toBe('ubl-invoice');
    expect(b.invoice?.number).toBe(a.invoice?.number);
    expect(b.invoice?.totals).toEqual(a.invoice?.totals);
  });

  it('writes a Factur-X PDF from CII, in English when asked, and reads a PDF back to UBL', async () => {
    const pdf = join(dir, 'out.pdf');
    const r = await run(['--to', 'facturx', '--lang', 'en', CII, pdf]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Factur-X');
    const back = await readInvoice(new Uint8Array(readFileSync(pdf)));
    expect(back.format).toBe('facturx-pdf');
    expect(back.invoice).toEqual(readInvoiceXml(new Uint8Array(readFileSync(CII))).invoice);
    const ubl = join(dir, 'from-pdf.ubl.xml');
    expect((await run(['--to', 'ubl', PDF, ubl])).code).toBe(0);
    expect(readInvoiceXml(new Uint8Array(readFileSync(ubl))).format).toBe('ubl-invoice');
  });

  it('writes the profile asked for into the PDF', async () => {
    const pdf = join(dir, 'basic.pdf');
    expect((await run(['--to', 'facturx', '--profile', 'basic', CII, pdf])).code).toBe(0);
    const back = await readInvoice(new Uint8Array(readFileSync(pdf)));
    expect(back.profile).toBe('BASIC');
  });
});
