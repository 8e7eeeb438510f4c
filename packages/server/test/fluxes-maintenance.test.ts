import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { depositJson, ubl, type FluxParties, fluxDetail } from './support/flux-deposits';
import { publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

let env: TestEnv;
let supplier: Person;
let operator: Person;
let structureId: string;
let parties: FluxParties;

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  supplier = await person(env);
  operator = await person(env, { isOperator: true });
  const s = await structureOf(env, supplier, 'Menuiserie Dupont');
  structureId = s.id;
  const recipient = await publicStructure(env, {
    name: 'Commune de Rouen',
    services: [{ code: 'FIN' }],
  });
  parties = {
    supplier: { siret: s.siret, name: 'Menuiserie Dupont' },
    recipient: { siret: recipient.siret, name: 'Commune de Rouen' },
  };
});
afterAll(async () => {
  await env.close();
});

const detailOf = (id: string) => fluxDetail(env, supplier, id);

describe('maintenance: API fluxes are paused, then integrated in order of arrival', () => {
  it('keeps accepting API deposits, integrates none, then all in order when it ends', async () => {
    const set = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/maintenance',
      headers: operator.headers,
      payload: {},
    });
    expect(set.statusCode, set.body).toBeLessThan(300);
    // The portal channel is closed to the supplier; the API channel is not.
    const portal = await depositJson(env, supplier, ubl(parties, { number: 'M-0' }), {
      structureId,
      portal: true,
    });
    expect(portal.statusCode).toBe(503);
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const res = await depositJson(env, supplier, ubl(parties, { number: `M-${n}` }), {
        structureId,
      });
      expect(res.statusCode, res.body).toBe(202);
      ids.push(res.json<{ id: string }>().id);
    }
    await env.drainJobs();
    for (const id of ids) expect((await detailOf(id)).status).toBe('IN_EN_ATTENTE_TRAITEMENT');
    // Postponed, not failed: no attempt spent.
    const jobs = await env.ctx.db
      .selectFrom('jobs')
      .select(['status', 'attempts', 'run_at'])
      .where('name', '=', 'flux-integration')
      .execute();
    expect(jobs).toHaveLength(3);
    for (const job of jobs) {
      expect(job.status).toBe('pending');
      expect(job.attempts).toBe(0);
      expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
    }

    const end = await env.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/maintenance',
      headers: operator.headers,
    });
    expect(end.statusCode).toBeLessThan(300);
    await env.drainJobs();
    const details = await Promise.all(ids.map(detailOf));
    expect(details.map((d) => d.status)).toEqual(['IN_INTEGRE', 'IN_INTEGRE', 'IN_INTEGRE']);
    const started = details.map((d) => Date.parse(d.startedAt!));
    expect([...started].sort((a, b) => a - b)).toEqual(started);
    expect(started[0]).toBeLessThan(started[2]!);
  });
});
