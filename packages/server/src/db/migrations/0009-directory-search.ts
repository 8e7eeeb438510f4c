import { sql, type Kysely } from 'kysely';

// Word-level typo tolerance for the directory search, still without extensions (PGlite has no
// pg_trgm): the vocabulary of the active public names, each word with its one-letter deletions
// (symmetric deletion: two words one substitution, insertion, deletion or transposition apart
// share a deletion), and a GIN index on the words of every name. A query word is corrected by
// plain btree lookups in the small vocabulary, then the names containing a correction of every
// word come through the GIN index: selective, where the rarest trigrams of a mistyped word were
// not.
export async function up(db: Kysely<unknown>): Promise<void> {
  // "C" collation: `like 'prefix%'` (the word being typed) can use the primary key's btree.
  await sql`create table directory_words (
    word text collate "C" primary key,
    frequency integer not null)`.execute(db);
  await sql`create table directory_word_variants (
    variant text collate "C" not null,
    word text collate "C" not null,
    primary key (variant, word))`.execute(db);
  // string_to_array is immutable: an expression index needs no new column to fill.
  await sql`create index structures_directory_words on structures
    using gin (string_to_array(search_name, ' '))
    where is_public and status = 'active'`.execute(db);
  // A city filter lists by city then name, straight from this index (the first page of a city
  // with thousands of structures no longer sorts them all); it replaces the city-only one.
  await sql`drop index if exists structures_directory_city`.execute(db);
  await sql`create index structures_directory_city_name on structures
    (search_city collate "C", search_name collate "C", identifier collate "C") include (id)
    where is_public and status = 'active'`.execute(db);
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

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists structures_directory_words`.execute(db);
  await sql`drop index if exists structures_directory_city_name`.execute(db);
  await sql`create index structures_directory_city on structures (search_city collate "C")`.execute(
    db,
  );
  await db.schema.dropTable('directory_word_variants').ifExists().execute();
  await db.schema.dropTable('directory_words').ifExists().execute();
}
