import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { STRUCTURE_COLUMNS } from './file-format';
import { readServicesFile, readStructuresFile } from './read-files';

const HEADER = STRUCTURE_COLUMNS.join(';');
// A valid SIRET (Luhn) for a commune.
const SIRET = '21760575200013';
const line = (
  overrides: Partial<Record<(typeof STRUCTURE_COLUMNS)[number], string>> = {},
): string => {
  const base: Record<string, string> = {
    TypeIdentifiant: 'SIRET',
    Identifiant: SIRET,
    RaisonSociale: 'Commune de Saint-Étienne-du-Rouvray',
    EmetteurEdi: 'false',
    RecepteurEdi: 'false',
    GestionStatutMiseEnPaiement: 'true',
    GestionEngagement: 'false',
    GestionService: 'true',
    GestionServiceEngagement: 'false',
    EstMOA: 'false',
    EstMOAUniquement: 'false',
    StructureActive: 'true',
    Adresse: 'Place de la Libération',
    ComplementAdresse1: '',
    ComplementAdresse2: '',
    CodePostal: '76800',
    Ville: 'SAINT-ETIENNE-DU-ROUVRAY',
    NumTelephone: '',
    Courriel: 'factures@example.fr',
    CodePays: 'FR',
    LibellePays: 'FRANCE',
    ...overrides,
  };
  return STRUCTURE_COLUMNS.map((c) => base[c]).join(';');
};

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF, a BOM, and keeps the starting line of each record', () => {
    const { records, problems } = parseCsv(
      '\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n\r\n"multi\nline";z\n',
    );
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;1', 'say "hi"'] },
      { line: 4, fields: ['multi\nline', 'z'] },
    ]);
  });

  it('reports an unclosed quote on its line', () => {
    expect(parseCsv('a;b\n"open;x\n').problems).toEqual([{ line: 2, message: 'unclosed quote' }]);
  });
});

describe('readStructuresFile', () => {
  it('refuses a file without the official columns at line 1 and imports nothing', () => {
    const result = readStructuresFile('Identifiant;Nom\n123;X\n');
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 1, reason: 'MISSING_COLUMNS' });
    expect(result.problems[0]!.message.en).toContain('RaisonSociale');
  });

  it('reports each bad line by number and reason and keeps the good ones', () => {
    const text = [
      HEADER,
      line(),
      line({ Identifiant: '21760575200014' }),
      line({ Identifiant: '21760575200021', GestionService: 'peut-être' }),
      line({ TypeIdentifiant: 'NIR', Identifiant: '21760575200021' }),
      `${line({ Identifiant: '21760575200021' })};extra`,
      line({ Identifiant: '21760575200021', RaisonSociale: '' }),
      line({ Identifiant: '21760575200021', CodePays: 'FRA' }),
      line(),
      line({ Identifiant: '21760575200021', StructureActive: 'non' }),
    ].join('\n');
    const result = readStructuresFile(text);
    expect(result.problems.map((p) => [p.line, p.reason, p.column])).toEqual([
      [3, 'BAD_IDENTIFIER', 'Identifiant'],
      [4, 'BAD_FLAG', 'GestionService'],
      [5, 'BAD_IDENTIFIER_TYPE', 'TypeIdentifiant'],
      [6, 'COLUMN_COUNT', undefined],
      [7, 'MISSING_VALUE', 'RaisonSociale'],
      [8, 'BAD_VALUE', 'CodePays'],
      [9, 'DUPLICATE', undefined],
    ]);
    expect(result.problems[1]!.message).toEqual({
      fr: "GestionService : « peut-être » n'est pas un booléen (true ou false).",
      en: 'GestionService: "peut-être" is not a boolean (true or false).',
    });
    expect(result.rows.map((r) => [r.line, r.identifier, r.isActive])).toEqual([
      [2, SIRET, true],
      [10, '21760575200021', false],
    ]);
    expect(result.rows[0]).toMatchObject({
      serviceCodeRequired: true,
      legalCommitmentRequired: false,
      reportsPaymentStatus: true,
      postalCode: '76800',
      countryLabel: 'FRANCE',
      addressLine2: null,
    });
    // A refused line that names a structure still counts as listed (no deactivation by a typo).
    expect(result.seen.has('SIRET:21760575200021')).toBe(true);
  });

  it('accepts the numeric identifier type and spreadsheet spellings of booleans', () => {
    const result = readStructuresFile(
      [HEADER, line({ TypeIdentifiant: '1', GestionEngagement: 'Oui', GestionService: '0' })].join(
        '\n',
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      identifierType: 'SIRET',
      legalCommitmentRequired: true,
      serviceCodeRequired: false,
    });
  });
});

describe('readServicesFile', () => {
  const header =
    'TypeIdentifiant;Identifiant;CodeService;LibelleService;GestionEngagement;ServiceActif;DateDebutValidite;DateFinValidite';
  it('reports unknown structures, bad flags and bad dates by line', () => {
    const text = [
      header,
      `SIRET;${SIRET};FIN;Service financier;true;true;2020-01-01;`,
      `SIRET;21760575200021;FIN;Service financier;false;true;;`,
      `SIRET;${SIRET};ACH;Achats;maybe;true;;`,
      `SIRET;${SIRET};RH;Ressources humaines;false;true;31/02/2024;`,
      `SIRET;${SIRET};TECH;Services techniques;false;false;01/01/2020;2030-12-31`,
      `SIRET;${SIRET};FIN;Again;false;true;;`,
    ].join('\n');
    const result = readServicesFile(text, (key) => key === `SIRET:${SIRET}`);
    expect(result.problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'UNKNOWN_STRUCTURE'],
      [4, 'BAD_FLAG'],
      [5, 'BAD_DATE'],
      [7, 'DUPLICATE'],
    ]);
    expect(result.rows).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'FIN',
        legalCommitmentRequired: true,
        validFrom: '2020-01-01',
        validTo: null,
      }),
      expect.objectContaining({
        line: 6,
        code: 'TECH',
        isActive: false,
        validFrom: '2020-01-01',
        validTo: '2030-12-31',
      }),
    ]);
  });
});
