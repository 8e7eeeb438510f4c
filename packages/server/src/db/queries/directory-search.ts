import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../database';
import type { Executor } from '../../jobs/queue';

/** Candidate rows scored per text query: bounds the latency of very common words ("commune"). */
const MAX_CANDIDATES = 1000;
/** How many of the query's rarest trigrams select candidates: a typo breaks at most three. */
const RARE_TRIGRAMS = 4;
/** Share of the query's trigrams a name must contain to be a result at all. */
const MIN_COVERAGE = 0.5;
/** Matches counted for the pager (deeper pages are refused by the service). */
const MAX_TOTAL = 1000;

export interface StructureSearchRow {
  id: string;
  identifier_type: string;
  identifier: string;
  name: string;
  address_line1: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: string;
  status: string;
  service_code_required: boolean;
  legal_commitment_required: boolean;
  service_or_legal_commitment_required: boolean;
  reports_payment_status: boolean;
  total: number;
}

export interface StructureSearchQuery {
  /** Digits of an identifier prefix (mode identifier). */
  identifierPrefix?: string;
  /** Normalised text and its trigrams (mode name). */
  text?: { normalized: string; trigrams: string[] };
  postalCodePrefix?: string;
  /** Normalised city prefix. */
  cityPrefix?: string;
  limit: number;
  offset: number;
}

export const STRUCTURE_COLUMNS = sql`s.id, s.identifier_type, s.identifier, s.name, s.address_line1, s.postal_code,
  s.city, s.country_code, s.status, s.service_code_required, s.legal_commitment_required,
  s.service_or_legal_commitment_required, s.reports_payment_status`;

// Only LIKE prefixes of normalised text or digits reach here; escaping keeps `_`/`%` literal anyway.
export const likePrefix = (value: string): string => `${value.replace(/[\\%_]/g, '\\$&')}%`;

export function directoryFilters(
  query: Pick<StructureSearchQuery, 'postalCodePrefix' | 'cityPrefix' | 'identifierPrefix'>,
): RawBuilder<unknown> {
  const parts = [sql`s.is_public and s.status = 'active'`];
  if (query.postalCodePrefix) {
    parts.push(sql`s.postal_code collate "C" like ${likePrefix(query.postalCodePrefix)}`);
  }
  if (query.cityPrefix) {
    parts.push(sql`s.search_city collate "C" like ${likePrefix(query.cityPrefix)}`);
  }
  if (query.identifierPrefix) {
    parts.push(sql`s.identifier collate "C" like ${likePrefix(query.identifierPrefix)}`);
  }
  return sql.join(parts, sql` and `);
}

/** The query's trigrams that exist in the directory, rarest first. */
export async function rareTrigrams(db: Executor, trigrams: string[]): Promise<string[]> {
  if (trigrams.length === 0) return [];
  const rows = await db
    .selectFrom('directory_trigram_stats')
    .select(['trigram', 'frequency'])
    .where('trigram', 'in', trigrams)
    .orderBy('frequency')
    .orderBy('trigram')
    .execute();
  return rows.map((r) => r.trigram);
}

/**
 * One page of active public structures, best first. Identifier mode sorts by identifier; name
 * mode (the fallback of the word search, see directory-word-search) scores the candidates sharing
 * one of the query's rarest trigrams by the share of query trigrams found, a little Jaccard
 * (shorter names first), and a bonus for an exact or prefix match of the whole name or of a word;
 * filters alone sort by city, else postal code, then name.
 */
export async function searchDirectoryStructures(
  db: DB,
  query: StructureSearchQuery,
): Promise<StructureSearchRow[]> {
  const where = directoryFilters(query);
  if (!query.text) {
    // The closest first: a city's own structures before those of the cities its name begins
    // ("Fresnes" before "Fresnes-sur-Marne"), likewise for postal codes; both from an index.
    const order = query.identifierPrefix
      ? sql`s.identifier collate "C"`
      : query.cityPrefix
        ? sql`s.search_city collate "C", s.search_name collate "C", s.identifier collate "C"`
        : query.postalCodePrefix
          ? sql`s.postal_code collate "C", s.search_name collate "C", s.identifier collate "C"`
          : sql`s.search_name collate "C", s.identifier collate "C"`;
    // The total is counted up to the cap only: "21" matches every commune.
    const result = await sql<StructureSearchRow>`
      select ${STRUCTURE_COLUMNS}, (select count(*) from (select 1 from structures s where ${where}
        limit ${MAX_TOTAL}) capped) as total
      from structures s where ${where}
      order by ${order} limit ${query.limit} offset ${query.offset}`.execute(db);
    return result.rows;
  }
  const { normalized, trigrams } = query.text;
  const rare = (await rareTrigrams(db, trigrams)).slice(0, RARE_TRIGRAMS);
  if (rare.length === 0) return [];
  const all = sql`${trigrams}::text[]`;
  const ranked = sql<StructureSearchRow>`
    with candidates as (
      select s.id, s.search_name, s.search_trigrams from structures s
      where ${where} and s.search_trigrams && ${rare}::text[]
      limit ${MAX_CANDIDATES}
    ), scored as materialized (
      select c.id, c.search_name,
        (select count(*) from unnest(c.search_trigrams) t where t = any(${all}))::float8 as shared,
        cardinality(c.search_trigrams)::float8 as size
      from candidates c
    ), ranked as (
      select id, search_name,
        0.7 * shared / ${trigrams.length}::float8
        + 0.3 * shared / (${trigrams.length}::float8 + size - shared)
        + case
            when search_name = ${normalized} then 1
            when search_name like ${likePrefix(normalized)} then 0.5
            when search_name like ${`% ${likePrefix(normalized)}`} then 0.3
            else 0 end as score,
        count(*) over () as total
      from scored
      where shared >= ${MIN_COVERAGE * trigrams.length}
    )
    select ${STRUCTURE_COLUMNS}, r.total, r.score
    from ranked r join structures s on s.id = r.id
    order by r.score desc, r.search_name collate "C", s.identifier collate "C"
    limit ${query.limit} offset ${query.offset}`;
  // Array selectivity estimates make the planner prefer a sequential scan that stops at the
  // candidate limit, reading most of the table (50 ms at 50,000 rows against 4 ms through the GIN
  // index): the index is forced for this one statement.
  const result = await db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    return ranked.execute(trx);
  });
  return result.rows;
}

export interface DirectoryServiceRowOut {
  id: string;
  structure_id: string;
  code: string;
  name: string;
  is_active: boolean;
  legal_commitment_required: boolean;
  valid_from: string | null;
  valid_to: string | null;
}

/** Services of the given structures (active ones only unless asked), by code. */
export async function findDirectoryServices(
  db: Executor,
  structureIds: string[],
  options: { activeOnly: boolean },
): Promise<DirectoryServiceRowOut[]> {
  if (structureIds.length === 0) return [];
  let query = db
    .selectFrom('services')
    .select([
      'id',
      'structure_id',
      'code',
      'name',
      'is_active',
      'legal_commitment_required',
      'valid_from',
      'valid_to',
    ])
    .where('structure_id', 'in', structureIds);
  if (options.activeOnly) query = query.where('is_active', '=', true);
  return query.orderBy('structure_id').orderBy('code').execute();
}
