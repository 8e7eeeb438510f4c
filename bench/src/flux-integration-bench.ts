import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { createRuntime } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { buildApp } from '../../packages/server/src/http/app';
import type { TestEnv } from '../../packages/server/test/support/app';
import { buildZip } from '../../packages/server/test/support/flux-archives';
import { depositJson, ubl } from '../../packages/server/test/support/flux-deposits';
import { publicStructure } from '../../packages/server/test/support/invoices';
import {
  person,
  setRequireValidation,
  structureOf,
} from '../../packages/server/test/support/structures';

/**
 * End-to-end integration of fluxes of 500 realistic invoices (UBL written by @chorale/einvoice,
 * 1 to 5 lines, 5 % refused by EN 16931), by `chorale worker` processes: PostgreSQL with 1 and 2
 * workers, and PGlite with its one worker. Deposits go through the API first; the clock runs from
 * the first flux started to the last finished (database timestamps), so process start-up is not
 * counted. Each worker reports per flux the time spent reading + validating (in its reading
 * threads, FLUX_READ_THREADS) and storing, which overlap, and how long storing waited for reading.
 * BENCH_FLUX_INVOICES, BENCH_FLUXES_1 and BENCH_FLUXES_2 change the volumes.
 */
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PER_FLUX = Number(process.env.BENCH_FLUX_INVOICES ?? 500);
const FLUXES_ONE = Number(process.env.BENCH_FLUXES_1 ?? 2);
const FLUXES_TWO = Number(process.env.BENCH_FLUXES_2 ?? 20);
/** What each worker's FLUX_READ_THREADS comes to (the default depends on the cores). */
const THREADS = loadConfig({ FLUX_READ_THREADS: process.env.FLUX_READ_THREADS }).fluxReadThreads;
const BIN = path.resolve(import.meta.dirname, '../../packages/server/bin/chorale.js');

interface Setting {
  label: string;
  env: Record<string, string>;
  workers: number;
  fluxes: number;
}

async function deposit(env: Record<string, string>, fluxes: number): Promise<void> {
  const runtime = await createRuntime(loadConfig(env), {
    log: pino({ level: 'silent' }),
    manualWorker: true,
  });
  const app = await buildApp(runtime.ctx);
  await app.ready();
  const t = { app, ctx: runtime.ctx } as unknown as TestEnv;
  try {
    await setRequireValidation(t, false);
    const supplier = await person(t);
    const structure = await structureOf(t, supplier, 'Menuiserie Dupont');
    const recipient = await publicStructure(t, { name: 'Commune', services: [{ code: 'FIN' }] });
    const parties = {
      supplier: { siret: structure.siret, name: 'Menuiserie Dupont' },
      recipient: { siret: recipient.siret, name: 'Commune' },
    };
    for (let f = 0; f < fluxes; f++) {
      const zip = buildZip(
        Array.from({ length: PER_FLUX }, (_, i) => ({
          name: `F${f}-${i}.xml`,
          data: ubl(parties, {
            number: `B${f}-${i}`,
            lines: 1 + (i % 5),
            withoutSellerVat: i % 20 === 19,
          }),
        })),
      );
      const res = await depositJson(t, supplier, zip, {
        structureId: structure.id,
        fileName: `lot-${f}.zip`,
      });
      if (res.statusCode !== 202) throw new Error(`deposit: ${res.statusCode} ${res.body}`);
    }
  } finally {
    await app.close();
    await runtime.close();
  }
}

async function integrate(s: Setting): Promise<void> {
  await deposit(s.env, s.fluxes);
  const split = { readMs: 0, readWaitMs: 0, storeMs: 0 };
  let done = 0;
  const children = Array.from({ length: s.workers }, () =>
    spawn(process.execPath, [BIN, 'worker', '--poll-ms', '50'], {
      env: { ...process.env, ...s.env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  const finished = new Promise<void>((resolve, reject) => {
    for (const child of children) {
      // A worker that stops before the last flux would leave the bench waiting for ever.
      child.once('exit', (code) => {
        if (done < s.fluxes)
          reject(new Error(`chorale worker exited (code ${code}) after ${done} fluxes`));
      });
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.includes('"flux integrated"')) continue;
          const l = JSON.parse(line) as { readMs: number; readWaitMs: number; storeMs: number };
          split.readMs += l.readMs;
          split.readWaitMs += l.readWaitMs;
          split.storeMs += l.storeMs;
          done += 1;
          if (done === s.fluxes) resolve();
        }
      });
    }
  });
  const exits = children.map(
    (c) =>
      new Promise((r) =>
        c.exitCode !== null || c.signalCode !== null ? r(null) : c.on('exit', r),
      ),
  );
  try {
    await finished;
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(exits);
  }
  const runtime = await createRuntime(loadConfig(s.env), {
    log: pino({ level: 'silent' }),
    manualWorker: true,
  });
  const rows = await runtime.ctx.db
    .selectFrom('fluxes')
    .select(['started_at', 'finished_at', 'accepted_count', 'refused_count', 'status'])
    .execute();
  await runtime.close();
  const start = Math.min(...rows.map((r) => r.started_at!.getTime()));
  const end = Math.max(...rows.map((r) => r.finished_at!.getTime()));
  const perFlux = rows.map((r) => r.finished_at!.getTime() - r.started_at!.getTime());
  const invoices = rows.reduce((n, r) => n + r.accepted_count + r.refused_count, 0);
  const accepted = rows.reduce((n, r) => n + r.accepted_count, 0);
  const seconds = (end - start) / 1000;
  const perFluxS = (ms: number) => (ms / s.fluxes / 1000).toFixed(2);
  process.stdout.write(
    `${s.label.padEnd(38)} ${s.fluxes} flux × ${PER_FLUX}: ${seconds.toFixed(1)} s, ` +
      `${(invoices / seconds).toFixed(0)} invoices/s, ${accepted} accepted; ` +
      `per flux median ${(perFlux.sort((a, b) => a - b)[Math.floor(perFlux.length / 2)]! / 1000).toFixed(2)} s; ` +
      `per flux: read+validate ${perFluxS(split.readMs)} s (storing waited for it ${perFluxS(split.readWaitMs)} s), ` +
      `store ${perFluxS(split.storeMs)} s\n`,
  );
}

async function withPostgres(work: (url: string) => Promise<void>): Promise<void> {
  const name = `chorale_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  try {
    await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function runFluxIntegrationBench(): Promise<void> {
  const common = { DEMO_DATA: 'false', AUTH_RATE_LIMIT_PER_MINUTE: '100000' };
  for (const [workers, fluxes] of [
    [1, FLUXES_ONE],
    [2, FLUXES_TWO],
  ] as const) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-bench-'));
    await withPostgres((url) =>
      integrate({
        label: `PostgreSQL, ${workers} worker(s) × ${THREADS} threads`,
        env: { ...common, DATABASE_URL: url, DATA_DIR: dataDir },
        workers,
        fluxes,
      }),
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-bench-'));
  await integrate({
    label: `PGlite, 1 worker × ${THREADS} threads`,
    env: { ...common, DATA_DIR: dataDir, DATABASE_URL: '' },
    workers: 1,
    fluxes: 1,
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
}
