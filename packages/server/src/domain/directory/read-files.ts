import { parseCsv, type CsvRecord } from './csv';
import {
  SERVICE_COLUMNS,
  STRUCTURE_COLUMNS,
  cell,
  parseDate,
  parseFlag,
  readHeader,
  type HeaderMap,
  type RowProblem,
} from './file-format';
import { checkIdentifier, type IdentifierType } from '../habilitation/identifiers';
import { parseIdentifierType } from './identifiers';

/** A valid line of the structures file, in the portal's terms. */
export interface DirectoryStructureRow {
  line: number;
  identifierType: IdentifierType;
  identifier: string;
  name: string;
  ediEmitter: boolean;
  ediReceiver: boolean;
  /** GestionStatutMiseEnPaiement: the structure reports the payment status back. */
  reportsPaymentStatus: boolean;
  /** GestionEngagement → numeroEJDoitEtreRenseigne. */
  legalCommitmentRequired: boolean;
  /** GestionService → codeServiceDoitEtreRenseigne. */
  serviceCodeRequired: boolean;
  /** GestionServiceEngagement → gestionNumeroEJOuCodeService. */
  serviceOrLegalCommitmentRequired: boolean;
  isMoa: boolean;
  isMoaOnly: boolean;
  isActive: boolean;
  addressLine1: string | null;
  addressLine2: string | null;
  addressLine3: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  countryCode: string;
  countryLabel: string | null;
}

/** A valid line of the services file. */
export interface DirectoryServiceRow {
  line: number;
  identifierType: IdentifierType;
  identifier: string;
  code: string;
  name: string;
  legalCommitmentRequired: boolean;
  isActive: boolean;
  validFrom: string | null;
  validTo: string | null;
}

export interface ReadResult<T> {
  rows: T[];
  problems: RowProblem[];
  /** Keys (`type:identifier`) of every line whose identifier could be read, valid or not. */
  seen: Set<string>;
}

export const structureKey = (type: string, identifier: string): string => `${type}:${identifier}`;

type Problem = Omit<RowProblem, 'file' | 'line'>;

const FLAG_COLUMNS = [
  ['EmetteurEdi', 'ediEmitter'],
  ['RecepteurEdi', 'ediReceiver'],
  ['GestionStatutMiseEnPaiement', 'reportsPaymentStatus'],
  ['GestionEngagement', 'legalCommitmentRequired'],
  ['GestionService', 'serviceCodeRequired'],
  ['GestionServiceEngagement', 'serviceOrLegalCommitmentRequired'],
  ['EstMOA', 'isMoa'],
  ['EstMOAUniquement', 'isMoaOnly'],
  ['StructureActive', 'isActive'],
] as const;

const LIMITS: Record<string, number> = {
  RaisonSociale: 200,
  Adresse: 200,
  ComplementAdresse1: 200,
  ComplementAdresse2: 200,
  CodePostal: 10,
  Ville: 100,
  NumTelephone: 30,
  Courriel: 254,
  LibellePays: 100,
  CodeService: 100,
  LibelleService: 200,
};

const missing = (column: string): Problem => ({
  column,
  reason: 'MISSING_VALUE',
  message: { fr: `${column} : valeur obligatoire.`, en: `${column}: a value is required.` },
});

function tooLong(
  header: HeaderMap,
  record: CsvRecord,
  columns: readonly string[],
): Problem | undefined {
  for (const column of columns) {
    const limit = LIMITS[column];
    if (limit !== undefined && cell(header, record, column).length > limit) {
      return {
        column,
        reason: 'TOO_LONG',
        message: {
          fr: `${column} : ${limit} caractères au plus.`,
          en: `${column}: at most ${limit} characters.`,
        },
      };
    }
  }
  return undefined;
}

function readIdentifier(
  header: HeaderMap,
  record: CsvRecord,
): { type: IdentifierType; identifier: string } | Problem {
  const rawType = cell(header, record, 'TypeIdentifiant');
  const type = parseIdentifierType(rawType);
  if (!type) {
    return {
      column: 'TypeIdentifiant',
      reason: 'BAD_IDENTIFIER_TYPE',
      message: {
        fr: `TypeIdentifiant : type inconnu « ${rawType} ».`,
        en: `TypeIdentifiant: unknown type "${rawType}".`,
      },
    };
  }
  const raw = cell(header, record, 'Identifiant');
  if (raw === '') return missing('Identifiant');
  const checked = checkIdentifier(type, raw);
  if (!checked.ok) {
    return {
      column: 'Identifiant',
      reason: 'BAD_IDENTIFIER',
      message: {
        fr: `Identifiant « ${raw} » : ${checked.message.fr}`,
        en: `Identifiant "${raw}": ${checked.message.en}`,
      },
    };
  }
  const identifier = checked.value;
  return { type, identifier };
}

