/**
 * Text normalisation and trigrams for the directory search. Computed in TypeScript and stored at
 * import, because neither pg_trgm nor unaccent exists in the embedded PGlite: the database only
 * compares plain strings and arrays, which both engines index the same way (btree, GIN array_ops).
 */

/** Lower case, no accents, ligatures spelled out, anything but letters and digits as one space. */
export function normalizeText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Trigrams in the pg_trgm way: each word padded with two spaces before and one after, so a word's
 * start weighs more ("  s", " sa") and a single typo changes at most three trigrams.
 */
export function trigramsOf(normalized: string): string[] {
  const set = new Set<string>();
  for (const word of normalized.split(' ')) {
    if (word === '') continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i += 1) set.add(padded.slice(i, i + 3));
  }
  return [...set];
}

/** Digits only, for identifier prefix search ("130 005 481" finds 13000548100010). */
export function identifierQuery(value: string): string | undefined {
  const compact = value.replace(/[\s.]/g, '');
  return /^\d{2,14}$/.test(compact) ? compact : undefined;
}

/** Words that every other structure carries: they add noise to candidate selection. */
const STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'a',
  'au',
  'aux',
]);

export function significantWords(normalized: string): string[] {
  return normalized.split(' ').filter((w) => w !== '' && !STOP_WORDS.has(w));
}
