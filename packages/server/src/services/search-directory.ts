import type { AppContext } from '../context';
import {
  findDirectoryServices,
  searchDirectoryStructures,
  type DirectoryServiceRowOut,
  type StructureSearchRow,
} from '../db/queries/directory-search';
import { identifierQuery, normalizeText, trigramsOf } from '../domain/directory/search-text';
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
  const text = normalized === '' ? undefined : { normalized, trigrams: trigramsOf(normalized) };
  if (q !== '' && !identifierPrefix && !text) {
    throw invalidField('q', {
      fr: 'saisissez au moins une lettre ou deux chiffres.',
      en: 'type at least one letter or two digits.',
    });
  }
  const rows = await searchDirectoryStructures(ctx.db, {
    identifierPrefix,
    text,
    postalCodePrefix: postalCode || undefined,
    cityPrefix: city || undefined,
    limit: input.pageSize,
    offset,
  });
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
