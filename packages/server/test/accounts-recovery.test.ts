import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, loginAs } from './support/accounts';
import { waitForLink } from './support/mail-links';

const NEW_PASSWORD = 'Nouvelle-partition-2027';

describe('password recovery (A4)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  const recover = (email: string) =>
    env.app.inject({ method: 'POST', url: '/api/v1/auth/recovery', payload: { email } });
  const complete = (body: Record<string, unknown>) =>
    env.app.inject({ method: 'POST', url: '/api/v1/auth/recovery/complete', payload: body });

  async function recoveryToken(email: string): Promise<string> {
    const before = env.smtp.messages.length;
    expect((await recover(email)).statusCode).toBe(202);
    await env.drainJobs();
    return (await waitForLink(env.smtp, email, 'recovery', before)).token;
  }

  it('answers the same for unknown and known e-mails, and mails only the known one', async () => {
    const user = await createUser(env);
    const before = env.smtp.messages.length;
    const known = await recover(user.email);
    const unknown = await recover('inconnu@example.fr');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual(known.json());
    await env.drainJobs();
    const { mail } = await waitForLink(env.smtp, user.email, 'recovery', before);
    expect(mail.text).toContain('30 minutes');
    expect(env.smtp.messages.slice(before).some((m) => m.to.includes('inconnu@example.fr'))).toBe(
      false,
    );
  });

  it('names the missing field, and needs the secret answer: the link alone is not enough', async () => {
    const user = await createUser(env, { secretAnswer: 'Île de Ré' });
    const token = await recoveryToken(user.email);
    const missing = await complete({ token, newPassword: NEW_PASSWORD });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ details: [{ field: 'secretAnswer' }] });

    const question = await env.app.inject({ method: 'GET', url: `/api/v1/auth/recovery/${token}` });
    expect(question.json()).toEqual({ secretQuestion: 'Nom de mon premier chien ?' });

    const wrong = await complete({ token, secretAnswer: 'Belle-Île', newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      reason: 'SECRET_ANSWER_INVALID',
      details: [{ field: 'secretAnswer' }],
    });
    const weak = await complete({
      token,
      secretAnswer: 'ile de re',
      newPassword: 'motdepasse2024',
    });
    expect(weak.json()).toMatchObject({
      reason: 'PASSWORD_POLICY',
      details: [{ field: 'newPassword' }],
    });
    // The password is unchanged so far.
    await loginAs(env, user.email, user.password);
  });

  it('resets with link + answer (case and accents ignored), ends every session, and is single-use', async () => {
    const user = await createUser(env, { secretAnswer: 'Île de Ré' });
    const s1 = await loginAs(env, user.email, user.password);
    const s2 = await loginAs(env, user.email, user.password);
    const token = await recoveryToken(user.email);
    const before = env.smtp.messages.length;
    const ok = await complete({ token, secretAnswer: '  ILE  de re ', newPassword: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
    for (const s of [s1, s2]) {
      const me = await env.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
      expect(me.statusCode).toBe(401);
    }
    const old = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(old.statusCode).toBe(401);
    await loginAs(env, user.email, NEW_PASSWORD);

    const reused = await complete({
      token,
      secretAnswer: 'ile de re',
      newPassword: 'Encore-une-autre-2028',
    });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ reason: 'TOKEN_USED' });
    await env.drainJobs();
    const notice = await env.smtp.waitFor(
      (m) =>
        env.smtp.messages.indexOf(m) >= before &&
        m.to.includes(user.email) &&
        m.subject === 'Mot de passe modifié',
    );
    expect(notice.text).toContain('réinitialisé');

    const journal = await env.ctx.db
      .selectFrom('security_events')
      .select('type')
      .where('user_id', '=', user.id)
      .execute();
    expect(journal.map((e) => e.type)).toContain('PASSWORD_RESET');
  });

  it('refuses an expired link, a link replaced by a newer one, and an activation link', async () => {
    const user = await createUser(env);
    const first = await recoveryToken(user.email);
    const second = await recoveryToken(user.email);
    const replaced = await env.app.inject({ method: 'GET', url: `/api/v1/auth/recovery/${first}` });
    expect(replaced.json()).toMatchObject({ reason: 'TOKEN_INVALID' });
    env.advanceClock(31 * 60_000);
    const expired = await complete({
      token: second,
      secretAnswer: 'Rantanplan',
      newPassword: NEW_PASSWORD,
    });
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toMatchObject({ reason: 'TOKEN_EXPIRED' });

    await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { email: 'neuf@example.fr', firstName: 'N', lastName: 'F' },
    });
    await env.drainJobs();
    const activation = await waitForLink(env.smtp, 'neuf@example.fr', 'activation');
    const crossed = await env.app.inject({
      method: 'GET',
      url: `/api/v1/auth/recovery/${activation.token}`,
    });
    expect(crossed.json()).toMatchObject({ reason: 'TOKEN_INVALID' });
  });

  it('counts wrong answers toward the lockout', async () => {
    const user = await createUser(env);
    const token = await recoveryToken(user.email);
    for (let i = 1; i <= 4; i += 1) {
      const res = await complete({ token, secretAnswer: `faux ${i}`, newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(400);
    }
    const fifth = await complete({ token, secretAnswer: 'faux 5', newPassword: NEW_PASSWORD });
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json()).toMatchObject({ reason: 'ACCOUNT_LOCKED' });
    // Even the right answer is refused while locked.
    const right = await complete({ token, secretAnswer: 'Rantanplan', newPassword: NEW_PASSWORD });
    expect(right.statusCode).toBe(429);
  });

  it('does not bypass the second factor: after a reset, login still asks for the TOTP code', async () => {
    const user = await createUser(env);
    await env.ctx.db
      .updateTable('users')
      .set({ totp_secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totp_enabled_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    const token = await recoveryToken(user.email);
    const ok = await complete({ token, secretAnswer: 'rantanplan', newPassword: NEW_PASSWORD });
    expect(ok.statusCode).toBe(200);
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json()).toMatchObject({ reason: 'TOTP_REQUIRED' });
    expect(login.cookies.find((c) => c.name === 'chorale_session')).toBeUndefined();
  });
});
