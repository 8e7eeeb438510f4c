import type { AppContext } from '../context';
import {
  findDirectoryServices,
  searchDirectoryStructures,
  type DirectoryServiceRowOut,
  type StructureSearchQuery,
  type StructureSearchRow,
} from '../db/queries/directory-search';
import { searchDirectoryByWords } from '../db/queries/directory-word-search';
import { matchQueryWords } from '../db/queries/directory-words';
import {
  identifierQuery,
  normalizeText,
  significantWords,
  trigramsOf,
} from '../domain/directory/search-text';
import { invalidField } from '../errors';

export interface DirectorySearchInput {
  q?: string;
  postalCode?: string;
  city?: string;
  page: number;
  pageSize: number;
}

export interface DirectorySearchResult {
  items: Array<StructureSearchRow & { services: DirectoryServiceRowOut[] }>;
  total: number;
  page: number;
  pageSize: number;
}

/** Deep pages cost as much as they are useless: refine the query instead. */
export const MAX_SEARCH_RESULTS = 1000;

/**
 * Searches active public structures by identifier prefix, name (accents, case and typos
 * tolerated), postal code or city; each hit comes with its active services.
 */
export async function searchDirectory(
  ctx: AppContext,
  input: DirectorySearchInput,
): Promise<DirectorySearchResult> {
  const q = input.q?.trim() ?? '';
  const postalCode = input.postalCode?.replace(/\s+/g, '') ?? '';
  const city = normalizeText(input.city ?? '');
  if (q === '' && postalCode === '' && city === '') {
    throw invalidField('q', {
      fr: 'indiquez un nom, un identifiant, un code postal ou une ville.',
      en: 'give a name, an identifier, a postal code or a city.',
    });
  }
  if (postalCode !== '' && !/^[0-9A-Za-z-]{1,10}$/.test(postalCode)) {
    throw invalidField('postalCode', {
      fr: "ce n'est pas un code postal.",
      en: 'this is not a postal code.',
    });
  }
  const offset = (input.page - 1) * input.pageSize;
  if (offset + input.pageSize > MAX_SEARCH_RESULTS) {
    throw invalidField('page', {
      fr: `les ${MAX_SEARCH_RESULTS} premiers résultats seulement : précisez la recherche.`,
      en: `only the first ${MAX_SEARCH_RESULTS} results: refine the search.`,
    });
  }
  const identifierPrefix = q === '' ? undefined : identifierQuery(q);
  const normalized = identifierPrefix === undefined ? normalizeText(q) : '';
  if (q !== '' && !identifierPrefix && normalized === '') {
    throw invalidField('q', {
      fr: 'saisissez au moins une lettre ou deux chiffres.',
      en: 'type at least one letter or two digits.',
    });
  }
  const base = {
    postalCodePrefix: postalCode || undefined,
    cityPrefix: city || undefined,
    limit: input.pageSize,
    offset,
  };
  const rows =
    normalized === ''
      ? await searchDirectoryStructures(ctx.db, { ...base, identifierPrefix })
      : await searchNames(ctx, base, normalized);
  const services = await findDirectoryServices(
    ctx.db,
    rows.map((r) => r.id),
    { activeOnly: true },
  );
  const byStructure = new Map<string, DirectoryServiceRowOut[]>();
  for (const service of services) {
    const list = byStructure.get(service.structure_id);
    if (list) list.push(service);
    else byStructure.set(service.structure_id, [service]);
  }
  return {
    items: rows.map((row) => ({ ...row, services: byStructure.get(row.id) ?? [] })),
    total: Math.min(rows[0]?.total ?? 0, MAX_SEARCH_RESULTS),
    page: input.page,
    pageSize: input.pageSize,
  };
}

type SearchBase = Pick<
  StructureSearchQuery,
  'postalCodePrefix' | 'cityPrefix' | 'limit' | 'offset'
>;

/**
 * By name: every significant word, as typed, one typo away or (the last one) partly typed, must
 * be in the name; a query with a word the directory does not know at all, or with no such name,
 * falls back to trigram similarity (two typos in a word, a word glued to another).
 */
async function searchNames(
  ctx: AppContext,
  base: SearchBase,
  normalized: string,
): Promise<StructureSearchRow[]> {
  const words = [...new Set(significantWords(normalized))];
  if (words.length > 0) {
    const matches = await matchQueryWords(ctx.db, words, {
      lastIsPrefix: normalized.endsWith(words[words.length - 1] ?? ''),
    });
    if (matches.every((m) => m.frequency > 0)) {
      const query = { ...base, normalized, words: matches };
      const rows = await searchDirectoryByWords(ctx.db, query);
      if (rows.length > 0) return rows;
      // Past the last page of a word search, rather than the first pages of another search.
      if (base.offset > 0) {
        const first = await searchDirectoryByWords(ctx.db, { ...query, offset: 0, limit: 1 });
        if (first.length > 0) return [];
      }
    }
  }
  return searchDirectoryStructures(ctx.db, {
    ...base,
    text: { normalized, trigrams: trigramsOf(normalized) },
  });
}
