import { spawnSync } from 'node:child_process';
import { BATCH_BYTES } from '@chorale/einvoice';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { FluxSyntax } from '../src/flux/unpack';
import {
  createFluxReadPool,
  groupFiles,
  type FluxReadPool,
} from '../src/services/fluxes/flux-read-pool';
import { readFluxItems, type FluxItemBytes } from '../src/services/fluxes/read-flux-item';
import { cii, facturx, ubl, type FluxParties } from './support/flux-deposits';

// The reading threads of a flux: what they answer is exactly what the job's own thread would read
// (structured clone keeps every value, amounts stay decimal strings), in the order given; a thread
// that crashes, hangs, fails or cannot start rejects the read instead of hanging the worker, and
// the pool starts fresh threads for the next read.

const parties: FluxParties = {
  supplier: { siret: '12345678200010', name: 'Menuiserie Dupont' },
  recipient: { siret: '21760540500019', name: 'Commune de Rouen' },
};
const enc = new TextEncoder();
const item = (position: number, fileName: string, bytes: Uint8Array): FluxItemBytes => ({
  position,
  fileName,
  sha256: `sha-${position}`,
  bytes,
});
const faulty = new URL('./support/flux-read-faulty-worker.mjs', import.meta.url);
const broken = new URL('./support/flux-read-broken-worker.mjs', import.meta.url);
const slow = new URL('./support/flux-read-slow-worker.mjs', import.meta.url);

const pools: FluxReadPool[] = [];
const pool = (options: Parameters<typeof createFluxReadPool>[0]) => {
  const created = createFluxReadPool(options);
  pools.push(created);
  return created;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('reading in threads', () => {
  it('answers exactly what the calling thread reads, for each syntax, valid or not', async () => {
    const cases: Array<[FluxSyntax, FluxItemBytes[]]> = [
      [
        'IN_DP_E1_UBL_INVOICE',
        [
          item(1, 'a.xml', ubl(parties, { number: 'T-1', lines: 3 })),
          // EN 16931: standard rate without the seller's VAT identifier (BR-S-02).
          item(2, 'b.xml', ubl(parties, { number: 'T-2', withoutSellerVat: true })),
          // Another syntax than declared.
          item(3, 'c.xml', cii(parties, { number: 'T-3' })),
          item(4, 'd.xml', enc.encode('not xml')),
        ],
      ],
      ['IN_DP_E1_CII_16B', [item(1, 'a.xml', cii(parties, { number: 'T-4', lines: 2 }))]],
      ['IN_DP_E2_CII_FACTURX', [item(1, 'a.pdf', await facturx(parties, { number: 'T-5' }))]],
    ];
    const threads = pool({ threads: 2 });
    const here = pool({ threads: 0 });
    for (const [syntax, items] of cases) {
      const expected = await here.read(syntax, items);
      const read = await threads.read(syntax, items);
      expect(read).toStrictEqual(expected);
      // Read together or each alone, a file gets the same reading.
      const alone = [];
      for (const one of items) alone.push(...(await readFluxItems(syntax, [one])));
      expect(read).toStrictEqual(alone);
    }
    const [valid, refused, other, garbage] = await threads.read(
      'IN_DP_E1_UBL_INVOICE',
      cases[0]![1],
    );
    expect(valid!.fatal).toBe(false);
    expect(valid!.modelFacts?.totals.taxInclusiveAmount).toBe('360.00');
    expect(JSON.parse(valid!.modelJson!)).toMatchObject({ number: 'T-1', currencyCode: 'EUR' });
    expect(valid!.input?.lines[0]?.unitPrice).toBe('50.00');
    expect(valid!.shown).toMatchObject({ number: 'T-1', totalInclVat: '360.00', currency: 'EUR' });
    expect(refused!.fatal).toBe(true);
    expect(refused!.findings.map((f) => f.rule)).toContain('BR-S-02');
    expect(other!.findings[0]?.rule).toBe('FLUX_SYNTAX_MISMATCH');
    expect(garbage).toMatchObject({ fatal: true, position: 4, fileName: 'd.xml' });
  });

  it('hands the files to the threads in groups, smaller when the files are few', () => {
    const files = (n: number, size = 10) =>
      Array.from({ length: n }, (_, i) => ({ i, bytes: new Uint8Array(size) }));
    const sizes = (groups: { i: number }[][]) => groups.map((g) => g.length);
    expect(sizes(groupFiles(files(4), 2))).toEqual([1, 1, 1, 1]);
    expect(sizes(groupFiles(files(10), 2))).toEqual([3, 3, 3, 1]);
    expect(sizes(groupFiles(files(100), 2))).toEqual([16, 16, 16, 16, 16, 16, 4]);
    expect(sizes(groupFiles(files(100), 0))).toEqual(sizes(groupFiles(files(100), 1)));
    expect(groupFiles([], 2)).toEqual([]);
    // Large files: at most BATCH_BYTES of files in a group unless it holds one.
    expect(sizes(groupFiles(files(6, 0.45 * BATCH_BYTES), 1))).toEqual([2, 2, 2]);
    expect(sizes(groupFiles(files(3, 3 * BATCH_BYTES), 1))).toEqual([1, 1, 1]);
    // In order, every file once.
    expect(
      groupFiles(files(37), 2)
        .flat()
        .map((f) => f.i),
    ).toEqual(files(37).map((f) => f.i));
  });

  it('keeps the order given, whichever thread finishes first', async () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      item(i + 1, `f${i}.xml`, ubl(parties, { number: `O-${i}`, lines: 1 + (i % 5) })),
    );
    const read = await pool({ threads: 2 }).read('IN_DP_E1_UBL_INVOICE', items);
    expect(read.map((r) => r.shown?.number)).toEqual(items.map((_, i) => `O-${i}`));
  });
});

