import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';
import { queueMail } from '../src/mail/mailer';
import { createTestEnv, type TestEnv } from './support/app';

describe('configuration', () => {
  it('reports every bad variable by name', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SMTP_URL: 'not a url',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT: must be a whole number');
    expect(problems).toContain('DATABASE_URL: must start with postgres://');
    expect(problems).toContain('SMTP_URL: not a valid URL');
    expect(problems).toContain('LOG_LEVEL: must be one of');
  });

  it('defaults to the embedded database, port 3000 and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/data$/);
    expect(config.demoData).toBe(true);
    // Forwarded-for headers are ignored unless a proxy is declared: clients cannot pick their IP.
    expect(config.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });
});

describe('HTTP foundation', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  it('reports database and mail health', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      status: string;
      database: { status: string; kind: string };
      mail: { status: string };
    }>();
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ status: 'ok', kind: env.ctx.dbKind });
    expect(body.mail).toMatchObject({ status: 'ok', kind: 'smtp' });
  });

  it('answers unknown routes with the error shape, a request id, in the caller language', async () => {
    const fr = await env.app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(fr.statusCode).toBe(404);
    const body = fr.json<{ code: string; message: string; requestId: string }>();
    expect(body.code).toBe('NOT_FOUND');
    expect(body.message).toBe("Cette adresse n'existe pas.");
    expect(body.requestId).toBe(fr.headers['x-request-id']);

    const en = await env.app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    });
    expect(en.json<{ message: string }>().message).toBe('No such address.');
  });

  it('keeps a well-formed caller request id', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'erp-call-12345678' },
    });
    expect(res.headers['x-request-id']).toBe('erp-call-12345678');
  });

  it('serves the OpenAPI document and its browsable page', async () => {
    const json = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(json.statusCode).toBe(200);
    const doc = json.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/health']).toBeDefined();
    const page = await env.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('sends queued mail through SMTP only when the job runs', async () => {
    await queueMail(env.ctx.db, {
      to: 'someone@example.fr',
      subject: 'Bonjour',
      text: 'Corps du message',
    });
    expect(env.smtp.messages.some((m) => m.subject === 'Bonjour')).toBe(false);
    await env.drainJobs();
    const mail = await env.smtp.waitFor((m) => m.subject === 'Bonjour');
    expect(mail.to).toEqual(['someone@example.fr']);
    expect(mail.text.trim()).toBe('Corps du message');
  });
});
