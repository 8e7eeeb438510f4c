import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { importFiles, servicesFile, siret, structuresFile } from './support/directory';

const ROUEN = siret('2176054000001');
const ETIENNE = siret('2176057500001');
const CHU = siret('2676000000001');
const GONE = siret('2176000000009');
// Rouen's SIRET with a wrong check digit.
const BAD = `${ROUEN.slice(0, 13)}${(Number(ROUEN[13]) + 1) % 10}`;

describe('directory import', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
  });
  afterAll(async () => {
    await env.close();
  });

  const structure = (identifier: string) =>
    env.ctx.db
      .selectFrom('structures')
      .selectAll()
      .where('identifier', '=', identifier)
      .executeTakeFirstOrThrow();

  it('refuses a file without the official header and changes nothing', async () => {
    const summary = await importFiles(env, 'Identifiant;Nom\n123;X\n');
    expect(summary.status).toBe('failed');
    expect(summary.problems).toMatchObject([{ line: 1, reason: 'MISSING_COLUMNS' }]);
    const count = await env.ctx.db
      .selectFrom('structures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('reports bad lines by number with the reason and imports the good ones', async () => {
    const structures =
      structuresFile([
        { Identifiant: ROUEN, RaisonSociale: 'Commune de Rouen', GestionService: 'true' },
        { Identifiant: BAD, RaisonSociale: 'Mauvais SIRET' },
        {
          Identifiant: ETIENNE,
          RaisonSociale: 'Commune de Saint-Étienne-du-Rouvray',
          EstMOA: 'peut-être',
        },
        {
          Identifiant: CHU,
          RaisonSociale: 'Centre hospitalier universitaire de Rouen',
          GestionEngagement: 'true',
        },
        { Identifiant: GONE, RaisonSociale: 'Syndicat dissous' },
      ]) + `SIRET;${GONE};trop;de;colonnes\n`;
    const services = servicesFile([
      { Identifiant: ROUEN, CodeService: 'FIN', LibelleService: 'Service financier' },
      {
        Identifiant: ROUEN,
        CodeService: 'ACH',
        LibelleService: 'Direction des achats',
        GestionEngagement: 'true',
      },
      { Identifiant: CHU, CodeService: 'PHARMA', LibelleService: 'Pharmacie', ServiceActif: 'oui' },
      { Identifiant: siret('2199999999999'), CodeService: 'X', LibelleService: 'Inconnue' },
      {
        Identifiant: CHU,
        CodeService: 'BIO',
        LibelleService: 'Biomédical',
        DateDebutValidite: 'demain',
      },
    ]);
    const summary = await importFiles(env, structures, services);
    expect(summary.problems.map((p) => [p.file, p.line, p.reason, p.column])).toEqual([
      ['structures', 3, 'BAD_IDENTIFIER', 'Identifiant'],
      ['structures', 4, 'BAD_FLAG', 'EstMOA'],
      ['structures', 7, 'COLUMN_COUNT', undefined],
      ['services', 5, 'UNKNOWN_STRUCTURE', 'Identifiant'],
      ['services', 6, 'BAD_DATE', 'DateDebutValidite'],
    ]);
    expect(summary.status).toBe('done');
    expect(summary.structures).toEqual({ total: 3, created: 3, updated: 0, deactivated: 0 });
    expect(summary.services).toEqual({ total: 3, created: 3, updated: 0, deactivated: 0 });
    const rouen = await structure(ROUEN);
    expect(rouen).toMatchObject({
      is_public: true,
      status: 'active',
      name: 'Commune de Rouen',
      service_code_required: true,
      legal_commitment_required: false,
      search_name: 'commune de rouen',
      search_city: 'rouen',
      country_label: 'FRANCE',
    });
    const record = await env.ctx.db
      .selectFrom('directory_imports')
      .selectAll()
      .where('id', '=', summary.importId)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      status: 'done',
      problem_count: 5,
      structures_done: 3,
      structures_csv: null,
    });
    expect(record.problems[0]).toMatchObject({ line: 3, reason: 'BAD_IDENTIFIER' });
  });

  it('re-imports as an upsert: updates, adds, deactivates what is missing, deletes nothing', async () => {
    const summary = await importFiles(
      env,
      structuresFile([
        { Identifiant: ROUEN, RaisonSociale: 'Ville de Rouen', GestionService: 'false' },
        { Identifiant: ETIENNE, RaisonSociale: 'Commune de Saint-Étienne-du-Rouvray' },
        // A line refused this time still names the CHU: it must not be deactivated by a typo.
        { Identifiant: CHU, RaisonSociale: 'CHU de Rouen', EstMOA: '??' },
      ]),
      servicesFile([{ Identifiant: ROUEN, CodeService: 'FIN', LibelleService: 'Finances' }]),
    );
    expect(summary.problems.map((p) => [p.line, p.reason])).toEqual([[4, 'BAD_FLAG']]);
    expect(summary.structures).toEqual({ total: 2, created: 1, updated: 1, deactivated: 1 });
    // ACH of Rouen is gone from the file; the CHU's PHARMA is not touched (its line was refused
    // and services of unlisted structures keep their state); FIN updated.
    expect(summary.services).toMatchObject({ total: 1, created: 0, updated: 1 });
    expect(await structure(ROUEN)).toMatchObject({
      name: 'Ville de Rouen',
      service_code_required: false,
      status: 'active',
    });
    expect(await structure(CHU)).toMatchObject({
      status: 'active',
      name: 'Centre hospitalier universitaire de Rouen',
    });
    const services = await env.ctx.db
      .selectFrom('services')
      .innerJoin('structures', 'structures.id', 'services.structure_id')
      .select(['structures.identifier', 'services.code', 'services.name', 'services.is_active'])
      .orderBy('services.code')
      .execute();
    expect(services).toEqual([
      { identifier: ROUEN, code: 'ACH', name: 'Direction des achats', is_active: false },
      { identifier: ROUEN, code: 'FIN', name: 'Finances', is_active: true },
      { identifier: CHU, code: 'PHARMA', name: 'Pharmacie', is_active: false },
    ]);
  });

  it('deactivates a structure absent from the next file, and reactivates it when it comes back', async () => {
    await importFiles(
      env,
      structuresFile([{ Identifiant: ROUEN, RaisonSociale: 'Ville de Rouen' }]),
    );
    expect(await structure(ETIENNE)).toMatchObject({ status: 'inactive' });
    expect(await structure(CHU)).toMatchObject({ status: 'inactive' });
    await importFiles(
      env,
      structuresFile([
        { Identifiant: ROUEN, RaisonSociale: 'Ville de Rouen' },
        { Identifiant: ETIENNE, RaisonSociale: 'Commune de Saint-Étienne-du-Rouvray' },
      ]),
    );
    expect(await structure(ETIENNE)).toMatchObject({ status: 'active' });
  });
});