describe('a thread that fails', () => {
  const files = (...names: string[]) => names.map((n, i) => item(i + 1, n, enc.encode('<x/>')));

  it('a crash rejects the read; the next read gets a fresh thread', async () => {
    const p = pool({ threads: 1, script: faulty });
    await expect(
      p.read('IN_DP_E1_UBL_INVOICE', files('a.xml', 'crash.xml', 'b.xml')),
    ).rejects.toThrow(/thread stopped \(exit code 3\)/);
    const again = await p.read('IN_DP_E1_UBL_INVOICE', files('a.xml', 'b.xml'));
    expect(again.map((r) => r.fileName)).toEqual(['a.xml', 'b.xml']);
  });

  it('a hang is ended after the time limit and rejects the read', async () => {
    const p = pool({ threads: 2, script: faulty, timeoutMs: 300 });
    const started = Date.now();
    await expect(
      p.read('IN_DP_E1_UBL_INVOICE', files('a.xml', 'hang.xml', 'b.xml', 'c.xml')),
    ).rejects.toThrow(/hang\.xml took longer than 300 ms/);
    expect(Date.now() - started).toBeLessThan(10_000);
    const again = await p.read('IN_DP_E1_UBL_INVOICE', files('a.xml'));
    expect(again).toHaveLength(1);
  });

  it('an exception in a group rejects the read, naming the file the thread found failing', async () => {
    const p = pool({ threads: 1, script: faulty });
    const names = ['a.xml', 'b.xml', 'c.xml', 'throw.xml', 'd.xml', 'e.xml', 'f.xml', 'g.xml'];
    expect(groupFiles(files(...names), 1).map((g) => g.length)).toEqual([4, 4]);
    await expect(p.read('IN_DP_E1_UBL_INVOICE', files(...names))).rejects.toThrow(
      /of throw\.xml failed: Error: reader broke/,
    );
  });

  it('an exception in the reader rejects the read, naming the file', async () => {
    const p = pool({ threads: 1, script: faulty });
    await expect(p.read('IN_DP_E1_UBL_INVOICE', files('a.xml', 'throw.xml'))).rejects.toThrow(
      /throw\.xml failed: Error: reader broke/,
    );
    expect(await p.read('IN_DP_E1_UBL_INVOICE', files('a.xml'))).toHaveLength(1);
  });

  it('a thread that cannot start rejects the read instead of waiting for it', async () => {
    const p = pool({ threads: 2, script: broken });
    await expect(p.read('IN_DP_E1_UBL_INVOICE', files('a.xml'))).rejects.toThrow(/cannot start/);
  });
});

describe('starting', () => {
  it('a process waiting for its threads to start is kept alive until they are ready', () => {
    // `chorale worker` awaits the threads before polling, with nothing else holding its event loop.
    const poolModule = new URL('../src/services/fluxes/flux-read-pool.ts', import.meta.url);
    const code = [
      `import { createFluxReadPool } from ${JSON.stringify(poolModule.href)};`,
      `const pool = createFluxReadPool({ threads: 2, script: new URL(${JSON.stringify(slow.href)}) });`,
      'await pool.warm();',
      "process.stdout.write('ready');",
    ].join('\n');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 0, stdout: 'ready' });
  });
});
