import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIRECTORY_STRUCTURES, seedDemoDirectory } from '../src/seed/directory';
import { createTestEnv, type TestEnv } from './support/app';

describe('demo directory', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    await seedDemoDirectory(env.ctx);
  });
  afterAll(async () => {
    await env.close();
  });

  it('imports ~2,000 public structures with a mix of invoicing flags and services', async () => {
    const stats = await env.ctx.db
      .selectFrom('structures')
      .select((eb) => [
        eb.fn.countAll<number>().as('all'),
        eb.fn.count<number>('id').filterWhere('status', '=', 'inactive').as('inactive'),
        eb.fn.count<number>('id').filterWhere('legal_commitment_required', '=', true).as('ej'),
        eb.fn.count<number>('id').filterWhere('service_code_required', '=', true).as('service'),
      ])
      .where('is_public', '=', true)
      .executeTakeFirstOrThrow();
    expect(Number(stats.all)).toBe(DEMO_DIRECTORY_STRUCTURES);
    expect(Number(stats.inactive)).toBeGreaterThan(10);
    expect(Number(stats.ej)).toBeGreaterThan(50);
    expect(Number(stats.service)).toBeGreaterThan(50);
    const services = await env.ctx.db
      .selectFrom('services')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(services.n)).toBeGreaterThan(DEMO_DIRECTORY_STRUCTURES);
  });

  it('is searchable by name with a typo and by city', async () => {
    const res = await env.app.inject({
      method: 'GET',
      url: '/api/v1/directory/structures?q=centre%20hospitalir',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ total: number; items: Array<{ name: string }> }>();
    expect(body.total).toBeGreaterThan(5);
    expect(body.items[0]?.name).toMatch(/^Centre hospitalier/);
    const city = await env.app.inject({
      method: 'GET',
      url: '/api/v1/directory/structures?city=rouen',
    });
    expect(city.json<{ total: number }>().total).toBeGreaterThan(0);
  });
});
