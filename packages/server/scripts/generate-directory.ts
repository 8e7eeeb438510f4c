/**
 * Writes a directory in the official annuaire format (structures and services files):
 *   npx tsx packages/server/scripts/generate-directory.ts OUT_DIR [--structures N] [--seed S]
 * Deterministic: the same options give the same bytes. Default: the demo directory (2,000).
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateDirectory } from '../src/seed/directory-generator';

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}: a positive whole number`);
  return value;
}

const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!out) {
  process.stderr.write(
    'Usage: generate-directory.ts OUT_DIR [--structures 2000] [--seed 20240101]\n',
  );
  process.exit(2);
}
const generated = generateDirectory({
  structures: option(args, '--structures', 2000),
  seed: option(args, '--seed', 20240101),
});
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'structures.csv'), generated.structuresCsv);
fs.writeFileSync(path.join(out, 'services.csv'), generated.servicesCsv);
process.stdout.write(
  `${generated.structureCount} structures and ${generated.serviceCount} services written to ${out}\n`,
);
