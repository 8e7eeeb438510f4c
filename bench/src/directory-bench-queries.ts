import type { AppContext } from '../../packages/server/src/context';
import { searchDirectoryStructures } from '../../packages/server/src/db/queries/directory-search';
import { readStructuresFile } from '../../packages/server/src/domain/directory/read-files';
import { normalizeText, trigramsOf } from '../../packages/server/src/domain/directory/search-text';
import {
  searchDirectory,
  type DirectorySearchInput,
} from '../../packages/server/src/services/search-directory';
import { seededRandom } from '../../packages/server/src/seed/directory-generator';

/**
 * The directory bench's queries: identifier prefixes, names with one typo in each word, cities;
 * and their measure (latency per kind, and whether the intended structure is on the first page).
 */
export const QUERIES_PER_KIND = 150;

export type Kind = 'identifier prefix' | 'name with a typo' | 'city';

export interface BenchQuery {
  kind: Kind;
  input: DirectorySearchInput;
  /** For a name with a typo: the name that should come back on the first page. */
  expected?: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One substitution, insertion, deletion or transposition, anywhere in the word. */
function typoIn(word: string, random: () => number): string {
  const letter = () => LETTERS[Math.floor(random() * LETTERS.length)]!;
  const kind = Math.floor(random() * 4);
  const i = Math.floor(random() * word.length);
  if (kind === 0) {
    let other = letter();
    while (other === word[i]?.toLowerCase()) other = letter();
    return word.slice(0, i) + other + word.slice(i + 1);
  }
  if (kind === 1) return word.slice(0, i) + letter() + word.slice(i);
  if (kind === 2) return word.slice(0, i) + word.slice(i + 1);
  const j = Math.min(i, word.length - 2);
  return word.slice(0, j) + word[j + 1]! + word[j]! + word.slice(j + 2);
}

/**
 * What people type for a structure: its whole name, or its distinctive end (from the word before
 * the longest one: "hospitalier universitaire de Rouen"), with one typo in every word of four
 * letters or more, and as often as not without accents or capitals.
 */
export function withTypos(name: string, random: () => number): string {
  const tokens = name.split(' ');
  let at = 0;
  tokens.forEach((w, i) => {
    if (w.length > (tokens[at]?.length ?? 0)) at = i;
  });
  const typed = random() < 0.5 ? tokens : tokens.slice(Math.max(0, at - 1));
  // Words as the search sees them: hyphens and apostrophes separate words too.
  const withTypo = typed
    .join(' ')
    .split(/([\s'-]+)/)
    .map((part) => (/^\p{L}{4,}$/u.test(part) ? typoIn(part, random) : part))
    .join('');
  const style = random();
  if (style < 0.33) return withTypo.toLowerCase();
  if (style < 0.66) return withTypo.normalize('NFD').replace(/\p{M}+/gu, '');
  return withTypo;
}

export function buildQueries(structuresCsv: string): BenchQuery[] {
  const rows = readStructuresFile(structuresCsv).rows.filter((r) => r.isActive);
  const random = seededRandom(7);
  const pick = () => rows[Math.floor(random() * rows.length)]!;
  const queries: BenchQuery[] = [];
  // Interleaved kinds, so that no kind enjoys a warmer cache than another.
  for (let i = 0; i < QUERIES_PER_KIND; i += 1) {
    const length = 4 + Math.floor(random() * 8);
    queries.push({
      kind: 'identifier prefix',
      input: { q: pick().identifier.slice(0, length), page: 1, pageSize: 20 },
    });
    const named = pick();
    queries.push({
      kind: 'name with a typo',
      input: { q: withTypos(named.name, random), page: 1, pageSize: 20 },
      expected: named.name,
    });
    queries.push({ kind: 'city', input: { city: pick().city ?? 'ROUEN', page: 1, pageSize: 20 } });
  }
  return queries;
}

export interface SearchFigures {
  latency: Record<Kind | 'all', { median: number; p95: number }>;
  found: number;
  /** Typo queries whose intended structure (by name) is on the first page. */
  typoHits: number;
  typoTotal: number;
  /** The typo queries that missed, for a look at why. */
  misses: string[];
  /** Per query, the fastest of a few runs. */
  best: Record<Kind | 'all', { median: number; p95: number }>;
  /** The typo queries by trigram similarity alone. */
  trigram: { median: number; p95: number; hits: number };
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const statsOf = (values: number[]): { median: number; p95: number } => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};

/** Runs needed for the best-of figure: the query's own cost, less what the machine adds. */
const RUNS = 3;

export async function runQueries(ctx: AppContext, queries: BenchQuery[]): Promise<SearchFigures> {
  // Warm-up, as a running portal would be.
  for (const q of queries.slice(0, 30)) await searchDirectory(ctx, q.input);
  const samples: Record<string, number[]> = {};
  const best: Record<string, number[]> = {};
  let found = 0;
  let typoHits = 0;
  const misses: string[] = [];
  for (const q of queries) {
    let fastest = Infinity;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      const result = await searchDirectory(ctx, q.input);
      const ms = performance.now() - started;
      fastest = Math.min(fastest, ms);
      if (run > 0) continue;
      // The first run is the figure: a query as a user makes it once.
      if (result.items.length > 0) found += 1;
      if (q.expected !== undefined) {
        if (result.items.some((i) => i.name === q.expected)) typoHits += 1;
        else misses.push(`${q.input.q} -> ${q.expected} (${result.total} results)`);
      }
      (samples[q.kind] ??= []).push(ms);
      (samples.all ??= []).push(ms);
    }
    (best[q.kind] ??= []).push(fastest);
    (best.all ??= []).push(fastest);
  }
  const stats = (from: Record<string, number[]>) =>
    Object.fromEntries(
      Object.entries(from).map(([kind, values]) => [kind, statsOf(values)]),
    ) as SearchFigures['latency'];
  const typoQueries = queries.filter((q) => q.expected !== undefined);
  // The same typo queries by trigram similarity alone (the fallback, and the method before the
  // word search): its latency and recall, measured on the same run.
  const trigram: number[] = [];
  let trigramHits = 0;
  for (const q of typoQueries) {
    const normalized = normalizeText(q.input.q ?? '');
    const started = performance.now();
    const rows = await searchDirectoryStructures(ctx.db, {
      text: { normalized, trigrams: trigramsOf(normalized) },
      limit: 20,
      offset: 0,
    });
    trigram.push(performance.now() - started);
    if (rows.some((r) => r.name === q.expected)) trigramHits += 1;
  }
  return {
    latency: stats(samples),
    best: stats(best),
    found,
    typoHits,
    typoTotal: typoQueries.length,
    misses,
    trigram: { ...statsOf(trigram), hits: trigramHits },
  };
}
