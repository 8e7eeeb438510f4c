/**
 * Access to the shared reference corpus (../shared relative to the repository root). Tests that need
 * it fail loudly when it is missing: a conformance figure must never pass by being skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../../../', import.meta.url)));
export const SHARED = resolve(REPO_ROOT, '../shared');
export const CORPUS = resolve(SHARED, 'corpus');

export function requireShared(): void {
  if (!existsSync(resolve(CORPUS, 'MANIFEST.tsv'))) {
    throw new Error(
      `reference corpus not found at ${CORPUS}: these tests need ../shared next to the repository`,
    );
  }
}

export type ManifestRow = Record<string, string>;

/** Reads a tab-separated manifest with a header row. */
export function readManifest(path: string): ManifestRow[] {
  requireShared();
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cols = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}
