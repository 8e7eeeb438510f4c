import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runValidate } from '../src/cli/validate';
import { BATCH_FILES } from '../src/validate/index';
import { CORPUS, requireShared } from './support/corpus';

requireShared();
const VALID = resolve(CORPUS, 'ubl-invoice/valid/cen__ubl-tc434-example1.xml');
const INVALID = resolve(CORPUS, 'ubl-invoice/invalid/mustang__BT-128.ubl.xml');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await runValidate(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('chorale validate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exits 2 on a usage error', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--lang', 'de', VALID])).code).toBe(2);
    const r = await run(['--frobnicate', VALID]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown option');
  });

  it('prints one JSON object per file and exits 1 when any is invalid', async () => {
    const r = await run(['--json', '--lang', 'en', VALID, INVALID]);
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: VALID, format: 'ubl-invoice', valid: true });
    expect(lines[1]).toMatchObject({ file: INVALID, valid: false });
    const errors = lines[1]?.errors as {
      rule: string;
      severity: string;
      message: string;
      location: string;
    }[];
    const co10 = errors.find((e) => e.rule === 'BR-CO-10');
    expect(co10).toMatchObject({ severity: 'fatal', location: '/Invoice/cac:LegalMonetaryTotal' });
    expect(co10?.message).toContain('Sum of Invoice line net amount');
  });

  it('exits 0 when every file is valid, with French messages by default', async () => {
    expect((await run([VALID])).code).toBe(0);
    const r = await run([INVALID]);
    expect(r.out).toContain('INVALIDE');
    expect(r.out).toContain('La somme des montants nets des lignes (BT-106)');
  });

  it('gives many files their results in the order given, across batches', async () => {
    const files = Array.from({ length: BATCH_FILES + 5 }, (_, i) =>
      i === 7 ? resolve(CORPUS, 'no-such-file.xml') : i % 3 === 0 ? INVALID : VALID,
    );
    const r = await run(['--json', ...files]);
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; valid: boolean; errors: { rule: string }[] });
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines.map((l) => l.valid)).toEqual(files.map((f) => f === VALID));
    expect(lines[7]?.errors.map((e) => e.rule)).toEqual(['FILE-UNREADABLE']);
    expect(lines[3]?.errors.map((e) => e.rule)).toContain('BR-CO-10');
  });

  it('reports an unreadable file as invalid, not as a crash', async () => {
    const r = await run(['--json', '/nonexistent/invoice.xml']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FILE-UNREADABLE');
  });
});
