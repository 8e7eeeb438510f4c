import { sql, type Kysely } from 'kysely';

// The directory (annuaire) of public structures. Public structures are rows of `structures`
// (is_public = true) and their services rows of `services` (0003); this adds the invoicing
// parameters of the official file, the search columns, the import runs and trigram frequencies.
//
// Typo-tolerant search without pg_trgm (absent from the embedded PGlite): names are normalised
// and cut into trigrams in TypeScript at import, stored as a text[] with a GIN index (array_ops is
// core PostgreSQL, so both engines have it); `search_trigrams && $rare` selects candidates by the
// rarest trigrams of the query, which `directory_trigram_stats` counts.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table structures
    add column edi_emitter boolean not null default false,
    add column edi_receiver boolean not null default false,
    add column reports_payment_status boolean not null default false,
    add column service_code_required boolean not null default false,
    add column legal_commitment_required boolean not null default false,
    add column service_or_legal_commitment_required boolean not null default false,
    add column is_moa boolean not null default false,
    add column is_moa_only boolean not null default false,
    add column country_label text,
    add column directory_import_id bigint,
    add column search_name text,
    add column search_city text,
    add column search_trigrams text[] not null default '{}'`.execute(db);
  // Only the trigram index is partial (public and active, what every search filters on): were
  // the btree indexes partial too, the planner would scan one of them whole merely to satisfy
  // that predicate instead of using the trigram index.
  await sql`create index structures_directory_trigrams on structures using gin (search_trigrams)
    where is_public and status = 'active'`.execute(db);
  await sql`create index structures_directory_name on structures (search_name collate "C")`.execute(
    db,
  );
  await sql`create index structures_directory_postal_code on structures (postal_code collate "C")`.execute(
    db,
  );
  await sql`create index structures_directory_city on structures (search_city collate "C")`.execute(
    db,
  );
  await sql`create index structures_directory_import on structures (directory_import_id)
    where directory_import_id is not null`.execute(db);

  await sql`alter table services
    add column legal_commitment_required boolean not null default false,
    add column directory_import_id bigint`.execute(db);

  await db.schema
    .createTable('directory_imports')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    // queued, running, done, failed.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
    // cli, api, demo.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('structures_file_name', 'text')
    .addColumn('services_file_name', 'text')
    // The uploaded files wait here for the background job (durable: a restart resumes), then are
    // cleared once the import has finished.
    .addColumn('structures_csv', 'text')
    .addColumn('services_csv', 'text')
    .addColumn('structures_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('services_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('structures_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('services_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('structures_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('structures_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('structures_deactivated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('services_created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('services_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('services_deactivated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('problem_count', 'integer', (c) => c.notNull().defaultTo(0))
    // The first problems by line (capped: a wholly wrong file must not make a huge row).
    .addColumn('problems', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('directory_trigram_stats')
    .addColumn('trigram', 'text', (c) => c.primaryKey())
    .addColumn('frequency', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('directory_trigram_stats').ifExists().execute();
  await db.schema.dropTable('directory_imports').ifExists().execute();
  await sql`alter table services drop column if exists legal_commitment_required,
    drop column if exists directory_import_id`.execute(db);
  for (const column of [
    'edi_emitter',
    'edi_receiver',
    'reports_payment_status',
    'service_code_required',
    'legal_commitment_required',
    'service_or_legal_commitment_required',
    'is_moa',
    'is_moa_only',
    'country_label',
    'directory_import_id',
    'search_name',
    'search_city',
    'search_trigrams',
  ]) {
    await sql`alter table structures drop column if exists ${sql.ref(column)}`.execute(db);
  }
}
