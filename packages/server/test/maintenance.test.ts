import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getMaintenance } from '../src/services/maintenance/maintenance';
import { createTestEnv, type TestEnv } from './support/app';
import { DEFAULT_PASSWORD } from './support/accounts';
import { person, type Person } from './support/structures';

let env: TestEnv;
let operator: Person;
let user: Person;

const HOUR = 3_600_000;
const PORTAL = { 'x-chorale-client': 'portal' };
const MESSAGE = {
  fr: 'Mise à jour du référentiel des structures.',
  en: 'Structure directory update.',
};

beforeAll(async () => {
  // The tests move the clock by hours: sessions must outlive that.
  env = await createTestEnv({ SESSION_IDLE_MINUTES: String(24 * 60) });
  operator = await person(env, { isOperator: true });
  user = await person(env, { language: 'en' });
});
afterAll(async () => {
  await env.close();
});
beforeEach(async () => {
  await env.ctx.db.deleteFrom('settings').where('key', '=', 'maintenance').execute();
});

const setMaintenance = (payload: Record<string, unknown>, who: Person = operator) =>
  env.app.inject({
    method: 'PUT',
    url: '/api/v1/admin/maintenance',
    headers: { ...who.headers, ...PORTAL },
    payload,
  });
const status = async () =>
  (await env.app.inject({ method: 'GET', url: '/api/v1/maintenance', headers: PORTAL })).json<{
    active: boolean;
    from: string | null;
    until: string | null;
    message: { fr: string; en: string } | null;
  }>();
/** A portal page's data request by a supplier user (any business route will do). */
const portalCall = (who: Person, headers: Record<string, string> = PORTAL) =>
  env.app.inject({
    method: 'GET',
    url: '/api/v1/me/structures',
    headers: { ...who.headers, ...headers },
  });

describe('maintenance: who may set it', () => {
  it('refuses anonymous callers (401) and non-operators (403), and ill-formed windows (400)', async () => {
    const anonymous = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/maintenance',
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await setMaintenance({}, user)).statusCode).toBe(403);
    const clear = await env.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/maintenance',
      headers: user.headers,
    });
    expect(clear.statusCode).toBe(403);
    expect((await status()).active).toBe(false);

    const now = env.ctx.now().getTime();
    const backwards = await setMaintenance({
      from: new Date(now + 2 * HOUR).toISOString(),
      until: new Date(now + HOUR).toISOString(),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ details: [{ field: 'until' }] });
    const past = await setMaintenance({
      from: new Date(now - 2 * HOUR).toISOString(),
      until: new Date(now - HOUR).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    const half = await setMaintenance({ message: { fr: 'Seulement en français', en: ' ' } });
    expect(half.statusCode).toBe(400);
    expect(half.json()).toMatchObject({ details: [{ field: 'message.en' }] });
    const extra = await setMaintenance({ active: true });
    expect(extra.statusCode).toBe(400);
    expect((await status()).active).toBe(false);
    const nothing = await env.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/maintenance',
      headers: operator.headers,
    });
    expect(nothing.statusCode).toBe(404);
  });
});

describe('maintenance now', () => {
  it('answers 503 MAINTENANCE to portal requests of users, serves the API channel and operators', async () => {
    const set = await setMaintenance({ message: MESSAGE });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ active: true, until: null, message: MESSAGE });
    expect(await status()).toMatchObject({ active: true, message: MESSAGE });
    expect((await getMaintenance(env.ctx.db, env.ctx.now())).active).toBe(true);

    const blocked = await portalCall(user);
    expect(blocked.statusCode).toBe(503);
    const body = blocked.json<{ code: string; reason: string; message: string }>();
    expect(body).toMatchObject({ code: 'UNAVAILABLE', reason: 'MAINTENANCE' });
    // In the user's language, with the operator's message.
    expect(body.message).toContain('under maintenance');
    expect(body.message).toContain(MESSAGE.en);
    const anonymous = await env.app.inject({
      method: 'GET',
      url: '/api/v1/news',
      headers: { ...PORTAL, 'accept-language': 'fr' },
    });
    expect(anonymous.statusCode).toBe(503);
    expect(anonymous.json<{ message: string }>().message).toContain(MESSAGE.fr);

    // The API channel (no portal header) keeps being served.
    expect((await portalCall(user, {})).statusCode).toBe(200);
    // Operators use the portal as usual (to end the maintenance, among others).
    expect((await portalCall(operator)).statusCode).toBe(200);
    // Health, who am I, log in and log out stay open.
    expect(
      (await env.app.inject({ method: 'GET', url: '/api/health', headers: PORTAL })).statusCode,
    ).toBe(200);
    const me = await env.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...user.headers, ...PORTAL },
    });
    expect(me.statusCode).toBe(200);
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: PORTAL,
      payload: { email: user.email, password: DEFAULT_PASSWORD },
    });
    expect(login.statusCode).toBe(200);

    // Journaled in the operator's security journal.
    const events = await env.ctx.db
      .selectFrom('security_events')
      .select('type')
      .where('user_id', '=', operator.userId)
      .where('type', 'in', ['MAINTENANCE_SET', 'MAINTENANCE_CLEARED'])
      .execute();
    expect(events.map((e) => e.type)).toEqual(['MAINTENANCE_SET']);

    const cleared = await env.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/maintenance',
      headers: { ...operator.headers, ...PORTAL },
    });
    expect(cleared.statusCode).toBe(204);
    expect(await status()).toEqual({ active: false, from: null, until: null, message: null });
    expect((await portalCall(user)).statusCode).toBe(200);
    const journal = await env.ctx.db
      .selectFrom('security_events')
      .select('type')
      .where('user_id', '=', operator.userId)
      .where('type', '=', 'MAINTENANCE_CLEARED')
      .execute();
    expect(journal).toHaveLength(1);
  });
});

describe('maintenance planned for a date range', () => {
  it('starts and ends with the clock, with Retry-After while active', async () => {
    const now = env.ctx.now().getTime();
    const from = new Date(now + HOUR).toISOString();
    const until = new Date(now + 3 * HOUR).toISOString();
    const set = await setMaintenance({ from, until });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ active: false, from, until, message: null });
    expect((await portalCall(user)).statusCode).toBe(200);

    env.advanceClock(HOUR + 1000);
    expect(await status()).toMatchObject({ active: true, from, until });
    const blocked = await portalCall(user);
    expect(blocked.statusCode).toBe(503);
    expect(blocked.json()).toMatchObject({ reason: 'MAINTENANCE', data: { until } });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(HOUR / 1000);
    expect(retryAfter).toBeLessThanOrEqual((2 * HOUR) / 1000);
    expect((await portalCall(user, {})).statusCode).toBe(200);

    env.advanceClock(2 * HOUR);
    expect(await status()).toEqual({ active: false, from: null, until: null, message: null });
    expect((await portalCall(user)).statusCode).toBe(200);
  });

  it('a planned window can be cancelled before it starts', async () => {
    const now = env.ctx.now().getTime();
    await setMaintenance({ from: new Date(now + HOUR).toISOString() });
    const cancelled = await env.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/maintenance',
      headers: operator.headers,
    });
    expect(cancelled.statusCode).toBe(204);
    env.advanceClock(2 * HOUR);
    expect((await status()).active).toBe(false);
    expect((await portalCall(user)).statusCode).toBe(200);
  });
});
