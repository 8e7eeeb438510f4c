import { sql, type Kysely } from 'kysely';

// « Factures émises »: invoices typed by suppliers, their hash-chained status events, attachments
// and the personal attachment library, in-app notifications. Money is numeric (never float); the
// invoice itself is kept as JSON of the EN 16931 model, with the columns searches need beside it.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The Chorale identifier of a sent invoice (« identifiant Chorale »): one sequence, no gaps
  // matter, shared by every app process.
  await sql`create sequence invoice_number_seq`.execute(db);

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chorale_id', 'text', (c) => c.unique())
    .addColumn('supplier_structure_id', 'uuid', (c) => c.notNull().references('structures.id'))
    .addColumn('supplier_service_id', 'uuid', (c) => c.references('services.id'))
    .addColumn('recipient_structure_id', 'uuid', (c) => c.references('structures.id'))
    .addColumn('recipient_identifier', sql`text collate "C"`, (c) => c.notNull().defaultTo(''))
    .addColumn('recipient_name', 'text', (c) => c.notNull().defaultTo(''))
    // Lower-cased, accents removed: name search without the unaccent extension.
    .addColumn('recipient_search', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recipient_service_code', 'text')
    .addColumn('validator_structure_id', 'uuid', (c) => c.references('structures.id'))
    .addColumn('validator_identifier', 'text')
    .addColumn('validator_name', 'text')
    .addColumn('validator_service_code', 'text')
    .addColumn('billing_framework', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // COLLATE "C": a prefix search (number LIKE 'F-2026%') can use the btree index.
    .addColumn('number', sql`text collate "C"`, (c) => c.notNull())
    .addColumn('number_year', 'integer')
    .addColumn('preceding_invoice_number', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('issue_date', 'date')
    .addColumn('due_date', 'date')
    .addColumn('total_excl_vat', sql`numeric(19, 2)`, (c) => c.notNull().defaultTo(0))
    .addColumn('total_vat', sql`numeric(19, 2)`, (c) => c.notNull().defaultTo(0))
    .addColumn('total_incl_vat', sql`numeric(19, 2)`, (c) => c.notNull().defaultTo(0))
    .addColumn('amount_due', sql`numeric(19, 2)`, (c) => c.notNull().defaultTo(0))
    .addColumn('input', 'jsonb', (c) => c.notNull())
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('deposited_at', 'timestamptz')
    .addColumn('facturx_sha256', 'text')
    .addColumn('receipt_sha256', 'text')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_event_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The search's main path: a structure's invoices by status and deposit date, id as tie-breaker
  // for the cursor.
  await sql`create index invoices_supplier_status_deposit on invoices (supplier_structure_id, status, deposited_at desc, id desc)`.execute(
    db,
  );
  await sql`create index invoices_supplier_deposit on invoices (supplier_structure_id, deposited_at desc, id desc)`.execute(
    db,
  );
  await sql`create index invoices_supplier_number on invoices (supplier_structure_id, number, id)`.execute(
    db,
  );
  await sql`create index invoices_supplier_recipient on invoices (supplier_structure_id, recipient_identifier, deposited_at desc, id desc)`.execute(
    db,
  );
  // Search by recipient name resolves the name in the directory first, then walks this index.
  await sql`create index invoices_supplier_recipient_structure on invoices (supplier_structure_id, recipient_structure_id, deposited_at desc, id desc)`.execute(
    db,
  );
  await sql`create index invoices_supplier_event on invoices (supplier_structure_id, last_event_at desc, id desc)`.execute(
    db,
  );
  await sql`create index invoices_recipient_structure on invoices (recipient_structure_id, deposited_at desc, id desc)`.execute(
    db,
  );
  // DUPLICATE_INVOICE_NUMBER, race-free: two sends of the same number in one year cannot both
  // commit. Drafts are free to share a number until one is sent.
  await sql`create unique index invoices_number_unique on invoices (supplier_structure_id, number_year, number) where status <> 'BROUILLON'`.execute(
    db,
  );

  await db.schema
    .createTable('invoice_events')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('invoice_id', 'uuid', (c) =>
      c.notNull().references('invoices.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('previous_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('invoice_events_seq', ['invoice_id', 'seq'])
    .execute();

  // Files uploaded by a user: the personal library of « Mon compte » (in_library) or one-off
  // uploads for an invoice. The bytes live in the blob store under their SHA-256.
  await db.schema
    .createTable('user_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('in_library', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index user_attachments_user on user_attachments (user_id, created_at desc)`.execute(
    db,
  );

  // An invoice's attachments are copies of the file's metadata: deleting a library entry later
  // never changes a sent invoice.
  await db.schema
    .createTable('invoice_attachments')
    .addColumn('invoice_id', 'uuid', (c) =>
      c.notNull().references('invoices.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('invoice_attachments_pk', ['invoice_id', 'position'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('invoice_id', 'uuid', (c) => c.references('invoices.id').onDelete('cascade'))
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index notifications_user on notifications (user_id, created_at desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'notifications',
    'invoice_attachments',
    'user_attachments',
    'invoice_events',
    'invoices',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await sql`drop sequence if exists invoice_number_seq`.execute(db);
}
