import { sql, type Kysely } from 'kysely';

// « Dépôt d'une facture » as a PDF: the supplier's upload (plain, PAdES or XAdES signed) with its
// signature verification and what recognition read from it, kept until an invoice is created from
// it. The files themselves are in the blob store under their SHA-256. The invoice created from a
// deposit keeps the signature report and a link back to the deposit.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pdf_deposits')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('supplier_structure_id', 'uuid', (c) => c.notNull().references('structures.id'))
    .addColumn('format', 'text', (c) =>
      c.notNull().check(sql`format in ('unsigned', 'pades', 'xades')`),
    )
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('portal', 'api')`))
    .addColumn('billing_framework', 'text')
    .addColumn('pdf_sha256', 'text', (c) => c.notNull())
    .addColumn('pdf_file_name', 'text', (c) => c.notNull())
    .addColumn('pdf_size_bytes', 'integer', (c) => c.notNull())
    .addColumn('pdf_pages', 'integer')
    .addColumn('xades_sha256', 'text')
    .addColumn('xades_file_name', 'text')
    .addColumn('signature', 'jsonb')
    .addColumn('recognition', 'jsonb')
    .addColumn('recipient_match', 'jsonb')
    .addColumn('prefill', 'jsonb')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('recognizing', 'ready', 'failed')`),
    )
    // Share of the OCR done, 0..1: shown as a progress bar, never used in a computation.
    .addColumn('progress', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'jsonb')
    .addColumn('invoice_id', 'uuid', (c) => c.references('invoices.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index pdf_deposits_user on pdf_deposits (user_id, created_at desc)`.execute(db);

  await db.schema.alterTable('invoices').addColumn('signature', 'jsonb').execute();
  await db.schema
    .alterTable('invoices')
    .addColumn('pdf_deposit_id', 'uuid', (c) => c.references('pdf_deposits.id'))
    .execute();
  await db.schema.alterTable('invoices').addColumn('source_size_bytes', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['source_size_bytes', 'pdf_deposit_id', 'signature']) {
    await db.schema.alterTable('invoices').dropColumn(column).execute();
  }
  await db.schema.dropTable('pdf_deposits').execute();
}
