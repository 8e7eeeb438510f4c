import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { createRuntime, type Runtime } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import {
  createDirectoryImport,
  importDirectory,
} from '../../packages/server/src/services/import-directory';
import { generateDirectory } from '../../packages/server/src/seed/directory-generator';
import {
  QUERIES_PER_KIND,
  buildQueries,
  runQueries,
  type BenchQuery,
  type SearchFigures,
} from './directory-bench-queries';

/**
 * The directory at Chorus Pro's size (~200,000 structures, ~80,000 services; BENCH_STRUCTURES
 * changes it): full import, re-import (the upsert path), and search latency over a few hundred
 * varied queries (identifier prefix, name with one typo per word, city), on PostgreSQL (a fresh database,
 * dropped at the end) and on PGlite (a temporary folder). `BENCH_DIRECTORY_DBS=postgres` runs one.
 */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STRUCTURES = Number(process.env.BENCH_STRUCTURES ?? 200_000);

interface Figures extends SearchFigures {
  database: string;
  importSeconds: number;
  reimportSeconds: number;
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
  return { database: label, importSeconds, reimportSeconds, ...(await runQueries(ctx, queries)) };
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
  const started = performance.now();
  // ~20% of structures have 1 to 3 services: ~80,000 services for 200,000 structures.
  const files = generateDirectory({
    structures: STRUCTURES,
    servicesOf: (random) => (random() < 0.2 ? 1 + Math.floor(random() * 3) : 0),
  });
  process.stdout.write(
    `generated ${files.structureCount} structures and ${files.serviceCount} services in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  const queries = buildQueries(files.structuresCsv);
  const which = (process.env.BENCH_DIRECTORY_DBS ?? 'postgres,pglite').split(',');
  const header = [
    `directory: ${files.structureCount} structures, ${files.serviceCount} services; ${queries.length} queries (${QUERIES_PER_KIND} per kind), 20 results per page`,
    'database     import   re-import   search median / p95 (ms): all | identifier prefix | name with a typo | city   found  typo: intended on page 1',
  ];
  const ms = (v: number) => `${v.toFixed(1)}`.padStart(6);
  const lineOf = (r: Figures): string => {
    const l = r.latency;
    return `${r.database.padEnd(11)} ${`${r.importSeconds.toFixed(1)} s`.padStart(7)} ${`${r.reimportSeconds.toFixed(1)} s`.padStart(10)}   ${ms(l.all.median)} /${ms(l.all.p95)} | ${ms(l['identifier prefix'].median)} /${ms(l['identifier prefix'].p95)} | ${ms(l['name with a typo'].median)} /${ms(l['name with a typo'].p95)} | ${ms(l.city.median)} /${ms(l.city.p95)}   ${r.found}/${queries.length}  ${r.typoHits}/${r.typoTotal} (${((100 * r.typoHits) / r.typoTotal).toFixed(0)}%)`;
  };
  const results: Figures[] = [];
  const run = async (measureOn: () => Promise<Figures>): Promise<void> => {
    const r = await measureOn();
    results.push(r);
    // Each engine's figures as soon as they are known: the next one takes minutes.
    process.stdout.write(`${[...header, lineOf(r)].join('\n')}\n`);
    // Latency on a shared machine depends on what else runs: the load is part of the figures.
    process.stdout.write(
      `load average (1, 5, 15 min): ${os
        .loadavg()
        .map((v) => v.toFixed(1))
        .join(', ')}\n`,
    );
    process.stdout.write(
      `${r.database}: typo queries whose intended structure is not on page 1:\n`,
    );
    const b = r.best;
    process.stdout.write(
      `${r.database}: best of 3 runs per query, median / p95 (ms): all ${b.all.median.toFixed(1)} / ${b.all.p95.toFixed(1)}, identifier prefix ${b['identifier prefix'].median.toFixed(1)} / ${b['identifier prefix'].p95.toFixed(1)}, name with a typo ${b['name with a typo'].median.toFixed(1)} / ${b['name with a typo'].p95.toFixed(1)}, city ${b.city.median.toFixed(1)} / ${b.city.p95.toFixed(1)}\n`,
    );
    process.stdout.write(
      `${r.database}: the typo queries by trigram similarity alone: ${r.trigram.median.toFixed(1)} / ${r.trigram.p95.toFixed(1)} ms, intended on page 1 ${r.trigram.hits}/${r.typoTotal}\n`,
    );
    for (const miss of r.misses) process.stdout.write(`  ${miss}\n`);
  };
  if (which.includes('postgres')) await run(() => onPostgres(files, queries));
  if (which.includes('pglite')) await run(() => onPglite(files, queries));
  const lines = ['', ...header, ...results.map(lineOf)];
  process.stdout.write(`${lines.join('\n')}\n`);
}
