import { keepInvoicesYoung } from '@chorale/einvoice';
import { ConfigError, loadConfig } from './config';
import { createRuntime } from './bootstrap';
import { buildApp } from './http/app';
import { warmRecognizer } from './services/pdf-deposits/recognize-isolated';
import { demoCredentials, seedDemoData } from './seed/demo';

/** `npm start`: configuration, database and migrations, demo data, then the HTTP server. */
export async function start(_args: string[]): Promise<void> {
  // Before the database and the demo data make long-lived objects: see keepInvoicesYoung.
  keepInvoicesYoung();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const started = Date.now();
  const runtime = await createRuntime(config);
  const { ctx } = runtime;
  if (config.demoData) await seedDemoData(ctx);
  const app = await buildApp(ctx, { serveWeb: true });
  await app.listen({ port: config.port, host: config.host });
  // The PDF deposit recogniser loads in the background, so the first supplier does not wait for it.
  warmRecognizer();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  const lines = [
    '',
    `Chorale is running at http://localhost:${port} (ready in ${Date.now() - started} ms)`,
    `  database: ${ctx.dbKind === 'pglite' ? `embedded PGlite in ${config.dataDir}/pgdata` : 'PostgreSQL server'}`,
    `  mail: ${ctx.mailer.kind === 'smtp' ? 'SMTP' : `written to ${ctx.mailer.outboxDir} (see http://localhost:${port}/dev/outbox)`}`,
  ];
  if (config.demoData) {
    const credentials = await demoCredentials(ctx);
    if (credentials.length > 0) {
      lines.push('  demo accounts:');
      for (const c of credentials)
        lines.push(`    ${c.role.padEnd(28)} ${c.email.padEnd(34)} ${c.password}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    ctx.log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => runtime.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
