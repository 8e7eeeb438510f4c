import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createRuntime, type Runtime } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import type { AppContext } from '../../src/context';
import { buildApp, type App } from '../../src/http/app';
import { createTestDatabase } from './database';
import { startTestSmtp, type TestSmtp } from './smtp';

export interface TestEnv {
  app: App;
  ctx: AppContext;
  smtp: TestSmtp;
  /** Moves the clock seen by services (link expiry, lockouts, sessions). */
  advanceClock(ms: number): void;
  /** Runs every queued job (mail, ...) now. */
  drainJobs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real application for integration tests: real database (PostgreSQL when DATABASE_URL is set,
 * else PGlite), real SMTP server in-process, requests through Fastify's inject.
 */
export async function createTestEnv(env: Record<string, string> = {}): Promise<TestEnv> {
  const smtp = await startTestSmtp();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    PUBLIC_URL: 'http://chorale.test',
    DEMO_DATA: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const database = await createTestDatabase();
  let offset = 0;
  const runtime: Runtime = await createRuntime(config, {
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    database,
    manualWorker: true,
  });
  runtime.ctx.now = () => new Date(Date.now() + offset);
  const app = await buildApp(runtime.ctx);
  await app.ready();
  return {
    app,
    ctx: runtime.ctx,
    smtp,
    advanceClock: (ms) => {
      offset += ms;
    },
    drainJobs: () => runtime.ctx.worker.drain(),
    close: async () => {
      await app.close();
      await runtime.close();
      await smtp.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
