import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, loginAs, type TestSession } from './support/accounts';
import { waitForLink } from './support/mail-links';
import { queueUserNotification } from '../src/mail/notify-user';

const ENDPOINTS: Array<[string, string, Record<string, unknown>?]> = [
  ['GET', '/api/v1/me'],
  ['PATCH', '/api/v1/me', { firstName: 'X' }],
  ['POST', '/api/v1/me/contact-email', { contactEmail: 'x@example.fr' }],
  ['POST', '/api/v1/me/password', { currentPassword: 'a', newPassword: 'b' }],
  [
    'PUT',
    '/api/v1/me/secret',
    { currentPassword: 'a', secretQuestion: 'Quoi donc ?', secretAnswer: 'rien' },
  ],
  ['GET', '/api/v1/me/sessions'],
  ['DELETE', '/api/v1/me/sessions/6f1c1d3e-1111-4222-8333-944455556666'],
  ['DELETE', '/api/v1/me/sessions'],
  ['POST', '/api/v1/me/totp/setup'],
  ['POST', '/api/v1/me/totp/enable', { code: '123456' }],
  ['POST', '/api/v1/me/totp/disable', { password: 'x' }],
  ['GET', '/api/v1/me/security-events'],
];

describe('espace « Mon compte »', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  const call = (s: TestSession, method: string, url: string, payload?: Record<string, unknown>) =>
    env.app.inject({
      method: method as 'GET',
      url,
      headers: s.headers,
      ...(payload ? { payload } : {}),
    });

  it.each(ENDPOINTS)('%s %s without a session is 401', async (method, url, payload) => {
    const res = await env.app.inject({
      method: method as 'GET',
      url,
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['POST', '/api/v1/auth/activation/resend', {}, 'email'],
    ['POST', '/api/v1/auth/recovery', { email: 'pas une adresse' }, 'email'],
    ['POST', '/api/v1/auth/recovery/complete', { secretAnswer: 'x', newPassword: 'y' }, 'token'],
    ['POST', '/api/v1/auth/email-change/confirm', {}, 'token'],
    [
      'POST',
      '/api/v1/auth/activation',
      { token: 'abc', password: 'x', secretQuestion: 'Quoi donc ?' },
      'secretAnswer',
    ],
  ])('%s %s names the bad field', async (method, url, payload, field) => {
    const res = await env.app.inject({ method: method as 'POST', url, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: Array<{ field: string }> }>().details[0]?.field).toBe(field);
  });

  it.each([
    ['POST', '/api/v1/me/contact-email', { contactEmail: 'nope' }, 'contactEmail'],
    ['DELETE', '/api/v1/me/sessions/not-a-uuid', undefined, 'id'],
    ['POST', '/api/v1/me/totp/disable', {}, 'password'],
    ['POST', '/api/v1/me/password', { currentPassword: 'x' }, 'newPassword'],
    ['GET', '/api/v1/me/security-events?limit=1000', undefined, 'limit'],
  ])('%s %s names the bad field (logged in)', async (method, url, payload, field) => {
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const res = await call(s, method, url, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ details: Array<{ field: string }> }>().details[0]?.field).toBe(field);
  });

  it('changes name, address, language and notifications; names a bad field', async () => {
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const bad = await call(s, 'PATCH', '/api/v1/me', { address: { postalCode: '7'.repeat(30) } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ details: Array<{ field: string }> }>().details[0]?.field).toBe(
      'address.postalCode',
    );
    const blank = await call(s, 'PATCH', '/api/v1/me', { lastName: '   ' });
    expect(blank.json()).toMatchObject({ details: [{ field: 'lastName' }] });
    const sneaky = await call(s, 'PATCH', '/api/v1/me', { isOperator: true });
    expect(sneaky.json()).toMatchObject({ details: [{ field: 'isOperator' }] });

    const ok = await call(s, 'PATCH', '/api/v1/me', {
      firstName: 'Hélène',
      address: { line1: '1 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
      language: 'en',
      notificationsEnabled: false,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: unknown }>().user).toMatchObject({
      firstName: 'Hélène',
      lastName: 'Test',
      address: {
        line1: '1 rue de la Paix',
        line2: null,
        postalCode: '75002',
        city: 'Paris',
        country: 'FR',
      },
      language: 'en',
      notificationsEnabled: false,
      isOperator: false,
    });
    // The user's language now drives the answers.
    const err = await call(s, 'PATCH', '/api/v1/me', { language: 'de' });
    expect(err.json<{ message: string }>().message).toContain('must be one of');
  });

  it('changes the contact e-mail only once the new address confirms it; the old one is told', async () => {
    const user = await createUser(env, { contactEmail: 'ancienne@example.fr' });
    const s = await loginAs(env, user.email, user.password);
    const same = await call(s, 'POST', '/api/v1/me/contact-email', {
      contactEmail: 'ANCIENNE@example.fr',
    });
    expect(same.json()).toMatchObject({
      reason: 'UNCHANGED',
      details: [{ field: 'contactEmail' }],
    });
    const res = await call(s, 'POST', '/api/v1/me/contact-email', {
      contactEmail: 'nouvelle@example.fr',
    });
    expect(res.statusCode).toBe(202);
    const me = await call(s, 'GET', '/api/v1/me');
    expect(me.json()).toMatchObject({
      contactEmail: 'ancienne@example.fr',
      pendingContactEmail: 'nouvelle@example.fr',
    });
    await env.drainJobs();
    const { token } = await waitForLink(env.smtp, 'nouvelle@example.fr', 'email-change');
    await env.smtp.waitFor(
      (m) => m.to.includes('ancienne@example.fr') && m.text.includes('nouvelle@example.fr'),
    );

    const confirm = (t: string) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/email-change/confirm',
        payload: { token: t },
      });
    expect((await confirm('nope-nope-nope-nope-nope')).json()).toMatchObject({
      reason: 'TOKEN_INVALID',
    });
    const ok = await confirm(token);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ contactEmail: 'nouvelle@example.fr' });
    expect((await confirm(token)).json()).toMatchObject({ reason: 'TOKEN_USED' });
    const after = await call(s, 'GET', '/api/v1/me');
    expect(after.json()).toMatchObject({
      email: user.email,
      contactEmail: 'nouvelle@example.fr',
      pendingContactEmail: null,
    });

    await call(s, 'POST', '/api/v1/me/contact-email', { contactEmail: 'troisieme@example.fr' });
    await env.drainJobs();
    const third = await waitForLink(env.smtp, 'troisieme@example.fr', 'email-change');
    env.advanceClock(25 * 60 * 60_000);
    expect((await confirm(third.token)).json()).toMatchObject({ reason: 'TOKEN_EXPIRED' });
  });

  it('changes the password with the old one, ends the other sessions, keeps this one', async () => {
    const user = await createUser(env);
    const here = await loginAs(env, user.email, user.password);
    const elsewhere = await loginAs(env, user.email, user.password);
    const wrong = await call(here, 'POST', '/api/v1/me/password', {
      currentPassword: 'pas-le-bon-du-tout',
      newPassword: 'Nouvelle-voix-de-tenor-9',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      reason: 'WRONG_PASSWORD',
      details: [{ field: 'currentPassword' }],
    });
    const weak = await call(here, 'POST', '/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'azerty123456',
    });
    expect(weak.json()).toMatchObject({
      reason: 'PASSWORD_POLICY',
      details: [{ field: 'newPassword' }],
    });
    const ok = await call(here, 'POST', '/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'Nouvelle-voix-de-tenor-9',
    });
    expect(ok.statusCode).toBe(204);
    expect((await call(elsewhere, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await call(here, 'GET', '/api/v1/me')).statusCode).toBe(200);
    await loginAs(env, user.email, 'Nouvelle-voix-de-tenor-9');
  });

  it('changes the secret question and answer with the password', async () => {
    const user = await createUser(env);
    const s = await loginAs(env, user.email, user.password);
    const wrong = await call(s, 'PUT', '/api/v1/me/secret', {
      currentPassword: 'faux-faux-faux',
      secretQuestion: 'Mon instrument ?',
      secretAnswer: 'Violoncelle',
    });
    expect(wrong.json()).toMatchObject({ details: [{ field: 'currentPassword' }] });
    const missing = await call(s, 'PUT', '/api/v1/me/secret', {
      currentPassword: user.password,
      secretQuestion: 'Mon instrument ?',
    });
    expect(missing.json()).toMatchObject({ details: [{ field: 'secretAnswer' }] });
    const ok = await call(s, 'PUT', '/api/v1/me/secret', {
      currentPassword: user.password,
      secretQuestion: 'Mon instrument ?',
      secretAnswer: 'Violoncelle',
    });
    expect(ok.statusCode).toBe(204);
    expect((await call(s, 'GET', '/api/v1/me')).json()).toMatchObject({
      secretQuestion: 'Mon instrument ?',
    });
  });

  it('lists sessions, ends one, refuses another user’s session (404), logs out everywhere', async () => {
    const user = await createUser(env);
    const other = await createUser(env);
    const a = await loginAs(env, user.email, user.password);
    const b = await loginAs(env, user.email, user.password);
    const theirs = await loginAs(env, other.email, other.password);
    const list = await call(a, 'GET', '/api/v1/me/sessions');
    const items = list.json<{ items: Array<{ id: string; current: boolean; ip: string }> }>().items;
    expect(items).toHaveLength(2);
    expect(items.filter((i) => i.current)).toHaveLength(1);
    const theirId =
      (await call(theirs, 'GET', '/api/v1/me/sessions')).json<{ items: Array<{ id: string }> }>()
        .items[0]?.id ?? '';
    const foreign = await call(a, 'DELETE', `/api/v1/me/sessions/${theirId}`);
    expect(foreign.statusCode).toBe(404);
    expect((await call(theirs, 'GET', '/api/v1/me')).statusCode).toBe(200);

    const otherOfMine = items.find((i) => !i.current)?.id ?? '';
    expect((await call(a, 'DELETE', `/api/v1/me/sessions/${otherOfMine}`)).statusCode).toBe(204);
    expect((await call(b, 'GET', '/api/v1/me')).statusCode).toBe(401);

    const c = await loginAs(env, user.email, user.password);
    const everywhere = await call(a, 'DELETE', '/api/v1/me/sessions');
    expect(everywhere.statusCode).toBe(204);
    expect((await call(a, 'GET', '/api/v1/me')).statusCode).toBe(401);
    expect((await call(c, 'GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('shows the security journal, newest first, by pages', async () => {
    const user = await createUser(env);
    await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'pas-celui-la-non' },
      headers: { 'user-agent': 'Firefox test' },
    });
    const s = await loginAs(env, user.email, user.password);
    await call(s, 'POST', '/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'Journal-de-bord-2026',
    });
    const bad = await call(s, 'GET', '/api/v1/me/security-events?cursor=abc');
    expect(bad.json()).toMatchObject({ details: [{ field: 'cursor' }] });
    const page1 = await call(s, 'GET', '/api/v1/me/security-events?limit=2');
    const body1 = page1.json<{
      items: Array<{ type: string; ip: string; userAgent: string | null }>;
      nextCursor: string;
    }>();
    expect(body1.items.map((i) => i.type)).toEqual(['PASSWORD_CHANGED', 'LOGIN']);
    const page2 = await call(
      s,
      'GET',
      `/api/v1/me/security-events?limit=2&cursor=${body1.nextCursor}`,
    );
    const body2 = page2.json<{
      items: Array<{ type: string; userAgent: string | null }>;
      nextCursor: string | null;
    }>();
    expect(body2.items.map((i) => i.type)).toEqual(['LOGIN_FAILED']);
    expect(body2.items[0]?.userAgent).toBe('Firefox test');
    expect(body2.nextCursor).toBeNull();
    // Another user's journal is not visible.
    const other = await createUser(env);
    const o = await loginAs(env, other.email, other.password);
    const theirs = (await call(o, 'GET', '/api/v1/me/security-events')).json<{
      items: Array<{ type: string }>;
    }>();
    expect(theirs.items.map((i) => i.type)).toEqual(['LOGIN']);
  });
});

