import { luhnValid } from '../../src/domain/habilitation/identifiers';
import type { TestEnv } from './app';
import { createUser, loginAs, type TestSession } from './accounts';

let counter = 0;

/** A fresh valid SIRET (Luhn) for each call. */
export function makeSiret(): string {
  counter += 1;
  const base = `${String(Date.now() % 1e7).padStart(7, '0')}${String(counter).padStart(6, '0')}`;
  for (let d = 0; d < 10; d += 1) {
    if (luhnValid(`${base}${d}`)) return `${base}${d}`;
  }
  throw new Error('unreachable');
}

export async function setRequireValidation(env: TestEnv, on: boolean): Promise<void> {
  await env.ctx.db
    .insertInto('settings')
    .values({
      key: 'structures.require_validation',
      value: JSON.stringify(on),
      updated_at: new Date(),
    })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(on) }))
    .execute();
}

export interface Person extends TestSession {
  email: string;
}

export async function person(
  env: TestEnv,
  options: { language?: 'fr' | 'en'; isOperator?: boolean } = {},
): Promise<Person> {
  const user = await createUser(env, options);
  const session = await loginAs(env, user.email, user.password);
  return { ...session, email: user.email };
}

/** A structure created through the API by `owner` (validation must be off for it to be active). */
export async function structureOf(
  env: TestEnv,
  owner: Person,
  name = 'Entreprise Test',
): Promise<{ id: string; siret: string; defaultServiceId: string }> {
  const siret = makeSiret();
  const res = await env.app.inject({
    method: 'POST',
    url: '/api/v1/structures',
    headers: owner.headers,
    payload: { identifierType: 'SIRET', identifier: siret, name },
  });
  if (res.statusCode !== 201) throw new Error(`create structure: ${res.statusCode} ${res.body}`);
  const id = res.json<{ id: string }>().id;
  const service = await env.ctx.db
    .selectFrom('services')
    .select('id')
    .where('structure_id', '=', id)
    .where('is_default', '=', true)
    .executeTakeFirstOrThrow();
  return { id, siret, defaultServiceId: service.id };
}

/** Attaches `member` to the structure through the request/decision flow. */
export async function attach(
  env: TestEnv,
  manager: Person,
  member: Person,
  structureId: string,
): Promise<string> {
  const req = await env.app.inject({
    method: 'POST',
    url: `/api/v1/structures/${structureId}/attachment-requests`,
    headers: member.headers,
    payload: {},
  });
  if (req.statusCode !== 201) throw new Error(`request: ${req.statusCode} ${req.body}`);
  const dec = await env.app.inject({
    method: 'POST',
    url: `/api/v1/structures/${structureId}/requests/decisions`,
    headers: manager.headers,
    payload: { requestIds: [req.json<{ id: string }>().id], accept: true },
  });
  if (dec.statusCode !== 200) throw new Error(`decide: ${dec.statusCode} ${dec.body}`);
  const m = await env.ctx.db
    .selectFrom('memberships')
    .select('id')
    .where('structure_id', '=', structureId)
    .where('user_id', '=', member.userId)
    .executeTakeFirstOrThrow();
  return m.id;
}
