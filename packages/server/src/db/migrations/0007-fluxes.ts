import { sql, type Kysely } from 'kysely';

// « Dépôt d'un lot de factures »: a deposited file (one XML, one Factur-X PDF, or a .zip/.tar.gz of
// them) is a flux with a number; each invoice file in it is a flux item, integrated in the
// background. Items are written with their result in the same transaction as the invoices they
// create, so an interrupted integration resumes at the first pending item.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The flux number (FLX + year + 9 digits): one sequence shared by every app and worker process.
  await sql`create sequence flux_number_seq`.execute(db);

  await db.schema
    .createTable('fluxes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('supplier_structure_id', 'uuid', (c) => c.notNull().references('structures.id'))
    .addColumn('deposited_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('syntax', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    // SHA-256 of the deposited file, kept in the blob store: the job reads it from there.
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('container', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('duplicate_of_flux_id', 'uuid', (c) => c.references('fluxes.id'))
    .addColumn('idempotency_key', 'text')
    .addColumn('total_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepted_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refused_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refusal', 'jsonb')
    .addColumn('technical_error', 'text')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  // The structure's list, newest first, id as the cursor's tie-breaker.
  await sql`create index fluxes_supplier_received on fluxes (supplier_structure_id, received_at desc, id desc)`.execute(
    db,
  );
  // The same file sent again by the same structure is flagged at intake.
  await sql`create index fluxes_supplier_sha256 on fluxes (supplier_structure_id, sha256)`.execute(
    db,
  );

  await db.schema
    .createTable('flux_items')
    .addColumn('flux_id', 'uuid', (c) => c.notNull().references('fluxes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    // The entry's original bytes, kept byte for byte in the blob store.
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('invoice_id', 'uuid', (c) => c.references('invoices.id').onDelete('set null'))
    .addColumn('number', 'text')
    .addColumn('recipient_identifier', 'text')
    .addColumn('recipient_name', 'text')
    .addColumn('total_incl_vat', sql`numeric(19, 2)`)
    .addColumn('currency', 'text')
    .addColumn('findings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('flux_items_pk', ['flux_id', 'position'])
    .execute();

  await db.schema
    .alterTable('invoices')
    .addColumn('flux_id', 'uuid', (c) => c.references('fluxes.id'))
    .execute();
  await sql`create index invoices_flux on invoices (flux_id) where flux_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('invoices').dropColumn('flux_id').execute();
  await db.schema.dropTable('flux_items').ifExists().execute();
  await db.schema.dropTable('fluxes').ifExists().execute();
  await sql`drop sequence if exists flux_number_seq`.execute(db);
}
