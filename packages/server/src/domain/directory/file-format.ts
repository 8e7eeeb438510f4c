import type { Localized } from '../../i18n/lang';
import type { CsvRecord } from './csv';

/** Columns of the official annuaire structures file, in the published order. */
export const STRUCTURE_COLUMNS = [
  'TypeIdentifiant',
  'Identifiant',
  'RaisonSociale',
  'EmetteurEdi',
  'RecepteurEdi',
  'GestionStatutMiseEnPaiement',
  'GestionEngagement',
  'GestionService',
  'GestionServiceEngagement',
  'EstMOA',
  'EstMOAUniquement',
  'StructureActive',
  'Adresse',
  'ComplementAdresse1',
  'ComplementAdresse2',
  'CodePostal',
  'Ville',
  'NumTelephone',
  'Courriel',
  'CodePays',
  'LibellePays',
] as const;

/**
 * Columns of the services file. Chorus Pro's services export is not documented publicly (see the
 * domain notes), so Chorale defines it in the same style: one row per service, keyed by its
 * structure's identifier, with the service-level EJ flag (`numeroEngagement`) and validity dates.
 */
export const SERVICE_COLUMNS = [
  'TypeIdentifiant',
  'Identifiant',
  'CodeService',
  'LibelleService',
  'GestionEngagement',
  'ServiceActif',
  'DateDebutValidite',
  'DateFinValidite',
] as const;

export type RowProblemReason =
  | 'MISSING_COLUMNS'
  | 'COLUMN_COUNT'
  | 'MALFORMED_CSV'
  | 'MISSING_VALUE'
  | 'BAD_IDENTIFIER_TYPE'
  | 'BAD_IDENTIFIER'
  | 'BAD_FLAG'
  | 'BAD_DATE'
  | 'BAD_VALUE'
  | 'TOO_LONG'
  | 'DUPLICATE'
  | 'UNKNOWN_STRUCTURE';

/** One refused line of an import file: which line, which column, why (machine and human). */
export interface RowProblem {
  file: 'structures' | 'services';
  line: number;
  column?: string;
  reason: RowProblemReason;
  message: Localized;
}

/** Maps column names to positions; names are matched without regard to case or spaces. */
export interface HeaderMap {
  index: Map<string, number>;
  width: number;
}

const squash = (name: string): string => name.replace(/\s+/g, '').toLowerCase();

export function readHeader(
  file: RowProblem['file'],
  header: CsvRecord | undefined,
  required: readonly string[],
): { header: HeaderMap } | { problem: RowProblem } {
  const index = new Map<string, number>();
  header?.fields.forEach((name, i) => index.set(squash(name), i));
  const missing = required.filter((name) => !index.has(squash(name)));
  if (!header || missing.length > 0) {
    const list = (header ? missing : required).join(', ');
    return {
      problem: {
        file,
        line: 1,
        reason: 'MISSING_COLUMNS',
        message: {
          fr: `Colonnes absentes de l'en-tête : ${list}.`,
          en: `Columns missing from the header: ${list}.`,
        },
      },
    };
  }
  return { header: { index, width: header.fields.length } };
}

/** Reads one cell by column name (trimmed; empty when the column is absent). */
export function cell(header: HeaderMap, record: CsvRecord, column: string): string {
  const i = header.index.get(squash(column));
  return i === undefined ? '' : (record.fields[i] ?? '').trim();
}

const TRUE = new Set(['true', 'vrai', 'oui', 'o', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'faux', 'non', 'n', 'no', '0', '']);

/** Flags of the export are `true`/`false`; spreadsheets rewrite them, so common spellings pass. */
export function parseFlag(raw: string): boolean | undefined {
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}

/** `YYYY-MM-DD` or `DD/MM/YYYY`; empty is no date. Returns null for empty, undefined for bad. */
export function parseDate(raw: string): string | null | undefined {
  const value = raw.trim();
  if (value === '') return null;
  let iso: string | undefined;
  const fr = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (fr) iso = `${fr[3]}-${fr[2]}-${fr[1]}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) iso = value;
  else if (/^\d{4}-\d{2}-\d{2}[T ]/.test(value)) iso = value.slice(0, 10);
  if (!iso) return undefined;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
