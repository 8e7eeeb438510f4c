import { sql, type Kysely } from 'kysely';

// How an invoice entered the portal (Chorus Pro `modeDepot`) and, when the supplier deposited a
// file (a PDF, a flux's XML or Factur-X), that file kept byte for byte under its SHA-256: the
// invoice's main document. Typed invoices have none: their Factur-X is generated on sending.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('invoices')
    .addColumn('deposit_mode', 'text', (c) => c.notNull().defaultTo('SAISIE_PORTAIL'))
    .execute();
  await db.schema.alterTable('invoices').addColumn('source_sha256', 'text').execute();
  await db.schema.alterTable('invoices').addColumn('source_file_name', 'text').execute();
  await db.schema.alterTable('invoices').addColumn('source_media_type', 'text').execute();
  await sql`comment on column invoices.source_sha256 is 'SHA-256 of the deposited file in the blob store'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['source_media_type', 'source_file_name', 'source_sha256', 'deposit_mode']) {
    await db.schema.alterTable('invoices').dropColumn(column).execute();
  }
}
