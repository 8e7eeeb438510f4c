import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from './support/accounts';
import { createTestEnv, type TestEnv } from './support/app';
import { makeSiret, person, type Person } from './support/structures';

let env: TestEnv;
let operator: Person;
beforeAll(async () => {
  env = await createTestEnv();
  operator = await person(env, { isOperator: true });
});
afterAll(async () => {
  await env.close();
});

function importCsv(who: Person | undefined, csv: string) {
  return env.app.inject({
    method: 'POST',
    url: '/api/v1/operator/legacy-imports',
    headers: who?.headers ?? {},
    payload: { csv },
  });
}

interface Mine {
  structures: Array<{ name: string; role: string; spaces: string[] }>;
}

describe('import of a previous portal’s accounts', () => {
  it('is for the operator only (401, 403)', async () => {
    expect((await importCsv(undefined, 'x')).statusCode).toBe(401);
    const someone = await person(env);
    expect((await importCsv(someone, 'email;identifiant;role')).statusCode).toBe(403);
  });

  it('reports bad rows by line, invites once, and makes the principal holder principal on sign-up', async () => {
    const siret = makeSiret();
    const boss = `titulaire-${Date.now()}@example.fr`;
    const clerk = `employe-${Date.now()}@example.fr`;
    const csv = [
      'email;type_identifiant;identifiant;role;raison_sociale',
      `${boss};SIRET;${siret};principal;Ancienne Maison SA`,
      `${clerk};SIRET;${siret};simple;Ancienne Maison SA`,
      `pas-un-email;SIRET;${siret};simple;`,
      `x@example.fr;SIRET;12345678901234;simple;`,
      `y@example.fr;SIRET;${siret};chef;`,
    ].join('\n');
    const first = await importCsv(operator, csv);
    expect(first.statusCode).toBe(200);
    const body = first.json<{
      rows: number;
      invited: number;
      structuresCreated: number;
      errors: Array<{ line: number; field: string }>;
    }>();
    expect(body).toMatchObject({ rows: 5, invited: 2, structuresCreated: 1 });
    expect(body.errors.map((e) => [e.line, e.field])).toEqual([
      [4, 'email'],
      [5, 'identifiant'],
      [6, 'role'],
    ]);
    await env.drainJobs();
    const mail = await env.smtp.waitFor((m) => m.to.includes(boss));
    expect(mail.text).toContain('Ancienne Maison SA');
    // Importing twice invites no one twice.
    const again = await importCsv(operator, csv);
    expect(again.json()).toMatchObject({ invited: 0, alreadyInvited: 2, structuresCreated: 0 });
    await env.drainJobs();
    expect(env.smtp.messages.filter((m) => m.to.includes(boss))).toHaveLength(1);

    const mine = async (email: string) => {
      const u = await createUser(env, { email });
      const s = await loginAs(env, u.email, u.password);
      const res = await env.app.inject({
        method: 'GET',
        url: '/api/v1/me/structures',
        headers: s.headers,
      });
      return res.json<Mine>().structures;
    };
    expect(await mine(boss)).toEqual([
      expect.objectContaining({ name: 'Ancienne Maison SA', role: 'primaryManager' }),
    ]);
    expect(await mine(clerk)).toEqual([
      expect.objectContaining({ role: 'user', spaces: ['FACTURES_EMISES'] }),
    ]);
  });

  it('names missing columns', async () => {
    const res = await importCsv(operator, 'courriel;siret\na@b.fr;1');
    expect(
      res.json<{ errors: Array<{ line: number; message: string }> }>().errors[0],
    ).toMatchObject({
      line: 1,
    });
  });
});
