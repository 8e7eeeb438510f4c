import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, sessionFrom } from './support/accounts';
import { waitForLink } from './support/mail-links';

const GOOD = {
  password: 'Une-chorale-bien-accordee-7',
  secretQuestion: 'Ville de mon premier concert ?',
  secretAnswer: 'Saint-Étienne',
};

describe('sign-up and activation', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  const signup = (payload: Record<string, unknown>) =>
    env.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload });

  it('names the missing or malformed field', async () => {
    const missing = await signup({ email: 'a@example.fr', lastName: 'Martin' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'INVALID_REQUEST',
      details: [{ field: 'firstName' }],
    });
    const bad = await signup({ email: 'not-an-email', firstName: 'A', lastName: 'B' });
    expect(bad.json()).toMatchObject({ details: [{ field: 'email' }] });
    const control = await signup({
      email: 'a@example.fr',
      firstName: 'A\r\nBcc: x@y.z',
      lastName: 'B',
    });
    expect(control.json()).toMatchObject({ details: [{ field: 'firstName' }] });
    const extra = await signup({
      email: 'a@example.fr',
      firstName: 'A',
      lastName: 'B',
      isOperator: true,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ details: [{ field: 'isOperator' }] });
  });

  it('mails an activation link through SMTP; following it sets the password and logs in', async () => {
    const res = await signup({
      email: 'Jeanne.Dupont@Example.fr',
      firstName: 'Jeanne',
      lastName: 'Dupont',
      contactEmail: 'compta@example.fr',
    });
    expect(res.statusCode).toBe(202);
    await env.drainJobs();
    const { token, mail } = await waitForLink(env.smtp, 'jeanne.dupont@example.fr', 'activation');
    expect(mail.subject).toBe('Activez votre compte Chorale');
    expect(mail.text).toContain('Bonjour Jeanne');
    expect(mail.html).toContain(`/activation/${token}`);

    const check = await env.app.inject({ method: 'GET', url: `/api/v1/auth/activation/${token}` });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toEqual({ email: 'jeanne.dupont@example.fr', firstName: 'Jeanne' });

    const activate = (body: Record<string, unknown>) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/activation',
        payload: { token, ...GOOD, ...body },
      });
    const short = await activate({ password: 'Court-1' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      reason: 'PASSWORD_POLICY',
      details: [{ field: 'password' }],
    });
    const common = await activate({ password: 'password123456' });
    expect(common.json()).toMatchObject({
      reason: 'PASSWORD_POLICY',
      details: [{ field: 'password' }],
    });
    const email = await activate({ password: 'jeanne.dupont@example.fr' });
    expect(email.json()).toMatchObject({
      reason: 'PASSWORD_POLICY',
      details: [{ field: 'password' }],
    });
    const noQuestion = await activate({ secretQuestion: '?' });
    expect(noQuestion.json()).toMatchObject({ details: [{ field: 'secretQuestion' }] });

    const ok = await activate({});
    expect(ok.statusCode).toBe(200);
    const body = ok.json<{ user: Record<string, unknown>; csrfToken: string }>();
    expect(body.user).toMatchObject({
      email: 'jeanne.dupont@example.fr',
      contactEmail: 'compta@example.fr',
      firstName: 'Jeanne',
      language: 'fr',
      totpEnabled: false,
      isOperator: false,
    });
    const session = sessionFrom(ok);
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: session.headers });
    expect(me.statusCode).toBe(200);

    const reused = await env.app.inject({ method: 'GET', url: `/api/v1/auth/activation/${token}` });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ reason: 'TOKEN_USED' });
    const reusedPost = await activate({});
    expect(reusedPost.json()).toMatchObject({ reason: 'TOKEN_USED' });

    const login = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'jeanne.dupont@example.fr', password: GOOD.password },
    });
    expect(login.statusCode).toBe(200);
  });

  it('refuses unknown and expired links; a resent link replaces the old one', async () => {
    const unknown = await env.app.inject({
      method: 'GET',
      url: `/api/v1/auth/activation/${'A'.repeat(43)}`,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'INVALID_REQUEST',
      reason: 'TOKEN_INVALID',
      details: [{ field: 'token' }],
    });

    await signup({
      email: 'lent@example.fr',
      firstName: 'Lucas',
      lastName: 'Lent',
      language: 'en',
    });
    await env.drainJobs();
    const first = await waitForLink(env.smtp, 'lent@example.fr', 'activation');
    expect(first.mail.subject).toBe('Activate your Chorale account');
    env.advanceClock(61 * 60_000);
    const expired = await env.app.inject({
      method: 'GET',
      url: `/api/v1/auth/activation/${first.token}`,
    });
    expect(expired.json()).toMatchObject({ reason: 'TOKEN_EXPIRED' });

    const before = env.smtp.messages.length;
    const resend = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/activation/resend',
      payload: { email: 'LENT@example.fr' },
    });
    expect(resend.statusCode).toBe(202);
    const nobody = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/activation/resend',
      payload: { email: 'nobody@example.fr' },
    });
    expect(nobody.statusCode).toBe(202);
    expect(nobody.json()).toEqual(resend.json());
    await env.drainJobs();
    const second = await waitForLink(env.smtp, 'lent@example.fr', 'activation', before);
    expect(second.token).not.toBe(first.token);
    expect(env.smtp.messages.slice(before).some((m) => m.to.includes('nobody@example.fr'))).toBe(
      false,
    );
    const ok = await env.app.inject({
      method: 'GET',
      url: `/api/v1/auth/activation/${second.token}`,
    });
    expect(ok.statusCode).toBe(200);
  });

  it('answers the same for an address that already has an account, and mails it a recovery link', async () => {
    const user = await createUser(env, { email: 'deja@example.fr' });
    const before = env.smtp.messages.length;
    const again = await signup({ email: user.email, firstName: 'X', lastName: 'Y' });
    const fresh = await signup({ email: 'nouveau@example.fr', firstName: 'X', lastName: 'Y' });
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(fresh.json());
    await env.drainJobs();
    const { mail } = await waitForLink(env.smtp, user.email, 'recovery', before);
    expect(mail.subject).toBe('Vous avez déjà un compte Chorale');
    const users = await env.ctx.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', user.email)
      .execute();
    expect(users).toHaveLength(1);
  });

  it("takes the browser's language when none is chosen", async () => {
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'anglais@example.fr', firstName: 'Ann', lastName: 'Smith' },
    });
    expect(res.json<{ message: string }>().message).toContain('If this address can be used');
    await env.drainJobs();
    const { mail } = await waitForLink(env.smtp, 'anglais@example.fr', 'activation');
    expect(mail.subject).toBe('Activate your Chorale account');
    expect(mail.text).toContain('Hello Ann');
  });

  it('does not let an unactivated account log in', async () => {
    await signup({ email: 'pasencore@example.fr', firstName: 'P', lastName: 'Q' });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'pasencore@example.fr', password: GOOD.password },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
  });

  it('refuses a disabled account with ACCOUNT_NOT_ACTIVE once the password is right', async () => {
    const user = await createUser(env, { status: 'disabled' });
    const res = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_NOT_ACTIVE' });
  });
});
