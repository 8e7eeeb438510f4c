import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../src/bootstrap';
import { loadConfig } from '../src/config';
import { buildApp } from '../src/http/app';
import type { TestEnv } from './support/app';
import { createServerDatabase } from './support/database';
import { buildZip } from './support/flux-archives';
import { depositJson, ubl, type FluxParties } from './support/flux-deposits';
import { publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf } from './support/structures';

// A worker process killed (SIGKILL) in the middle of a flux leaves nothing half-done, and another
// worker finishes it: every invoice integrated exactly once. Everything that touches the database
// while a worker runs is a separate process, so this holds for PGlite's data directory too (one
// process at a time) as for PostgreSQL.

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/chorale.js');
const INVOICES = 300;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-kill-'));
let databaseUrl: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

function baseEnv(): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    PUBLIC_URL: 'http://chorale.test',
    LOG_LEVEL: 'info',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
}

async function createDatabase(): Promise<void> {
  const server = await createServerDatabase('chorale_kill');
  databaseUrl = server?.url;
  dropDatabase = server?.drop;
}

/** Opens the database in this process, runs `work`, and closes it again (PGlite: one holder). */
async function withApp<T>(work: (env: TestEnv) => Promise<T>): Promise<T> {
  const config = loadConfig(baseEnv());
  const runtime = await createRuntime(config, {
    log: pino({ level: 'silent' }),
    manualWorker: true,
  });
  const app = await buildApp(runtime.ctx);
  await app.ready();
  const env = {
    app,
    ctx: runtime.ctx,
    advanceClock: () => undefined,
    drainJobs: () => runtime.ctx.worker.drain(),
  } as unknown as TestEnv;
  try {
    return await work(env);
  } finally {
    await app.close();
    await runtime.close();
  }
}

interface Worker {
  child: ChildProcess;
  /** Resolves with the first log line matching `match`. */
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs: number,
  ): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

function startWorker(): Worker {
  const child = spawn(
    process.execPath,
    [BIN, 'worker', '--poll-ms', '100', '--lease-seconds', '3'],
    {
      env: { ...process.env, ...baseEnv(), ...(databaseUrl ? {} : { DATABASE_URL: '' }) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: Record<string, unknown>[] = [];
  const waiters: Array<{
    match: (l: Record<string, unknown>) => boolean;
    resolve: (l: Record<string, unknown>) => void;
  }> = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let line: Record<string, unknown>;
      try {
        line = JSON.parse(text) as Record<string, unknown>;
      } catch {
        continue;
      }
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    waitFor: (match, timeoutMs) => {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `worker: no matching log line in ${timeoutMs} ms\n${stderr}\n${lines
                  .slice(-15)
                  .map((l) => JSON.stringify(l))
                  .join('\n')}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
  };
}

afterAll(async () => {
  await dropDatabase?.();
  if (process.env.KEEP_KILL_DIR) process.stderr.write(`kept ${dataDir}\n`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a worker killed mid-flux', () => {
  it('leaves nothing half-done; another worker integrates every invoice exactly once', async () => {
    await createDatabase();
    // 1. Deposit a flux of 300 invoices (5 % invalid) through the API; nothing integrates it yet.
    const fluxId = await withApp(async (env) => {
      await setRequireValidation(env, false);
      const supplier = await person(env);
      const structure = await structureOf(env, supplier, 'Menuiserie Dupont');
      const recipient = await publicStructure(env, {
        name: 'Commune de Rouen',
        services: [{ code: 'FIN' }],
      });
      const parties: FluxParties = {
        supplier: { siret: structure.siret, name: 'Menuiserie Dupont' },
        recipient: { siret: recipient.siret, name: 'Commune de Rouen' },
      };
      const zip = buildZip(
        Array.from({ length: INVOICES }, (_, i) => ({
          name: `lot/F-${i + 1}.xml`,
          data: ubl(parties, { number: `KILL-${i + 1}`, withoutSellerVat: i % 20 === 19 }),
        })),
      );
      const res = await depositJson(env, supplier, zip, {
        structureId: structure.id,
        fileName: 'lot.zip',
      });
      expect(res.statusCode, res.body).toBe(202);
      return res.json<{ id: string }>().id;
    });

    // 2. A worker starts on it and is killed after its first committed chunk.
    const first = startWorker();
    const progress = await first.waitFor((l) => l.msg === 'flux chunk integrated', 120_000);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(progress.processed).toBeLessThan(INVOICES);

    // 3. What the killed worker left: whole chunks only, each item's invoice there exactly once.
    const middle = await withApp(async (env) => {
      const items = await env.ctx.db
        .selectFrom('flux_items')
        .select(['status', 'invoice_id'])
        .where('flux_id', '=', fluxId)
        .execute();
      const invoices = await env.ctx.db
        .selectFrom('invoices')
        .select('id')
        .where('flux_id', '=', fluxId)
        .execute();
      return { items, invoices: invoices.length };
    });
    const accepted = middle.items.filter((i) => i.status === 'accepted');
    expect(middle.items.some((i) => i.status === 'pending')).toBe(true);
    expect(accepted.length).toBeGreaterThan(0);
    expect(middle.invoices).toBe(accepted.length);

    // 4. Another worker takes the job over (the dead one's lease runs out) and finishes.
    const second = startWorker();
    await second.waitFor(
      (l) => l.msg === 'flux integrated' && l.fluxId === fluxId,
      Number(process.env.KILL_WAIT_MS ?? 240_000),
    );
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // 5. Exactly once: every item done, one invoice per accepted item, no number twice.
    await withApp(async (env) => {
      const flux = await env.ctx.db
        .selectFrom('fluxes')
        .selectAll()
        .where('id', '=', fluxId)
        .executeTakeFirstOrThrow();
      const items = await env.ctx.db
        .selectFrom('flux_items')
        .select(['status', 'invoice_id', 'findings'])
        .where('flux_id', '=', fluxId)
        .execute();
      const invoices = await env.ctx.db
        .selectFrom('invoices')
        .select(['id', 'number'])
        .where('flux_id', '=', fluxId)
        .execute();
      const refused = INVOICES / 20;
      expect(flux.status).toBe('IN_INTEGRE_PARTIEL');
      expect({
        total: flux.total_count,
        processed: flux.processed_count,
        accepted: flux.accepted_count,
        refused: flux.refused_count,
      }).toEqual({ total: INVOICES, processed: INVOICES, accepted: INVOICES - refused, refused });
      expect(items.filter((i) => i.status === 'pending')).toEqual([]);
      expect(invoices).toHaveLength(INVOICES - refused);
      expect(new Set(invoices.map((i) => i.number)).size).toBe(invoices.length);
      const linked = items.filter((i) => i.status === 'accepted').map((i) => i.invoice_id);
      expect(new Set(linked)).toEqual(new Set(invoices.map((i) => i.id)));
      for (const item of items.filter((i) => i.status === 'refused')) {
        expect(item.findings.map((f) => f.rule)).toContain('BR-S-02');
      }
    });
  }, 600_000);
});
