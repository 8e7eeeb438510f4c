import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { createUser, loginAs } from './support/accounts';
import { importFiles, servicesFile, siret, structuresFile } from './support/directory';

const ETIENNE = siret('2176057500001');
const CHU = siret('2676000000001');
const DRFIP = siret('1300054800001');
const OLD = siret('2176000000009');
const EITHER = siret('2569000000001');

interface Hit {
  id: string;
  identifier: string;
  name: string;
  requirements: Record<string, boolean>;
  services: Array<{ code: string }>;
}

describe('directory API', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    const summary = await importFiles(
      env,
      structuresFile([
        {
          Identifiant: ETIENNE,
          RaisonSociale: 'Commune de Saint-Étienne-du-Rouvray',
          CodePostal: '76800',
          Ville: 'SAINT-ETIENNE-DU-ROUVRAY',
        },
        {
          Identifiant: CHU,
          RaisonSociale: 'Centre hospitalier universitaire de Rouen',
          GestionEngagement: 'true',
          CodePostal: '76031',
          Ville: 'ROUEN',
        },
        {
          Identifiant: DRFIP,
          RaisonSociale: 'Direction régionale des finances publiques de Normandie',
          GestionService: 'true',
          CodePostal: '76037',
          Ville: 'ROUEN',
        },
        {
          Identifiant: OLD,
          RaisonSociale: 'Syndicat intercommunal dissous',
          StructureActive: 'false',
          CodePostal: '76000',
        },
        {
          Identifiant: EITHER,
          RaisonSociale: 'Université de Lyon',
          GestionServiceEngagement: 'true',
          CodePostal: '69007',
          Ville: 'LYON',
        },
      ]),
      servicesFile([
        { Identifiant: DRFIP, CodeService: 'FIN', LibelleService: 'Service financier' },
        {
          Identifiant: DRFIP,
          CodeService: 'ACH',
          LibelleService: 'Direction des achats',
          GestionEngagement: 'true',
        },
        {
          Identifiant: DRFIP,
          CodeService: 'OLD',
          LibelleService: 'Ancien service',
          ServiceActif: 'false',
        },
        { Identifiant: CHU, CodeService: 'PHARMA', LibelleService: 'Pharmacie' },
      ]),
    );
    expect(summary.problems).toEqual([]);
  });
  afterAll(async () => {
    await env.close();
  });

  const search = async (query: string) => {
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/v1/directory/structures?${query}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Hit[]; total: number }>();
  };

  describe('search (no login)', () => {
    it('refuses an empty search, naming the field', async () => {
      const res = await env.app.inject({ method: 'GET', url: '/api/v1/directory/structures' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'INVALID_REQUEST', details: [{ field: 'q' }] });
      const big = await env.app.inject({
        method: 'GET',
        url: '/api/v1/directory/structures?q=a&pageSize=500',
      });
      expect(big.statusCode).toBe(400);
      expect(big.json()).toMatchObject({ details: [{ field: 'pageSize' }] });
    });

    it('finds by identifier prefix, spaces allowed', async () => {
      const body = await search(`q=${ETIENNE.slice(0, 3)}%20${ETIENNE.slice(3, 7)}`);
      expect(body.items.map((h) => h.identifier)).toEqual([ETIENNE]);
    });

    it('finds a name without accents, in any case, with a typo', async () => {
      for (const q of [
        'saint etienne',
        'SAINT-ÉTIENNE-DU-ROUVRAY',
        'saint etiene du rouvrai',
        'rouvray',
      ]) {
        const body = await search(`q=${encodeURIComponent(q)}`);
        expect(body.items[0]?.identifier, q).toBe(ETIENNE);
      }
      const typo = await search('q=hopsitalier%20rouen');
      expect(typo.items[0]?.identifier).toBe(CHU);
    });

    it('filters by city and postal code, never lists inactive structures', async () => {
      const rouen = await search('city=rouen');
      expect(rouen.items.map((h) => h.identifier).sort()).toEqual([CHU, DRFIP].sort());
      const byCode = await search('postalCode=76');
      expect(byCode.total).toBe(3);
      expect(byCode.items.map((h) => h.identifier)).not.toContain(OLD);
      const named = await search('q=finances&city=rouen');
      expect(named.items.map((h) => h.identifier)).toEqual([DRFIP]);
    });

    it('shows what an invoice requires and the active services, paged', async () => {
      const body = await search('q=finances%20publiques');
      expect(body.items[0]).toMatchObject({
        identifier: DRFIP,
        requirements: {
          serviceCode: true,
          legalCommitment: false,
          serviceCodeOrLegalCommitment: false,
        },
        services: [{ code: 'ACH' }, { code: 'FIN' }],
      });
      const page2 = await search('postalCode=76&pageSize=2&page=2');
      expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page2.items).toHaveLength(1);
    });
  });

  describe("a structure's page", () => {
    it('answers 400 for a malformed id and 404 for an unknown or private structure', async () => {
      const bad = await env.app.inject({ method: 'GET', url: '/api/v1/directory/structures/nope' });
      expect(bad.statusCode).toBe(400);
      const unknown = await env.app.inject({
        method: 'GET',
        url: '/api/v1/directory/structures/00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.statusCode).toBe(404);
      const company = await env.ctx.db
        .insertInto('structures')
        .values({
          identifier_type: 'SIRET',
          identifier: siret('4400000000001'),
          name: 'Entreprise privée',
          created_at: new Date(),
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const hidden = await env.app.inject({
        method: 'GET',
        url: `/api/v1/directory/structures/${company.id}`,
      });
      expect(hidden.statusCode).toBe(404);
    });

    it('shows data, requirements and every service', async () => {
      const [hit] = (await search(`q=${DRFIP}`)).items;
      const res = await env.app.inject({
        method: 'GET',
        url: `/api/v1/directory/structures/${hit!.id}`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        identifier: DRFIP,
        name: 'Direction régionale des finances publiques de Normandie',
        active: true,
        address: { postalCode: '76037', city: 'ROUEN', countryCode: 'FR', countryLabel: 'FRANCE' },
        requirements: { serviceCode: true, paymentStatusReported: true },
        services: [
          { code: 'ACH', active: true, legalCommitmentRequired: true },
          { code: 'FIN', active: true, legalCommitmentRequired: false },
          { code: 'OLD', active: false },
        ],
      });
    });
  });

  describe('recipient check', () => {
    const check = async (query: string, lang = 'fr') => {
      const res = await env.app.inject({
        method: 'GET',
        url: `/api/v1/directory/check?${query}`,
        headers: { 'accept-language': lang },
      });
      expect(res.statusCode).toBe(200);
      return res.json<{ ok: boolean; reason?: string; rule?: string; message?: string }>();
    };

    it('requires the recipient', async () => {
      const res = await env.app.inject({ method: 'GET', url: '/api/v1/directory/check' });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ details: [{ field: 'recipient' }] });
    });

    it.each([
      [`recipient=${siret('2199999999999')}`, 'RECIPIENT_UNKNOWN'],
      [`recipient=${OLD}`, 'RECIPIENT_INACTIVE'],
      [`recipient=${DRFIP}`, 'SERVICE_REQUIRED'],
      [`recipient=${EITHER}`, 'SERVICE_REQUIRED'],
      [`recipient=${DRFIP}&service=NOPE`, 'SERVICE_UNKNOWN'],
      [`recipient=${DRFIP}&service=OLD`, 'SERVICE_INACTIVE'],
      [`recipient=${CHU}`, 'LEGAL_COMMITMENT_REQUIRED'],
      [`recipient=${DRFIP}&service=ACH`, 'LEGAL_COMMITMENT_REQUIRED'],
    ])('%s → %s', async (query, reason) => {
      expect(await check(query)).toMatchObject({ ok: false, reason });
    });

    it.each([
      [`recipient=${ETIENNE}`],
      [`recipient=${DRFIP}&service=FIN`],
      [`recipient=${DRFIP}&service=ACH&legalCommitment=1300012345`],
      [`recipient=${CHU}&legalCommitment=EJ-42`],
      [`recipient=${EITHER}&legalCommitment=EJ-42`],
    ])('%s → ok', async (query) => {
      expect(await check(query)).toMatchObject({ ok: true });
    });

    it('explains in the caller language', async () => {
      expect(await check(`recipient=${CHU}`, 'en')).toMatchObject({
        rule: 'CHORALE-LEGAL-COMMITMENT-REQUIRED',
        message: 'This recipient requires a legal commitment (purchase order) number.',
      });
      expect((await check(`recipient=${OLD}`, 'fr')).message).toContain("n'est plus active");
    });
  });

  describe('operator import', () => {
    const upload = (headers: Record<string, string>, files: Record<string, string>) => {
      const boundary = '----chorale-test';
      const body =
        Object.entries(files)
          .map(
            ([name, content]) =>
              `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n`,
          )
          .join('') + `--${boundary}--\r\n`;
      return env.app.inject({
        method: 'POST',
        url: '/api/v1/admin/directory/imports',
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
    };

    it('answers 401 without a session and 403 to a non-operator', async () => {
      const anonymous = await env.app.inject({
        method: 'POST',
        url: '/api/v1/admin/directory/imports',
      });
      expect(anonymous.statusCode).toBe(401);
      const user = await createUser(env);
      const session = await loginAs(env, user.email, user.password);
      const refused = await upload(session.headers, { structures: structuresFile([]) });
      expect(refused.statusCode).toBe(403);
      const progress = await env.app.inject({
        method: 'GET',
        url: '/api/v1/admin/directory/imports/1',
        headers: session.headers,
      });
      expect(progress.statusCode).toBe(403);
    });

    it('imports in the background, reports progress and problems by line, deactivates', async () => {
      const operator = await createUser(env, { isOperator: true, language: 'en' });
      const session = await loginAs(env, operator.email, operator.password);
      const missing = await upload(session.headers, { services: servicesFile([]) });
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ details: [{ field: 'structures' }] });
      const unknown = await env.app.inject({
        method: 'GET',
        url: '/api/v1/admin/directory/imports/999999',
        headers: session.headers,
      });
      expect(unknown.statusCode).toBe(404);

      const res = await upload(session.headers, {
        structures: structuresFile([
          { Identifiant: ETIENNE, RaisonSociale: 'Ville de Saint-Étienne-du-Rouvray' },
          { Identifiant: CHU, RaisonSociale: 'CHU de Rouen', GestionEngagement: 'peut-être' },
          { Identifiant: '12345', RaisonSociale: 'Mauvais' },
        ]),
        services: servicesFile([]),
      });
      expect(res.statusCode).toBe(202);
      const { id } = res.json<{ id: number }>();
      const concurrent = await upload(session.headers, { structures: structuresFile([]) });
      expect(concurrent.statusCode).toBe(409);
      expect(concurrent.json()).toMatchObject({ reason: 'IMPORT_RUNNING', data: { importId: id } });
      await env.drainJobs();
      const progress = await env.app.inject({
        method: 'GET',
        url: `/api/v1/admin/directory/imports/${id}`,
        headers: { ...session.headers, 'accept-language': 'en' },
      });
      expect(progress.statusCode).toBe(200);
      expect(progress.json()).toMatchObject({
        id,
        status: 'done',
        structuresFileName: 'structures.csv',
        structures: { total: 1, done: 1, created: 0, updated: 1, deactivated: 2 },
        problemCount: 2,
        problems: [
          { file: 'structures', line: 3, reason: 'BAD_FLAG', column: 'GestionEngagement' },
          { file: 'structures', line: 4, reason: 'BAD_IDENTIFIER', column: 'Identifiant' },
        ],
      });
      expect(progress.json<{ problems: Array<{ message: string }> }>().problems[0]!.message).toBe(
        'GestionEngagement: "peut-être" is not a boolean (true or false).',
      );
      // DRFIP, EITHER (absent) and nothing else deactivated: the CHU's line was refused but named.
      expect((await check2(`recipient=${DRFIP}&service=FIN`)).reason).toBe('RECIPIENT_INACTIVE');
      expect((await check2(`recipient=${CHU}&legalCommitment=1`)).ok).toBe(true);
      expect((await search('q=ville%20saint%20etienne')).items[0]?.identifier).toBe(ETIENNE);
    });

    const check2 = async (query: string) => {
      const res = await env.app.inject({ method: 'GET', url: `/api/v1/directory/check?${query}` });
      return res.json<{ ok: boolean; reason?: string }>();
    };
  });
});
