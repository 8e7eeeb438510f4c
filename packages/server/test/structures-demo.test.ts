import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/seed/accounts';
import { seedDemoData } from '../src/seed/demo';
import { DEMO_SUPPLIER } from '../src/seed/structures';
import { loginAs } from './support/accounts';
import { createTestEnv, type TestEnv } from './support/app';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await seedDemoData(env.ctx);
});
afterAll(async () => {
  await env.close();
});

interface Mine {
  structures: Array<{ name: string; role: string; serviceIds: string[] | null; spaces: string[] }>;
}

async function mine(email: string): Promise<Mine['structures']> {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(email);
  const session = await loginAs(env, email, account.password);
  const res = await env.app.inject({
    method: 'GET',
    url: '/api/v1/me/structures',
    headers: session.headers,
  });
  return res.json<Mine>().structures;
}

describe('demo data', () => {
  it('has a supplier with a principal, a secondary manager and a user limited to one service', async () => {
    expect(await mine(DEMO_SUPPLIER.principal)).toEqual([
      expect.objectContaining({
        name: DEMO_SUPPLIER.name,
        role: 'primaryManager',
        serviceIds: null,
      }),
    ]);
    expect(await mine(DEMO_SUPPLIER.secondary)).toEqual([
      expect.objectContaining({
        role: 'secondaryManager',
        spaces: ['FACTURES_EMISES', 'ACTIVITE_GESTIONNAIRE'],
      }),
    ]);
    const limited = await mine(DEMO_SUPPLIER.limitedUser);
    expect(limited).toEqual([
      expect.objectContaining({ role: 'user', spaces: ['FACTURES_EMISES'] }),
    ]);
    expect(limited[0]?.serviceIds).toHaveLength(1);
  });
});
