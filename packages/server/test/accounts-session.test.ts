import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, loginAs, sessionFrom } from './support/accounts';

describe('login, sessions and CSRF (A2)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  it('GET /me without a session is 401 UNAUTHENTICATED', async () => {
    const res = await env.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'UNAUTHENTICATED' });
  });

  it('login names the missing field, refuses wrong credentials the same way as unknown e-mails', async () => {
    const missing = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.fr' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'INVALID_REQUEST',
      details: [{ field: 'password' }],
    });

    const user = await createUser(env);
    const wrong = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'nope-nope-nope-nope' },
    });
    const unknown = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.fr', password: 'nope-nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ reason: string }>().reason).toBe('INVALID_CREDENTIALS');
    expect(unknown.json<{ message: string }>().message).toBe(
      wrong.json<{ message: string }>().message,
    );
  });

  it('logs in with HttpOnly SameSite=Lax cookies, rotates the session id, and the old id is refused', async () => {
    const user = await createUser(env, { language: 'en' });
    const first = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(first.statusCode).toBe(200);
    const session = first.cookies.find((c) => c.name === 'chorale_session');
    const csrf = first.cookies.find((c) => c.name === 'chorale_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(first.json<{ csrfToken: string }>().csrfToken).toBe(csrf?.value);

    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `chorale_session=${session?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: user.email, language: 'en', totpEnabled: false });

    // Logging in again from the same browser replaces the session: the old id stops working.
    const again = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: `chorale_session=${session?.value}`, 'x-csrf-token': csrf?.value ?? '' },
      payload: { email: user.email, password: user.password },
    });
    expect(again.statusCode).toBe(200);
    expect(again.cookies.find((c) => c.name === 'chorale_session')?.value).not.toBe(session?.value);
    const old = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `chorale_session=${session?.value}` },
    });
    expect(old.statusCode).toBe(401);
    expect(old.json()).toMatchObject({ reason: 'SESSION_EXPIRED' });
  });

  it('refuses a state-changing request without the CSRF token or from a foreign origin, and writes nothing', async () => {
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const noToken = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'CSRF_TOKEN_INVALID' });
    const badToken = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(badToken.json()).toMatchObject({ reason: 'CSRF_TOKEN_INVALID' });
    const foreign = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { ...s.headers, origin: 'https://evil.example' },
    });
    expect(foreign.json()).toMatchObject({ reason: 'CSRF_ORIGIN' });
    const withAuthorization = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, authorization: 'Bearer x' },
    });
    expect(withAuthorization.json()).toMatchObject({ reason: 'CSRF_TOKEN_INVALID' });
    // The session survived all four.
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(me.statusCode).toBe(200);

    const form = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `email=${encodeURIComponent(user.email)}&password=${encodeURIComponent(user.password)}`,
    });
    expect(form.statusCode).toBe(403);
    expect(form.json()).toMatchObject({ reason: 'CSRF_ORIGIN' });
    const foreignLogin = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://evil.example' },
      payload: { email: user.email, password: user.password },
    });
    expect(foreignLogin.json()).toMatchObject({ reason: 'CSRF_ORIGIN' });
    const sameOrigin = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: 'http://chorale.test' },
      payload: { email: user.email, password: user.password },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('logs out: the session ends and the cookies are cleared', async () => {
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const out = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: s.headers,
    });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'chorale_session')?.value).toBe('');
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(me.statusCode).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const user = await createUser(env);
    const idle = await loginAs(env, user.email, user.password);
    env.advanceClock(31 * 60_000);
    const late = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: idle.headers });
    expect(late.statusCode).toBe(401);
    expect(late.json()).toMatchObject({ reason: 'SESSION_EXPIRED' });

    const busy = await loginAs(env, user.email, user.password);
    for (let hour = 0; hour < 12 * 4; hour += 1) {
      env.advanceClock(15 * 60_000);
      const res = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: busy.headers });
      if (hour < 12 * 4 - 1) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });
});

describe('cookies over HTTPS (A2)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv({ PUBLIC_URL: 'https://chorale.test' });
  });
  afterAll(async () => {
    await env.close();
  });

  it('marks the cookies Secure and names the session cookie with the __Host- prefix', async () => {
    const user = await createUser(env);
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === '__Host-chorale_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session).not.toHaveProperty('domain');
    expect(res.cookies.find((c) => c.name === 'chorale_csrf')).toMatchObject({ secure: true });
    const s = sessionFrom(res);
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(me.statusCode).toBe(200);
  });
});