describe('notifications to a user', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  it('go to the contact address in the user language, unless notifications are off', async () => {
    const on = await createUser(env, { contactEmail: 'compta@example.fr', language: 'en' });
    const off = await createUser(env);
    await env.ctx.db
      .updateTable('users')
      .set({ notifications_enabled: false })
      .where('id', '=', off.id)
      .execute();
    const build = (lang: 'fr' | 'en', u: { firstName: string }) => ({
      subject: lang === 'fr' ? 'Facture déposée' : 'Invoice submitted',
      text: `${lang === 'fr' ? 'Bonjour' : 'Hello'} ${u.firstName}`,
    });
    expect(await queueUserNotification(env.ctx.db, on.id, build)).toBe(true);
    expect(await queueUserNotification(env.ctx.db, off.id, build)).toBe(false);
    expect(await queueUserNotification(env.ctx.db, off.id, build, { security: true })).toBe(true);
    await env.drainJobs();
    const mail = await env.smtp.waitFor((m) => m.to.includes('compta@example.fr'));
    expect(mail.subject).toBe('Invoice submitted');
    expect(mail.text.trim()).toBe('Hello Camille');
    const toOff = env.smtp.messages.filter((m) => m.to.includes(off.email));
    expect(toOff.map((m) => m.subject)).toEqual(['Facture déposée']);
  });
});
