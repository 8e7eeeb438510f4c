import { sql } from 'kysely';
import type { Executor } from '../../jobs/queue';
import {
  lookupKeysOf,
  withinOneEdit,
  type WordMatches,
} from '../../domain/directory/word-corrections';

export type { WordMatches };

/** Words a partly typed last word may stand for, the most frequent first. */
const MAX_PREFIX_WORDS = 30;

/**
 * Rebuilds the vocabulary of the active public names and each word's one-letter deletions (see
 * domain/directory/word-corrections), after an import changed the directory.
 */
export async function rebuildDirectoryVocabulary(db: Executor): Promise<void> {
  await sql`delete from directory_word_variants`.execute(db);
  await sql`delete from directory_words`.execute(db);
  await sql`insert into directory_words (word, frequency)
    select w, count(*) from structures s, unnest(string_to_array(s.search_name, ' ')) w
    where s.is_public and s.status = 'active' and w <> ''
    group by w`.execute(db);
  await sql`insert into directory_word_variants (variant, word)
    select word, word from directory_words
    union
    select left(word, i - 1) || substr(word, i + 1), word
    from directory_words, generate_series(1, length(word)) i
    where length(word) >= 4`.execute(db);
}

/**
 * What each query word may stand for in the directory: itself, a word one typo away, or (for the
 * last word, still being typed) a longer word it begins. One round trip for the whole query.
 */
export async function matchQueryWords(
  db: Executor,
  words: string[],
  options: { lastIsPrefix: boolean },
): Promise<WordMatches[]> {
  const keys = words.flatMap((word, i) => lookupKeysOf(word).map((key) => ({ i, key })));
  const last = words.length - 1;
  const prefix = options.lastIsPrefix && words[last] !== undefined ? words[last] : null;
  const prefixRows =
    prefix === null
      ? sql`select null::int as i, null::text as word, null::int as frequency where false`
      : sql`select ${last}::int as i, p.word, p.frequency from (
          select word, frequency from directory_words
          where word like ${`${prefix.replace(/[\\%_]/g, '\\$&')}%`} and word <> ${prefix}
          order by frequency desc, word limit ${MAX_PREFIX_WORDS}) p`;
  const result = await sql<{ i: number; word: string; frequency: number; prefix: boolean }>`
    select distinct k.i, w.word, w.frequency, false as prefix
    from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(i int, key text)
    join directory_word_variants v on v.variant = k.key
    join directory_words w on w.word = v.word
    union all
    select q.i, q.word, q.frequency, true from (${prefixRows}) q`.execute(db);
  const matches: WordMatches[] = words.map((word) => ({
    word,
    exact: [],
    prefix: [],
    typo: [],
    frequency: 0,
  }));
  for (const row of result.rows) {
    const m = matches[row.i];
    if (!m || m.prefix.includes(row.word) || m.typo.includes(row.word)) continue;
    if (row.word === m.word) m.exact.push(row.word);
    else if (row.prefix) m.prefix.push(row.word);
    // Two deletions can meet two edits apart ("axbc" and "abcy" both give "abc").
    else if (withinOneEdit(m.word, row.word)) m.typo.push(row.word);
    else continue;
    m.frequency += row.frequency;
  }
  return matches;
}
