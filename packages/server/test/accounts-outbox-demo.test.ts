import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCredentials, seedDemoData } from '../src/seed/demo';
import { createTestEnv, type TestEnv } from './support/app';
import { loginAs } from './support/accounts';

describe('developer outbox page (no SMTP configured)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ SMTP_URL: '' });
  });
  afterAll(async () => {
    await env.close();
  });

  it('lists written mails newest first and shows one with its link clickable', async () => {
    expect(env.ctx.mailer.kind).toBe('outbox');
    const empty = await env.app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('No mail yet');

    await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'essai@example.fr', firstName: 'Eve', lastName: '<b>Essai</b>' },
    });
    await env.drainJobs();
    const list = await env.app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(list.headers['content-type']).toContain('text/html');
    expect(list.headers['content-security-policy']).toContain("default-src 'none'");
    expect(list.body).toContain('essai@example.fr');
    expect(list.body).toContain('Activez votre compte Chorale');
    const href = /href="(\/dev\/outbox\/[^"]+\.eml)"/.exec(list.body)?.[1] ?? '';
    const mail = await env.app.inject({ method: 'GET', url: href });
    expect(mail.statusCode).toBe(200);
    expect(mail.body).toMatch(/<a href="http:\/\/chorale\.test\/activation\/[A-Za-z0-9_-]+">/);
  });

  it('refuses anything but an outbox file name', async () => {
    for (const url of [
      '/dev/outbox/..%2F..%2Fetc%2Fpasswd',
      '/dev/outbox/..%2Fpgdata',
      '/dev/outbox/x.txt',
      '/dev/outbox/nope.eml',
    ]) {
      const res = await env.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('is not in the OpenAPI document', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/dev'))).toBe(false);
    expect(doc.paths['/api/v1/auth/login']).toBeDefined();
  });

  it('creates demo accounts once; the first one printed logs in', async () => {
    const first = await seedDemoData(env.ctx);
    expect(first?.[0]).toMatchObject({ email: 'operateur@chorale.localhost' });
    expect(await seedDemoData(env.ctx)).toBeUndefined();
    const credentials = await demoCredentials(env.ctx);
    const operator = credentials[0];
    if (!operator) throw new Error('no demo account');
    const s = await loginAs(env, operator.email, operator.password);
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(me.json()).toMatchObject({ email: operator.email, isOperator: true });
    for (const c of credentials.filter((x) => x.email.endsWith('@demo.chorale.localhost'))) {
      const res = await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: c.email, password: c.password },
      });
      expect(res.statusCode, c.email).toBe(200);
      expect(res.json()).toMatchObject({ user: { isOperator: false } });
    }
  });
});

describe('without the outbox (SMTP configured)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  it('has no developer mail page', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/dev/outbox' });
    expect(res.statusCode).toBe(404);
  });
});
