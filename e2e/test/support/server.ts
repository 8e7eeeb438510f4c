import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../../packages/server/src/bootstrap';
import { loadConfig } from '../../../packages/server/src/config';
import { buildApp } from '../../../packages/server/src/http/app';

export interface PortalServer {
  baseUrl: string;
  dataDir: string;
  /** The server's context, for journeys that need demo data or a setting first. */
  ctx: Runtime['ctx'];
  close(): Promise<void>;
}

const WEB_INDEX = path.resolve(import.meta.dirname, '../../../packages/web/dist/index.html');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real portal as `npm start` runs it (built front end, API, job worker), in this process, on
 * an embedded database in a temporary folder and with mail written to its outbox: what a person
 * trying Chorale on their machine gets. The port is chosen first so that the links in mails
 * (PUBLIC_URL) point at it.
 */
export async function startPortal(env: Record<string, string> = {}): Promise<PortalServer> {
  if (!fs.existsSync(WEB_INDEX))
    throw new Error('packages/web/dist is missing: run `npm run build -w packages/web` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chorale-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DEMO_DATA: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const runtime = await createRuntime(config);
  const app = await buildApp(runtime.ctx, { serveWeb: true });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl,
    dataDir,
    ctx: runtime.ctx,
    close: async () => {
      await app.close();
      await runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
