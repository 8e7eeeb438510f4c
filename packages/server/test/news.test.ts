import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { person, type Person } from './support/structures';

let env: TestEnv;
let operator: Person;
beforeAll(async () => {
  env = await createTestEnv();
  operator = await person(env, { isOperator: true });
});
afterAll(async () => {
  await env.close();
});

const item = (n: number) => ({
  title: { fr: `Nouveauté ${n}`, en: `News ${n}` },
  body: { fr: 'Le portail évolue.', en: 'The portal evolves.' },
});

describe('news (actualités)', () => {
  it('are written by the operator only, in both languages', async () => {
    const url = '/api/v1/operator/news';
    expect((await env.app.inject({ method: 'POST', url, payload: item(0) })).statusCode).toBe(401);
    const someone = await person(env);
    const denied = await env.app.inject({
      method: 'POST',
      url,
      headers: someone.headers,
      payload: item(0),
    });
    expect(denied.statusCode).toBe(403);
    const half = await env.app.inject({
      method: 'POST',
      url,
      headers: operator.headers,
      payload: { title: { fr: 'Seulement en français' }, body: item(0).body },
    });
    expect(half.statusCode).toBe(400);
    expect(half.json()).toMatchObject({ details: [{ field: 'title.en' }] });
  });

  it('are listed publicly, newest first, and can be removed', async () => {
    const post = (n: number) =>
      env.app.inject({
        method: 'POST',
        url: '/api/v1/operator/news',
        headers: operator.headers,
        payload: item(n),
      });
    const first = await post(1);
    expect(first.statusCode).toBe(201);
    await post(2);
    const list = await env.app.inject({ method: 'GET', url: '/api/v1/news' });
    expect(list.json<Array<{ title: { en: string } }>>().map((n) => n.title.en)).toEqual([
      'News 2',
      'News 1',
    ]);
    const id = first.json<{ id: string }>().id;
    const someone = await person(env);
    const denied = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/operator/news/${id}`,
      headers: someone.headers,
    });
    expect(denied.statusCode).toBe(403);
    const unknown = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/operator/news/${randomUUID()}`,
      headers: operator.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const removed = await env.app.inject({
      method: 'DELETE',
      url: `/api/v1/operator/news/${id}`,
      headers: operator.headers,
    });
    expect(removed.statusCode).toBe(204);
    const after = await env.app.inject({ method: 'GET', url: '/api/v1/news' });
    expect(after.json()).toHaveLength(1);
  });
});
