import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from './support/app';
import { buildZip } from './support/flux-archives';
import { depositJson, ubl, type FluxParties, fluxDetail } from './support/flux-deposits';
import { publicStructure } from './support/invoices';
import { person, setRequireValidation, structureOf, type Person } from './support/structures';

// A9 (subcontractor) and A12 (co-contractor) invoices wait for a valideur. A file has no place for
// one, so a flux takes it at deposit (Chorus Pro's codeStructureValideur / codeServiceValideur),
// checked as the typed form checks it; without it those invoices are refused, saying how to give it.

let env: TestEnv;
let supplier: Person;
let structureId: string;
let parties: FluxParties;
let titulaire: { id: string; siret: string };

const detailOf = (id: string) => fluxDetail(env, supplier, id);

const lot = (prefix: string) =>
  buildZip([
    { name: 'a1.xml', data: ubl(parties, { number: `${prefix}-A1` }) },
    { name: 'a9.xml', data: ubl(parties, { number: `${prefix}-A9`, billingFramework: 'A9' }) },
    { name: 'a12.xml', data: ubl(parties, { number: `${prefix}-A12`, billingFramework: 'A12' }) },
  ]);

beforeAll(async () => {
  env = await createTestEnv();
  await setRequireValidation(env, false);
  supplier = await person(env, { language: 'en' });
  const s = await structureOf(env, supplier, 'Menuiserie Dupont');
  structureId = s.id;
  const recipient = await publicStructure(env, { name: 'Commune', services: [{ code: 'FIN' }] });
  titulaire = await publicStructure(env, {
    name: 'Titulaire SA',
    services: [{ code: 'MARCHES' }, { code: 'FERME', active: false }],
  });
  parties = {
    supplier: { siret: s.siret, name: 'Menuiserie Dupont' },
    recipient: { siret: recipient.siret, name: 'Commune' },
  };
});
afterAll(async () => {
  await env.close();
});

describe('the valideur of a flux: unhappy paths first', () => {
  it('400 naming the field: not a SIRET, unknown structure, inactive service, service alone', async () => {
    const zip = lot('BAD');
    const cases: Array<[Record<string, string>, string]> = [
      [{ codeStructureValideur: '123' }, 'codeStructureValideur'],
      [{ codeStructureValideur: '11111111111111' }, 'codeStructureValideur'],
      [
        { codeStructureValideur: titulaire.siret, codeServiceValideur: 'FERME' },
        'codeServiceValideur',
      ],
      [{ codeServiceValideur: 'MARCHES' }, 'codeServiceValideur'],
    ];
    for (const [fields, field] of cases) {
      const res = await env.app.inject({
        method: 'POST',
        url: '/api/v1/fluxes',
        headers: supplier.headers,
        payload: {
          structureId,
          syntaxeFlux: 'IN_DP_E1_UBL_INVOICE',
          nomFichier: 'lot.zip',
          fichierFlux: Buffer.from(zip).toString('base64'),
          ...fields,
        },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ details: Array<{ field: string }> }>().details[0]?.field).toBe(field);
    }
  });

  it('without a valideur, A9 and A12 invoices are refused, saying how to give one', async () => {
    const res = await depositJson(env, supplier, lot('NONE'), { structureId, fileName: 'lot.zip' });
    expect(res.statusCode, res.body).toBe(202);
    await env.drainJobs();
    const detail = await detailOf(res.json<{ id: string }>().id);
    expect(detail.status).toBe('IN_INTEGRE_PARTIEL');
    expect(detail.validator).toBeNull();
    const byName = new Map(detail.items.map((i) => [i.fileName, i]));
    expect(byName.get('a1.xml')?.status).toBe('accepted');
    for (const name of ['a9.xml', 'a12.xml']) {
      const item = byName.get(name)!;
      expect(item.status).toBe('refused');
      const finding = item.findings.find((f) => f.rule === 'CHORALE-VALIDATOR-REQUIRED');
      expect(finding?.message).toMatch(/codeStructureValideur/);
    }
  });
});

describe('with a valideur given at deposit', () => {
  it('A9 and A12 invoices wait for it (A_VALIDER_1), A1 ones go to the buyer', async () => {
    const res = await depositJson(env, supplier, lot('OK'), {
      structureId,
      fileName: 'lot.zip',
      validator: { siret: titulaire.siret, serviceCode: 'MARCHES' },
    });
    expect(res.statusCode, res.body).toBe(202);
    await env.drainJobs();
    const detail = await detailOf(res.json<{ id: string }>().id);
    expect(detail.status).toBe('IN_INTEGRE');
    expect(detail.validator).toEqual({ identifier: titulaire.siret, serviceCode: 'MARCHES' });
    const invoices = await env.ctx.db
      .selectFrom('invoices')
      .select([
        'number',
        'status',
        'billing_framework',
        'validator_structure_id',
        'validator_identifier',
        'validator_service_code',
      ])
      .where('flux_id', '=', detail.id)
      .orderBy('number')
      .execute();
    expect(invoices).toEqual([
      {
        number: 'OK-A1',
        status: 'MISE_A_DISPOSITION',
        billing_framework: 'A1',
        validator_structure_id: null,
        validator_identifier: null,
        validator_service_code: null,
      },
      {
        number: 'OK-A12',
        status: 'A_VALIDER_1',
        billing_framework: 'A12',
        validator_structure_id: titulaire.id,
        validator_identifier: titulaire.siret,
        validator_service_code: 'MARCHES',
      },
      {
        number: 'OK-A9',
        status: 'A_VALIDER_1',
        billing_framework: 'A9',
        validator_structure_id: titulaire.id,
        validator_identifier: titulaire.siret,
        validator_service_code: 'MARCHES',
      },
    ]);
  });
});
