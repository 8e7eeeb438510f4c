import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { createRuntime, type Runtime } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { readStructuresFile } from '../../packages/server/src/domain/directory/read-files';
import {
  createDirectoryImport,
  importDirectory,
} from '../../packages/server/src/services/import-directory';
import {
  searchDirectory,
  type DirectorySearchInput,
} from '../../packages/server/src/services/search-directory';
import {
  generateDirectory,
  seededRandom,
} from '../../packages/server/src/seed/directory-generator';

/**
 * The directory at Chorus Pro's size (~200,000 structures, ~80,000 services; BENCH_STRUCTURES
 * changes it): full import, re-import (the upsert path), and search latency over a few hundred
 * varied queries (identifier prefix, name with a typo, city), on PostgreSQL (a fresh database,
 * dropped at the end) and on PGlite (a temporary folder). `BENCH_DIRECTORY_DBS=postgres` runs one.
 */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STRUCTURES = Number(process.env.BENCH_STRUCTURES ?? 200_000);
const QUERIES_PER_KIND = 150;

type Kind = 'identifier prefix' | 'name with a typo' | 'city';

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/** One letter dropped, doubled or swapped in the longest word: the typos people make. */
function withTypo(name: string, random: () => number): string {
  const words = name.split(' ');
  let at = 0;
  words.forEach((w, i) => {
    if (w.length > (words[at]?.length ?? 0)) at = i;
  });
  const word = words[at] ?? '';
  const i = 1 + Math.floor(random() * Math.max(1, word.length - 2));
  const r = random();
  const typo =
    r < 0.33
      ? word.slice(0, i) + word.slice(i + 1)
      : r < 0.66
        ? word.slice(0, i) + word[i] + word.slice(i)
        : word.slice(0, i - 1) + (word[i] ?? '') + (word[i - 1] ?? '') + word.slice(i + 1);
  words[at] = typo;
  // People type two or three words, not the whole raison sociale.
  return words.slice(Math.max(0, at - 1), at + 2).join(' ');
}

interface BenchQuery {
  kind: Kind;
  input: DirectorySearchInput;
  /** For a name with a typo: the name that should come back on the first page. */
  expected?: string;
}

function buildQueries(structuresCsv: string): BenchQuery[] {
  const rows = readStructuresFile(structuresCsv).rows.filter((r) => r.isActive);
  const random = seededRandom(7);
  const pick = () => rows[Math.floor(random() * rows.length)]!;
  const queries: BenchQuery[] = [];
  for (let i = 0; i < QUERIES_PER_KIND; i += 1) {
    const length = 4 + Math.floor(random() * 8);
    queries.push({
      kind: 'identifier prefix',
      input: { q: pick().identifier.slice(0, length), page: 1, pageSize: 20 },
    });
    const named = pick();
    queries.push({
      kind: 'name with a typo',
      input: { q: withTypo(named.name, random), page: 1, pageSize: 20 },
      expected: named.name,
    });
    queries.push({ kind: 'city', input: { city: pick().city ?? 'ROUEN', page: 1, pageSize: 20 } });
  }
  // Interleaved kinds, so that no kind enjoys a warmer cache than another.
  return queries;
}

interface Figures {
  database: string;
  importSeconds: number;
  reimportSeconds: number;
  latency: Record<Kind | 'all', { median: number; p95: number }>;
  found: number;
  /** Typo queries whose intended structure (by name) is on the first page. */
  typoHits: number;
  typoTotal: number;
}

