import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { depositJson, ubl, type FluxParties, fluxDetail } from './support/flux-deposits';
import { publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

// « Maintenance sans perte de flux »: during maintenance the portal is closed to users, but fluxes
// sent through the API are accepted and paused, then integrated when it ends, in order of arrival.

let env: TestEnv;
let operator: Person;
let supplier: Person;
let structureId: string;
let parties: FluxParties;

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  operator = await person(env, { isOperator: true });
  supplier = await person(env);
  const s = await structureOf(env, supplier, 'Menuiserie Dupont');
  structureId = s.id;
  const recipient = await publicStructure(env, {
    name: 'Commune de Rouen',
    serviceCodeRequired: true,
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

describe('fluxes during maintenance', () => {
  it('queues API deposits, refuses portal ones, integrates them in order when it ends', async () => {
    const set = await env.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/maintenance',
      headers: operator.headers,
      payload: { message: { fr: 'Mise à jour.', en: 'Update.' } },
    });
    expect(set.statusCode, set.body).toBe(200);

    // The portal is closed to the supplier: a deposit from the web app answers 503.
    const portal = await depositJson(env, supplier, ubl(parties, { number: 'MNT-0' }), {
      structureId,
      portal: true,
    });
    expect(portal.statusCode).toBe(503);
    expect(portal.json()).toMatchObject({ reason: 'MAINTENANCE' });

    // Through the API: accepted and queued, « mis en pause ».
    const ids: string[] = [];
    for (const n of [1, 2]) {
      const res = await depositJson(env, supplier, ubl(parties, { number: `MNT-${n}` }), {
        structureId,
        fileName: `mnt-${n}.xml`,
      });
      expect(res.statusCode, res.body).toBe(202);
      ids.push(res.json<{ id: string }>().id);
    }
    await env.drainJobs();
    for (const id of ids) {
      const flux = await detailOf(id);
      expect(flux.counts.processed).toBe(0);
      expect(['IN_RECU', 'IN_EN_ATTENTE_TRAITEMENT']).toContain(flux.status);
    }
    const invoices = await env.ctx.db
      .selectFrom('invoices')
      .select('number')
      .where('number', 'like', 'MNT-%')
      .execute();
    expect(invoices).toEqual([]);
    // Pausing spends no attempt: the flux will not end in incident for having waited.
    const jobs = await env.ctx.db
      .selectFrom('jobs')
      .select(['attempts', 'status', 'run_at'])
      .where('name', '=', 'flux-integration')
      .execute();
    expect(jobs.length).toBe(2);
    for (const job of jobs) {
      expect(job).toMatchObject({ attempts: 0, status: 'pending' });
      expect(job.run_at.getTime()).toBeGreaterThan(Date.now());
    }

    // The operator ends it: both fluxes are integrated at once, the first arrived first.
    const end = await env.app.inject({
      method: 'DELETE',
      url: '/api/v1/admin/maintenance',
      headers: operator.headers,
    });
    expect(end.statusCode).toBe(204);
    await env.drainJobs();
    const [first, second] = await Promise.all(ids.map(detailOf));
    expect(first?.status).toBe('IN_INTEGRE');
    expect(second?.status).toBe('IN_INTEGRE');
    expect(first?.items[0]?.status).toBe('accepted');
    expect(Date.parse(first?.startedAt ?? '')).toBeLessThanOrEqual(
      Date.parse(second?.startedAt ?? ''),
    );
    expect(Date.parse(first?.finishedAt ?? '')).toBeLessThanOrEqual(
      Date.parse(second?.startedAt ?? ''),
    );
  });
});
