import { sql, type Kysely } from 'kysely';

// Structures (companies and public bodies), their services, the users attached to them (roles,
// service limits, espaces), the requests managers decide on and the history of managers' actions.
// The directory (0004) adds its own columns to `structures` and `services`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('structures')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // SIRET, UE_HORS_FRANCE, HORS_UE, RIDET, TAHITI, AUTRE, PARTICULIER (Chorus Pro's typeIdentifiantStructure).
    .addColumn('identifier_type', 'text', (c) => c.notNull())
    .addColumn('identifier', 'text', (c) => c.notNull())
    // Raison sociale, or the person's name for PARTICULIER.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('vat_number', 'text')
    .addColumn('rcs', 'text')
    .addColumn('address_line1', 'text')
    .addColumn('address_line2', 'text')
    .addColumn('address_line3', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country_code', 'text', (c) => c.notNull().defaultTo('FR'))
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('is_public', 'boolean', (c) => c.notNull().defaultTo(false))
    // pending (awaiting the operator's validation), active, refused, inactive.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_message', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('structures_identifier_unique', ['identifier_type', 'identifier'])
    .execute();
  // Attachment search: by identifier prefix (C collation makes `like 'abc%'` use the index) and
  // by exact name, case-insensitive.
  await sql`create index structures_identifier_prefix on structures (identifier collate "C")`.execute(
    db,
  );
  await sql`create index structures_name_lower on structures (lower(name))`.execute(db);
  await sql`create index structures_status on structures (status) where status = 'pending'`.execute(
    db,
  );

  await db.schema
    .createTable('services')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('structure_id', 'uuid', (c) =>
      c.notNull().references('structures.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address_line1', 'text')
    .addColumn('address_line2', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country_code', 'text')
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    // "À chaque structure est associé automatiquement un Service par défaut": one per structure.
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('services_code_unique', ['structure_id', 'code'])
    .execute();
  await sql`create unique index services_one_default on services (structure_id) where is_default`.execute(
    db,
  );

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('structure_id', 'uuid', (c) =>
      c.notNull().references('structures.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // primaryManager, secondaryManager, user.
    .addColumn('role', 'text', (c) => c.notNull())
    // active, detached (kept for the history; re-attaching reactivates the row).
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    // false: the user sees only the services listed in membership_services.
    .addColumn('all_services', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('memberships_unique', ['structure_id', 'user_id'])
    .execute();
  await sql`create index memberships_user on memberships (user_id) where status = 'active'`.execute(
    db,
  );
  // Exactly one gestionnaire principal: the database refuses a second one whatever the code does.
  await sql`create unique index memberships_one_primary on memberships (structure_id)
    where role = 'primaryManager' and status = 'active'`.execute(db);

  await db.schema
    .createTable('membership_services')
    .addColumn('membership_id', 'uuid', (c) =>
      c.notNull().references('memberships.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (c) =>
      c.notNull().references('services.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('membership_services_pk', ['membership_id', 'service_id'])
    .execute();

  await db.schema
    .createTable('space_grants')
    .addColumn('membership_id', 'uuid', (c) =>
      c.notNull().references('memberships.id').onDelete('cascade'),
    )
    // Code of the espace (catalogue in domain/habilitation/spaces.ts).
    .addColumn('space_code', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('space_grants_pk', ['membership_id', 'space_code'])
    .execute();

  // Requests managers decide on: attachment (rattachement), espace subscription, rights extension.
  await db.schema
    .createTable('structure_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('structure_id', 'uuid', (c) =>
      c.notNull().references('structures.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // attachment, space, extension.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('space_code', 'text')
    // extension: the services asked for (null: all services).
    .addColumn('service_ids', 'jsonb')
    .addColumn('message', 'text')
    // pending, accepted, refused, cancelled.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_message', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index structure_requests_pending on structure_requests (structure_id, created_at)
    where status = 'pending'`.execute(db);
  await sql`create index structure_requests_user on structure_requests (user_id)`.execute(db);

  // A manager attached someone without an account: the membership is made when they sign up.
  await db.schema
    .createTable('structure_invitations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('structure_id', 'uuid', (c) =>
      c.notNull().references('structures.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('space_codes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('invited_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('accepted_at', 'timestamptz')
    .addUniqueConstraint('structure_invitations_unique', ['structure_id', 'email'])
    .execute();
  await sql`create index structure_invitations_email on structure_invitations (email)
    where accepted_at is null`.execute(db);

  // Who did what, when: the history of managers' (and the operator's) actions on a structure.
  await db.schema
    .createTable('manager_actions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('structure_id', 'uuid', (c) =>
      c.notNull().references('structures.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('detail', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index manager_actions_structure on manager_actions (structure_id, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'manager_actions',
    'structure_invitations',
    'structure_requests',
    'space_grants',
    'membership_services',
    'memberships',
    'services',
    'structures',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