async function measure(
  runtime: Runtime,
  label: string,
  files: { structuresCsv: string; servicesCsv: string },
  queries: BenchQuery[],
): Promise<Figures> {
  const { ctx } = runtime;
  const runImport = async (): Promise<number> => {
    const id = await createDirectoryImport(ctx, {
      source: 'cli',
      createdBy: null,
      structuresFileName: 'bench-structures.csv',
      servicesFileName: 'bench-services.csv',
    });
    const started = performance.now();
    const summary = await importDirectory(ctx, id, files);
    if (summary.problemCount > 0) throw new Error(`${summary.problemCount} problems in bench data`);
    return (performance.now() - started) / 1000;
  };
  process.stdout.write(`${label}: importing...\n`);
  const importSeconds = await runImport();
  process.stdout.write(`${label}: import ${importSeconds.toFixed(1)} s; re-importing...\n`);
  const reimportSeconds = await runImport();
  // Warm-up, as a running portal would be.
  for (const q of queries.slice(0, 30)) await searchDirectory(ctx, q.input);
  const samples: Record<string, number[]> = {};
  let found = 0;
  let typoHits = 0;
  for (const q of queries) {
    const started = performance.now();
    const result = await searchDirectory(ctx, q.input);
    const ms = performance.now() - started;
    if (result.items.length > 0) found += 1;
    if (q.expected !== undefined && result.items.some((i) => i.name === q.expected)) typoHits += 1;
    (samples[q.kind] ??= []).push(ms);
    (samples.all ??= []).push(ms);
  }
  const latency = Object.fromEntries(
    Object.entries(samples).map(([kind, values]) => {
      const sorted = values.sort((a, b) => a - b);
      return [kind, { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) }];
    }),
  ) as Figures['latency'];
  const typoTotal = queries.filter((q) => q.expected !== undefined).length;
  return { database: label, importSeconds, reimportSeconds, latency, found, typoHits, typoTotal };
}

async function onPostgres(
  files: { structuresCsv: string; servicesCsv: string },
  queries: BenchQuery[],
): Promise<Figures> {
  const name = `chorale_bench_dir_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-bench-dir-'));
  const runtime = await createRuntime(
    loadConfig({ DATABASE_URL: url.toString(), DATA_DIR: dataDir, DEMO_DATA: 'false' }),
    { log: pino({ level: 'silent' }), manualWorker: true },
  );
  try {
    return await measure(runtime, 'PostgreSQL', files, queries);
  } finally {
    await runtime.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPglite(
  files: { structuresCsv: string; servicesCsv: string },
  queries: BenchQuery[],
): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-bench-dir-'));
  const runtime = await createRuntime(loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false' }), {
    log: pino({ level: 'silent' }),
    manualWorker: true,
  });
  try {
    return await measure(runtime, 'PGlite', files, queries);
  } finally {
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runDirectoryBench(): Promise<void> {
  let started = performance.now();
  // ~20% of structures have 1 to 3 services: ~80,000 services for 200,000 structures.
  const files = generateDirectory({
    structures: STRUCTURES,
    servicesOf: (random) => (random() < 0.2 ? 1 + Math.floor(random() * 3) : 0),
  });
  process.stdout.write(
    `generated ${files.structureCount} structures and ${files.serviceCount} services in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  started = performance.now();
  const queries = buildQueries(files.structuresCsv);
  const which = (process.env.BENCH_DIRECTORY_DBS ?? 'postgres,pglite').split(',');
  const results: Figures[] = [];
  if (which.includes('postgres')) results.push(await onPostgres(files, queries));
  if (which.includes('pglite')) results.push(await onPglite(files, queries));

  const ms = (v: number) => `${v.toFixed(1)}`.padStart(6);
  const lines = [
    '',
    `directory: ${files.structureCount} structures, ${files.serviceCount} services; ${queries.length} queries (${QUERIES_PER_KIND} per kind), 20 results per page`,
    'database     import   re-import   search median / p95 (ms): all | identifier prefix | name with a typo | city   found  typo: intended on page 1',
  ];
  for (const r of results) {
    const l = r.latency;
    lines.push(
      `${r.database.padEnd(11)} ${`${r.importSeconds.toFixed(1)} s`.padStart(7)} ${`${r.reimportSeconds.toFixed(1)} s`.padStart(10)}   ${ms(l.all.median)} /${ms(l.all.p95)} | ${ms(l['identifier prefix'].median)} /${ms(l['identifier prefix'].p95)} | ${ms(l['name with a typo'].median)} /${ms(l['name with a typo'].p95)} | ${ms(l.city.median)} /${ms(l.city.p95)}   ${r.found}/${queries.length}  ${r.typoHits}/${r.typoTotal}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
