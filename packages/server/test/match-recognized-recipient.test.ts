import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchRecognizedRecipient } from '../src/services/match-recognized-recipient';
import { createTestEnv, type TestEnv } from './support/app';
import { importFiles, servicesFile, siret, structuresFile } from './support/directory';
import { person, setRequireValidation, structureOf } from './support/structures';

const CHU = siret('2676000000001');
const DRFIP = siret('1300054800001');
const OLD = siret('2176000000009');
// Two establishments of one legal entity (same SIREN), the first no longer active.
const LYON_CLOSED = siret('2569000000001');
const LYON_OPEN = siret('2569000000002');

/** The French VAT number of a SIREN: FR + key (12 + 3 × (SIREN mod 97)) mod 97 + SIREN. */
function vatOf(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

describe('matching a recognised recipient against the directory', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv();
    await importFiles(
      env,
      structuresFile([
        {
          Identifiant: CHU,
          RaisonSociale: 'Centre hospitalier universitaire de Rouen',
          GestionEngagement: 'true',
        },
        {
          Identifiant: DRFIP,
          RaisonSociale: 'Direction régionale des finances publiques de Normandie',
          GestionService: 'true',
        },
        {
          Identifiant: OLD,
          RaisonSociale: 'Syndicat intercommunal dissous',
          StructureActive: 'false',
        },
        { Identifiant: LYON_CLOSED, RaisonSociale: 'Université de Lyon', StructureActive: 'false' },
        { Identifiant: LYON_OPEN, RaisonSociale: 'Université de Lyon - campus Est' },
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
      ]),
    );
  });
  afterAll(async () => {
    await env.close();
  });

  it('finds nothing without clues, or for identifiers and names the directory lacks', async () => {
    expect(await matchRecognizedRecipient(env.ctx.db, { identifiers: [] })).toBeNull();
    expect(
      await matchRecognizedRecipient(env.ctx.db, {
        identifiers: [siret('9999999990001'), 'DE123456789', 'not an id'],
        name: 'Zzyzx Qwv',
      }),
    ).toBeNull();
  });

  it('never matches a private company, even by its exact SIRET', async () => {
    await setRequireValidation(env, false);
    const owner = await person(env);
    const company = await structureOf(env, owner, 'Fournisseur privé SARL');
    const match = await matchRecognizedRecipient(env.ctx.db, {
      identifiers: [company.siret],
      name: 'Fournisseur privé SARL',
    });
    expect(match).toBeNull();
  });

  it('matches an exact SIRET with its requirements and active services', async () => {
    const match = await matchRecognizedRecipient(env.ctx.db, {
      identifiers: [DRFIP],
      confidence: 1,
    });
    expect(match).toMatchObject({
      identifier: DRFIP,
      name: 'Direction régionale des finances publiques de Normandie',
      active: true,
      serviceCodeRequired: true,
      legalCommitmentRequired: false,
      matchedBy: 'siret',
      confidence: 0.98,
    });
    expect(match?.services).toEqual([
      { code: 'ACH', name: 'Direction des achats', legalCommitmentRequired: true },
      { code: 'FIN', name: 'Service financier', legalCommitmentRequired: false },
    ]);
  });

  it('says when the structure found is no longer active', async () => {
    const match = await matchRecognizedRecipient(env.ctx.db, { identifiers: [OLD] });
    expect(match).toMatchObject({ identifier: OLD, active: false, matchedBy: 'siret' });
  });

  it('matches by SIREN from a VAT number, preferring an active establishment, less surely', async () => {
    const siren = LYON_OPEN.slice(0, 9);
    const match = await matchRecognizedRecipient(env.ctx.db, {
      identifiers: [vatOf(siren)],
      confidence: 0.85,
    });
    expect(match).toMatchObject({ identifier: LYON_OPEN, active: true, matchedBy: 'siren' });
    // Two establishments: 0.6, times the recogniser's 0.85.
    expect(match?.confidence).toBe(0.51);
  });

  it('matches a SIREN with one establishment more surely than one with several', async () => {
    const match = await matchRecognizedRecipient(env.ctx.db, { identifiers: [CHU.slice(0, 9)] });
    expect(match).toMatchObject({
      identifier: CHU,
      matchedBy: 'siren',
      legalCommitmentRequired: true,
      confidence: 0.85,
    });
  });

  it('falls back to the name, tolerating case, accents and a typo', async () => {
    const exact = await matchRecognizedRecipient(env.ctx.db, {
      identifiers: [],
      name: 'CENTRE HOSPITALIER UNIVERSITAIRE DE ROUEN',
    });
    expect(exact).toMatchObject({ identifier: CHU, matchedBy: 'name', confidence: 0.75 });
    const typo = await matchRecognizedRecipient(env.ctx.db, {
      identifiers: [],
      name: 'Direction regionale des finances publiqes Normandie',
    });
    expect(typo).toMatchObject({ identifier: DRFIP, matchedBy: 'name' });
    expect(typo?.confidence).toBeLessThan(0.75);
  });

  it('works inside a transaction', async () => {
    const match = await env.ctx.db
      .transaction()
      .execute((trx) =>
        matchRecognizedRecipient(trx, { identifiers: [], name: 'Centre hospitalier de Rouen' }),
      );
    expect(match).toMatchObject({ identifier: CHU, matchedBy: 'name' });
  });
});
