import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FluxDetail } from '../src/services/fluxes/present-flux';
import { createTestEnv, type TestEnv } from './support/app';
import { buildZip } from './support/flux-archives';
import { depositJson, ubl, type FluxParties } from './support/flux-deposits';
import { publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

// The job does not depend on its reading threads behaving: when they cannot read a file in time
// (here every file, the limit being 1 ms), each attempt fails without storing anything and without
// holding the worker, and after the last attempt the flux is shown in incident with the reason.

let env: TestEnv;
let supplier: Person;
let structureId: string;
let parties: FluxParties;

beforeAll(async () => {
  env = await createTestEnv({ FLUX_READ_THREADS: '2', FLUX_READ_TIMEOUT_MS: '1' });
  await setRequireValidation(env, false);
  supplier = await person(env, { language: 'en' });
  const s = await structureOf(env, supplier, 'Menuiserie Dupont');
  structureId = s.id;
  const recipient = await publicStructure(env, { name: 'Commune', services: [{ code: 'FIN' }] });
  parties = {
    supplier: { siret: s.siret, name: 'Menuiserie Dupont' },
    recipient: { siret: recipient.siret, name: 'Commune' },
  };
});
afterAll(async () => {
  await env.close();
});

describe('reading threads that do not answer in time', () => {
  it('fail each attempt cleanly; after the last one the flux is IN_INCIDENTE', async () => {
    const zip = buildZip(
      Array.from({ length: 60 }, (_, i) => ({
        name: `F-${i}.xml`,
        data: ubl(parties, { number: `SLOW-${i}` }),
      })),
    );
    const res = await depositJson(env, supplier, zip, { structureId, fileName: 'lot.zip' });
    expect(res.statusCode, res.body).toBe(202);
    const fluxId = res.json<{ id: string }>().id;
    const job = () =>
      env.ctx.db
        .selectFrom('jobs')
        .select(['status', 'attempts', 'last_error'])
        .where('name', '=', 'flux-integration')
        .executeTakeFirstOrThrow();
    for (let attempt = 1; attempt <= 5; attempt++) {
      // The back-off is skipped: each drain runs the next attempt at once.
      await sql`update jobs set run_at = now() where name = 'flux-integration'`.execute(env.ctx.db);
      await env.drainJobs();
      expect(await job()).toMatchObject({ attempts: attempt });
    }
    const last = await job();
    expect(last.status).toBe('failed');
    // 1 ms per file of the group the thread was given.
    expect(last.last_error).toMatch(/took longer than \d+ ms/);
    const detail = (
      await env.app.inject({
        method: 'GET',
        url: `/api/v1/fluxes/${fluxId}`,
        headers: supplier.headers,
      })
    ).json<FluxDetail>();
    expect(detail.status).toBe('IN_INCIDENTE');
    expect(detail.counts).toMatchObject({ total: 60, processed: 0, accepted: 0, refused: 0 });
    const stored = await env.ctx.db
      .selectFrom('invoices')
      .select('id')
      .where('flux_id', '=', fluxId)
      .execute();
    expect(stored).toEqual([]);
  });
});
