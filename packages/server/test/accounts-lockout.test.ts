import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, loginAs } from './support/accounts';

describe('brute force: lockout and per-IP rate limit (A1)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ AUTH_RATE_LIMIT_PER_MINUTE: '20' });
  });
  afterAll(async () => {
    await env.close();
  });

  const login = (email: string, password: string, ip: string) =>
    env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      payload: { email, password },
    });

  it('locks the account after 5 wrong passwords for one hour, says until when, mails and journals it', async () => {
    const user = await createUser(env, { language: 'en' });
    const statuses: number[] = [];
    let lockedBody: { reason?: string; message?: string; data?: { lockedUntil: string } } = {};
    let retryAfter: string | undefined;
    // 20 bad passwords from 20 addresses (so that only the account lockout is at work).
    for (let i = 0; i < 20; i += 1) {
      const res = await login(user.email, `Mauvais-mot-de-passe-${i}`, `10.1.0.${i + 1}`);
      statuses.push(res.statusCode);
      if (i === 4) {
        lockedBody = res.json();
        retryAfter = res.headers['retry-after'];
      }
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4).every((s) => s === 429)).toBe(true);
    expect(lockedBody.reason).toBe('ACCOUNT_LOCKED');
    const until = new Date(lockedBody.data?.lockedUntil ?? '');
    expect(until.getTime() - env.ctx.now().getTime()).toBeGreaterThan(59 * 60_000);
    expect(Number(retryAfter)).toBeGreaterThan(3500);
    expect(lockedBody.message).toMatch(
      /verrouillé après 5 tentatives infructueuses, jusqu'au .* \(heure de Paris\)/,
    );

    // The right password does not open a locked account.
    const right = await login(user.email, user.password, '10.1.1.1');
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ reason: 'ACCOUNT_LOCKED' });

    await env.drainJobs();
    const mail = await env.smtp.waitFor(
      (m) => m.to.includes(user.email) && m.subject === 'Account temporarily locked',
    );
    expect(mail.text).toContain('locked until');
    const events = await env.ctx.db
      .selectFrom('security_events')
      .select('type')
      .where('user_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.type)).toEqual([...Array<string>(5).fill('LOGIN_FAILED'), 'LOCKED']);

    env.advanceClock(61 * 60_000);
    const after = await login(user.email, user.password, '10.1.1.2');
    expect(after.statusCode).toBe(200);
  });

  it('resets the failure count on success', async () => {
    const user = await createUser(env);
    for (let i = 0; i < 4; i += 1) await login(user.email, 'Pas-le-bon-mot', `10.2.0.${i + 1}`);
    await loginAs(env, user.email, user.password);
    for (let i = 0; i < 4; i += 1) {
      const res = await login(user.email, 'Pas-le-bon-mot', `10.2.1.${i + 1}`);
      expect(res.statusCode).toBe(401);
    }
  });

  it('throttles one IP trying many accounts: 429 RATE_LIMITED with Retry-After, other IPs unaffected', async () => {
    env.advanceClock(60_000);
    const victim = await createUser(env);
    const statuses: number[] = [];
    let limited: { headers: Record<string, unknown>; body: { reason?: string } } | undefined;
    for (let i = 0; i < 200; i += 1) {
      const res = await login(`compte-${i}@example.fr`, 'Essai-de-mot-de-passe', '10.9.9.9');
      statuses.push(res.statusCode);
      if (res.statusCode === 429 && !limited) limited = { headers: res.headers, body: res.json() };
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect(limited?.body.reason).toBe('RATE_LIMITED');
    const retry = Number(limited?.headers['retry-after']);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // The attacker's address is refused even with the right password; the victim elsewhere is not.
    expect((await login(victim.email, victim.password, '10.9.9.9')).statusCode).toBe(429);
    expect((await login(victim.email, victim.password, '10.8.8.8')).statusCode).toBe(200);
    env.advanceClock(61_000);
    expect((await login(victim.email, victim.password, '10.9.9.9')).statusCode).toBe(200);
  });

  it('rate-limits sign-up and recovery per IP as well', async () => {
    env.advanceClock(60_000);
    const codes: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const res = await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/recovery',
        remoteAddress: '10.7.7.7',
        payload: { email: `r${i}@example.fr` },
      });
      codes.push(res.statusCode);
    }
    expect(codes.filter((c) => c === 202)).toHaveLength(20);
    expect(codes.slice(20).every((c) => c === 429)).toBe(true);
    const signup = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      remoteAddress: '10.7.7.7',
      payload: { email: 'x@example.fr', firstName: 'X', lastName: 'Y' },
    });
    // Sign-up has its own counter.
    expect(signup.statusCode).toBe(202);
  });
});
