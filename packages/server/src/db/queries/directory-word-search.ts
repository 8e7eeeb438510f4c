import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../jobs/queue';
import {
  STRUCTURE_COLUMNS,
  directoryFilters,
  type StructureSearchQuery,
  type StructureSearchRow,
} from './directory-search';
import type { WordMatches } from '../../domain/directory/word-corrections';
import { rankNames, spelledPhrases, type ScoredName } from '../../domain/directory/word-ranking';

/**
 * Names read per query through the words index (in table order, before ranking): what bounds the
 * latency of a query made of common words only. The names spelled like the query are read apart,
 * by the name index, so that the likeliest answer is never among those left out.
 */
const MAX_CANDIDATES = 300;

export interface WordSearchQuery extends Omit<StructureSearchQuery, 'text' | 'identifierPrefix'> {
  /** The whole normalised query, word by word (stop words included). */
  normalized: string;
  /** Every significant query word, each with at least one match in the vocabulary. */
  words: WordMatches[];
}

const WORDS = sql`string_to_array(s.search_name, ' ')`;
// The same words in a form the GIN index does not match: a condition on a very common word is
// checked on the rows the rarer words brought, rather than by reading its long posting list.
const WORDS_UNINDEXED = sql`(string_to_array(s.search_name, ' ') || '{}'::text[])`;

const alternativesOf = (m: WordMatches): string[] => [...m.exact, ...m.prefix, ...m.typo];

/**
 * Active public structures whose name contains, for every query word, that word, a word it begins
 * (the last one) or a word one typo away; ranked in TypeScript (domain/directory/word-ranking),
 * then the page is read by id. The rarest words select the rows through the GIN index.
 */
export async function searchDirectoryByWords(
  db: Executor,
  query: WordSearchQuery,
): Promise<StructureSearchRow[]> {
  const byRarity = [...query.words].sort((a, b) => a.frequency - b.frequency);
  const [rarest] = byRarity;
  if (!rarest) return [];
  const filters = directoryFilters(query);
  const conditions: RawBuilder<unknown>[] = [filters];
  byRarity.forEach((m, i) => {
    // The second rarest word narrows in the index too when the rarest alone brings more rows
    // than are kept.
    const indexed = i === 0 || (i === 1 && rarest.frequency > MAX_CANDIDATES);
    conditions.push(sql`${indexed ? WORDS : WORDS_UNINDEXED} && ${alternativesOf(m)}::text[]`);
  });
  const phrases = spelledPhrases(query.normalized, query.words);
  const candidates = await sql<ScoredName>`
    select c.id, c.identifier, c.search_name from (
      select s.id, s.identifier, s.search_name from structures s
      where ${sql.join(conditions, sql` and `)}
      limit ${MAX_CANDIDATES}) c
    union
    select s.id, s.identifier, s.search_name from structures s
    where ${filters} and s.search_name collate "C" = any(${phrases}::text[])`.execute(db);
  const ranked = rankNames(candidates.rows, query.normalized, query.words);
  const page = ranked.slice(query.offset, query.offset + query.limit);
  if (page.length === 0) return [];
  const rows = await sql<Omit<StructureSearchRow, 'total'>>`
    select ${STRUCTURE_COLUMNS} from structures s
    where s.id = any(${page.map((r) => r.id)}::uuid[])`.execute(db);
  const byId = new Map(rows.rows.map((r) => [r.id, r]));
  return page.flatMap((r) => {
    const row = byId.get(r.id);
    return row ? [{ ...row, total: ranked.length }] : [];
  });
}