function badFlag(column: string, raw: string): Problem {
  return {
    column,
    reason: 'BAD_FLAG',
    message: {
      fr: `${column} : « ${raw} » n'est pas un booléen (true ou false).`,
      en: `${column}: "${raw}" is not a boolean (true or false).`,
    },
  };
}

function columnCount(header: HeaderMap, record: CsvRecord): Problem | undefined {
  if (record.fields.length === header.width) return undefined;
  return {
    reason: 'COLUMN_COUNT',
    message: {
      fr: `${record.fields.length} colonnes au lieu de ${header.width}.`,
      en: `${record.fields.length} columns instead of ${header.width}.`,
    },
  };
}

const orNull = (value: string): string | null => (value === '' ? null : value);

function readStructure(header: HeaderMap, record: CsvRecord): DirectoryStructureRow | Problem {
  const count = columnCount(header, record);
  if (count) return count;
  const id = readIdentifier(header, record);
  if ('reason' in id) return id;
  const name = cell(header, record, 'RaisonSociale');
  if (name === '') return missing('RaisonSociale');
  const long = tooLong(header, record, STRUCTURE_COLUMNS);
  if (long) return long;
  const flags: Partial<Record<(typeof FLAG_COLUMNS)[number][1], boolean>> = {};
  for (const [column, key] of FLAG_COLUMNS) {
    const raw = cell(header, record, column);
    // An absent activity flag means active: the export lists structures that exist.
    const value = column === 'StructureActive' && raw === '' ? true : parseFlag(raw);
    if (value === undefined) return badFlag(column, raw);
    flags[key] = value;
  }
  const countryCode = (cell(header, record, 'CodePays') || 'FR').toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) {
    return {
      column: 'CodePays',
      reason: 'BAD_VALUE',
      message: {
        fr: `CodePays : « ${countryCode} » n'est pas un code pays ISO à deux lettres.`,
        en: `CodePays: "${countryCode}" is not a two-letter ISO country code.`,
      },
    };
  }
  const email = cell(header, record, 'Courriel');
  if (email !== '' && !/^[^@\s]+@[^@\s]+$/.test(email)) {
    return {
      column: 'Courriel',
      reason: 'BAD_VALUE',
      message: {
        fr: `Courriel : « ${email} » n'est pas une adresse e-mail.`,
        en: `Courriel: "${email}" is not an e-mail address.`,
      },
    };
  }
  return {
    line: record.line,
    identifierType: id.type,
    identifier: id.identifier,
    name,
    ediEmitter: flags.ediEmitter ?? false,
    ediReceiver: flags.ediReceiver ?? false,
    reportsPaymentStatus: flags.reportsPaymentStatus ?? false,
    legalCommitmentRequired: flags.legalCommitmentRequired ?? false,
    serviceCodeRequired: flags.serviceCodeRequired ?? false,
    serviceOrLegalCommitmentRequired: flags.serviceOrLegalCommitmentRequired ?? false,
    isMoa: flags.isMoa ?? false,
    isMoaOnly: flags.isMoaOnly ?? false,
    isActive: flags.isActive ?? true,
    addressLine1: orNull(cell(header, record, 'Adresse')),
    addressLine2: orNull(cell(header, record, 'ComplementAdresse1')),
    addressLine3: orNull(cell(header, record, 'ComplementAdresse2')),
    postalCode: orNull(cell(header, record, 'CodePostal')),
    city: orNull(cell(header, record, 'Ville')),
    phone: orNull(cell(header, record, 'NumTelephone')),
    email: orNull(email),
    countryCode,
    countryLabel: orNull(cell(header, record, 'LibellePays')),
  };
}

