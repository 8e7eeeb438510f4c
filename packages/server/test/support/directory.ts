import { STRUCTURE_COLUMNS, SERVICE_COLUMNS } from '../../src/domain/directory/file-format';
import { withLuhnDigit } from '../../src/domain/directory/identifiers';
import {
  createDirectoryImport,
  importDirectory,
  type DirectoryImportSummary,
} from '../../src/services/import-directory';
import type { TestEnv } from './app';

export type StructureLine = Partial<Record<(typeof STRUCTURE_COLUMNS)[number], string>>;
export type ServiceLine = Partial<Record<(typeof SERVICE_COLUMNS)[number], string>>;

/** A valid SIRET made from a 13-digit body (the check digit is computed). */
export const siret = (body: string): string => withLuhnDigit(body.padEnd(13, '0'));

const STRUCTURE_DEFAULTS: Record<string, string> = {
  TypeIdentifiant: 'SIRET',
  EmetteurEdi: 'false',
  RecepteurEdi: 'false',
  GestionStatutMiseEnPaiement: 'true',
  GestionEngagement: 'false',
  GestionService: 'false',
  GestionServiceEngagement: 'false',
  EstMOA: 'false',
  EstMOAUniquement: 'false',
  StructureActive: 'true',
  Adresse: '1 place de la Mairie',
  ComplementAdresse1: '',
  ComplementAdresse2: '',
  CodePostal: '76000',
  Ville: 'ROUEN',
  NumTelephone: '',
  Courriel: '',
  CodePays: 'FR',
  LibellePays: 'FRANCE',
};

/** A structures file in the official format (header + lines; missing cells get defaults). */
export function structuresFile(lines: StructureLine[]): string {
  const rows = lines.map((l) =>
    STRUCTURE_COLUMNS.map((c) => l[c] ?? STRUCTURE_DEFAULTS[c] ?? '').join(';'),
  );
  return `${[STRUCTURE_COLUMNS.join(';'), ...rows].join('\n')}\n`;
}

export function servicesFile(lines: ServiceLine[]): string {
  const defaults: Record<string, string> = {
    TypeIdentifiant: 'SIRET',
    GestionEngagement: 'false',
    ServiceActif: 'true',
  };
  const rows = lines.map((l) => SERVICE_COLUMNS.map((c) => l[c] ?? defaults[c] ?? '').join(';'));
  return `${[SERVICE_COLUMNS.join(';'), ...rows].join('\n')}\n`;
}

/** Runs an import straight through the service, as the CLI does. */
export async function importFiles(
  env: TestEnv,
  structuresCsv: string,
  servicesCsv: string | null = null,
): Promise<DirectoryImportSummary> {
  const id = await createDirectoryImport(env.ctx, {
    source: 'cli',
    createdBy: null,
    structuresFileName: 'structures.csv',
    servicesFileName: servicesCsv === null ? null : 'services.csv',
  });
  return importDirectory(env.ctx, id, { structuresCsv, servicesCsv });
}
