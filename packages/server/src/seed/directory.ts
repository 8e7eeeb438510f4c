import type { AppContext } from '../context';
import { createDirectoryImport, importDirectory } from '../services/import-directory';
import { generateDirectory } from './directory-generator';
import type { DemoCredential } from './demo';

/** Size of the demo directory: enough to search for real, small enough for a fast first start. */
export const DEMO_DIRECTORY_STRUCTURES = 2000;

/**
 * The demo directory: ~2,000 public structures and their services, generated deterministically in
 * the official file format and imported through the same path as an operator's file.
 */
export async function seedDemoDirectory(ctx: AppContext): Promise<DemoCredential[]> {
  const started = Date.now();
  const files = generateDirectory({ structures: DEMO_DIRECTORY_STRUCTURES });
  const importId = await createDirectoryImport(ctx, {
    source: 'demo',
    createdBy: null,
    structuresFileName: 'demo-structures.csv',
    servicesFileName: 'demo-services.csv',
  });
  const summary = await importDirectory(ctx, importId, {
    structuresCsv: files.structuresCsv,
    servicesCsv: files.servicesCsv,
  });
  ctx.log.info(
    {
      structures: summary.structures.created,
      services: summary.services.created,
      ms: Date.now() - started,
    },
    'demo directory imported',
  );
  return [];
}
