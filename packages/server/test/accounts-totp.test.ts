import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, loginAs } from './support/accounts';

describe('two-factor authentication (TOTP)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  const codeFor = (secret: string, at = env.ctx.now()) =>
    new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({
      timestamp: at.getTime(),
    });
  const login = (email: string, password: string, totpCode?: string) =>
    env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, ...(totpCode ? { totpCode } : {}) },
    });

  it('sets up with a QR code, enables with a code, then asks for it at login', async () => {
    // The replay checks below need the enabling code's 30 s window to last until they run: start
    // just after a window begins, so that the real clock cannot cross into the next one meanwhile.
    env.advanceClock(30_000 - (env.ctx.now().getTime() % 30_000) + 500);
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const early = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      headers: s.headers,
      payload: { code: '123456' },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ reason: 'TOTP_SETUP_REQUIRED' });

    const setup = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/setup',
      headers: s.headers,
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrSvg } = setup.json<{
      secret: string;
      otpauthUrl: string;
      qrSvg: string;
    }>();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Chorale:.*secret=/);
    expect(qrSvg).toContain('<svg');

    const missing = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      headers: s.headers,
      payload: {},
    });
    expect(missing.json()).toMatchObject({ details: [{ field: 'code' }] });
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      headers: s.headers,
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ reason: 'TOTP_INVALID', details: [{ field: 'code' }] });
    const enable = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      headers: s.headers,
      payload: { code: codeFor(secret) },
    });
    expect(enable.statusCode).toBe(200);
    const { recoveryCodes } = enable.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers })).json(),
    ).toMatchObject({ totpEnabled: true });

    const noCode = await login(user.email, user.password);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json()).toMatchObject({ reason: 'TOTP_REQUIRED' });
    const badCode = await login(user.email, user.password, '999999');
    expect(badCode.json()).toMatchObject({ reason: 'TOTP_INVALID' });
    // The code used to enable is not accepted again (no replay within its window).
    const replay = await login(user.email, user.password, codeFor(secret));
    expect(replay.json()).toMatchObject({ reason: 'TOTP_INVALID' });

    env.advanceClock(30_000);
    const code = codeFor(secret);
    expect((await login(user.email, user.password, code)).statusCode).toBe(200);
    expect((await login(user.email, user.password, code)).json()).toMatchObject({
      reason: 'TOTP_INVALID',
    });

    // A recovery code works once, in place of the app's code.
    const recovery = recoveryCodes[0] ?? '';
    expect((await login(user.email, user.password, recovery.toUpperCase())).statusCode).toBe(200);
    expect((await login(user.email, user.password, recovery)).json()).toMatchObject({
      reason: 'TOTP_INVALID',
    });

    const events = await env.ctx.db
      .selectFrom('security_events')
      .select(['type', 'detail'])
      .where('user_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toContain('TOTP_ENABLED');
    expect(events.filter((e) => e.type === 'LOGIN').map((e) => e.detail.method)).toEqual([
      'password',
      'totp',
      'recovery_code',
    ]);
  });

  it('counts wrong codes toward the lockout', async () => {
    const user = await createUser(env);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await env.ctx.db
      .updateTable('users')
      .set({ totp_secret: secret, totp_enabled_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    for (let i = 0; i < 4; i += 1)
      expect((await login(user.email, user.password, '000001')).statusCode).toBe(401);
    const fifth = await login(user.email, user.password, '000001');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
    expect((await login(user.email, user.password, codeFor(secret))).statusCode).toBe(429);
  });

  it('disables with the password only', async () => {
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const { secret } = (
      await env.app.inject({ method: 'POST', url: '/api/v1/me/totp/setup', headers: s.headers })
    ).json<{ secret: string }>();
    await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/enable',
      headers: s.headers,
      payload: { code: codeFor(secret) },
    });
    const again = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/setup',
      headers: s.headers,
    });
    expect(again.statusCode).toBe(409);
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/disable',
      headers: s.headers,
      payload: { password: 'pas-le-bon-mot' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      reason: 'WRONG_PASSWORD',
      details: [{ field: 'password' }],
    });
    const ok = await env.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/disable',
      headers: s.headers,
      payload: { password: user.password },
    });
    expect(ok.statusCode).toBe(204);
    expect((await login(user.email, user.password)).statusCode).toBe(200);
    await env.drainJobs();
    await env.smtp.waitFor(
      (m) => m.to.includes(user.email) && m.subject === 'Double authentification désactivée',
    );
  });
});