function readService(header: HeaderMap, record: CsvRecord): DirectoryServiceRow | Problem {
  const count = columnCount(header, record);
  if (count) return count;
  const id = readIdentifier(header, record);
  if ('reason' in id) return id;
  const code = cell(header, record, 'CodeService');
  if (code === '') return missing('CodeService');
  const name = cell(header, record, 'LibelleService');
  if (name === '') return missing('LibelleService');
  const long = tooLong(header, record, SERVICE_COLUMNS);
  if (long) return long;
  const rawEj = cell(header, record, 'GestionEngagement');
  const legalCommitmentRequired = parseFlag(rawEj);
  if (legalCommitmentRequired === undefined) return badFlag('GestionEngagement', rawEj);
  const rawActive = cell(header, record, 'ServiceActif');
  const isActive = rawActive === '' ? true : parseFlag(rawActive);
  if (isActive === undefined) return badFlag('ServiceActif', rawActive);
  const dates: Array<string | null> = [];
  for (const column of ['DateDebutValidite', 'DateFinValidite']) {
    const raw = cell(header, record, column);
    const date = parseDate(raw);
    if (date === undefined) {
      return {
        column,
        reason: 'BAD_DATE',
        message: {
          fr: `${column} : « ${raw} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA).`,
          en: `${column}: "${raw}" is not a date (YYYY-MM-DD or DD/MM/YYYY).`,
        },
      };
    }
    dates.push(date);
  }
  return {
    line: record.line,
    identifierType: id.type,
    identifier: id.identifier,
    code,
    name,
    legalCommitmentRequired,
    isActive,
    validFrom: dates[0] ?? null,
    validTo: dates[1] ?? null,
  };
}

function readFile<T extends { line: number; identifierType: string; identifier: string }>(
  file: RowProblem['file'],
  text: string,
  required: readonly string[],
  readRow: (header: HeaderMap, record: CsvRecord) => T | Problem,
  keyOf: (row: T) => string,
): ReadResult<T> {
  const csv = parseCsv(text);
  const problems: RowProblem[] = csv.problems.map((p) => ({
    file,
    line: p.line,
    reason: 'MALFORMED_CSV',
    message: { fr: 'Guillemet non fermé.', en: 'Unclosed quote.' },
  }));
  const head = readHeader(file, csv.records[0], required);
  const seen = new Set<string>();
  if ('problem' in head) return { rows: [], problems: [...problems, head.problem], seen };
  const rows: T[] = [];
  const lines = new Map<string, number>();
  for (const record of csv.records.slice(1)) {
    const row = readRow(head.header, record);
    if ('reason' in row) {
      problems.push({ file, line: record.line, ...row });
      const type = parseIdentifierType(cell(head.header, record, 'TypeIdentifiant'));
      const checked = type && checkIdentifier(type, cell(head.header, record, 'Identifiant'));
      if (type && checked && checked.ok) seen.add(structureKey(type, checked.value));
      continue;
    }
    seen.add(structureKey(row.identifierType, row.identifier));
    const key = keyOf(row);
    const first = lines.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        line: record.line,
        reason: 'DUPLICATE',
        message: {
          fr: `Doublon de la ligne ${first}.`,
          en: `Duplicate of line ${first}.`,
        },
      });
      continue;
    }
    lines.set(key, record.line);
    rows.push(row);
  }
  return { rows, problems, seen };
}

/** Reads and checks the structures file; bad lines are reported, good ones kept. */
export function readStructuresFile(text: string): ReadResult<DirectoryStructureRow> {
  return readFile(
    'structures',
    text,
    STRUCTURE_COLUMNS.filter((c) => c !== 'LibellePays' && c !== 'CodePays'),
    readStructure,
    (row) => structureKey(row.identifierType, row.identifier),
  );
}

/**
 * Reads and checks the services file. `knownStructures` holds the keys of the structures this
 * import knows; a service of any other structure is refused by line.
 */
export function readServicesFile(
  text: string,
  knownStructures: (key: string) => boolean,
): ReadResult<DirectoryServiceRow> {
  const result = readFile(
    'services',
    text,
    ['Identifiant', 'CodeService', 'LibelleService'],
    readService,
    (row) => `${structureKey(row.identifierType, row.identifier)}:${row.code}`,
  );
  const rows: DirectoryServiceRow[] = [];
  for (const row of result.rows) {
    if (knownStructures(structureKey(row.identifierType, row.identifier))) {
      rows.push(row);
      continue;
    }
    result.problems.push({
      file: 'services',
      line: row.line,
      column: 'Identifiant',
      reason: 'UNKNOWN_STRUCTURE',
      message: {
        fr: `Identifiant : la structure ${row.identifier} n'est pas dans le fichier des structures.`,
        en: `Identifiant: structure ${row.identifier} is not in the structures file.`,
      },
    });
  }
  result.problems.sort((a, b) => a.line - b.line);
  return { ...result, rows };
}
