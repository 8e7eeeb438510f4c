import { sql } from 'kysely';
import type { Executor } from '../../jobs/queue';
import type { DirectoryServiceRow, DirectoryStructureRow } from '../../domain/directory/read-files';
import { normalizeText, trigramsOf } from '../../domain/directory/search-text';

// Write side of the directory import. Each chunk travels as ONE jsonb parameter expanded by
// jsonb_to_recordset: no 65,535-parameter limit, one parse, and the same SQL on both engines.

export interface UpsertCounts {
  created: number;
  updated: number;
}

/** Search columns derived from the name and city (see domain/directory/search-text). */
export function searchColumnsOf(row: Pick<DirectoryStructureRow, 'name' | 'city'>): {
  search_name: string;
  search_city: string | null;
  search_trigrams: string[];
} {
  const searchName = normalizeText(row.name);
  return {
    search_name: searchName,
    search_city: row.city === null ? null : normalizeText(row.city),
    search_trigrams: trigramsOf(searchName),
  };
}

export async function upsertDirectoryStructures(
  db: Executor,
  rows: DirectoryStructureRow[],
  importId: number,
): Promise<UpsertCounts> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const payload = rows.map((r) => ({
    identifier_type: r.identifierType,
    identifier: r.identifier,
    name: r.name,
    address_line1: r.addressLine1,
    address_line2: r.addressLine2,
    address_line3: r.addressLine3,
    postal_code: r.postalCode,
    city: r.city,
    country_code: r.countryCode,
    country_label: r.countryLabel,
    email: r.email,
    phone: r.phone,
    status: r.isActive ? 'active' : 'inactive',
    edi_emitter: r.ediEmitter,
    edi_receiver: r.ediReceiver,
    reports_payment_status: r.reportsPaymentStatus,
    service_code_required: r.serviceCodeRequired,
    legal_commitment_required: r.legalCommitmentRequired,
    service_or_legal_commitment_required: r.serviceOrLegalCommitmentRequired,
    is_moa: r.isMoa,
    is_moa_only: r.isMoaOnly,
    ...searchColumnsOf(r),
  }));
  // `xmax = 0` tells a freshly inserted row from one the conflict clause updated.
  const result = await sql<{ inserted: boolean }>`
    insert into structures (identifier_type, identifier, name, address_line1, address_line2,
      address_line3, postal_code, city, country_code, country_label, email, phone, is_public, status,
      edi_emitter, edi_receiver, reports_payment_status, service_code_required,
      legal_commitment_required, service_or_legal_commitment_required, is_moa, is_moa_only,
      search_name, search_city, search_trigrams, directory_import_id, updated_at)
    select r.identifier_type, r.identifier, r.name, r.address_line1, r.address_line2,
      r.address_line3, r.postal_code, r.city, r.country_code, r.country_label, r.email, r.phone, true,
      r.status, r.edi_emitter, r.edi_receiver, r.reports_payment_status, r.service_code_required,
      r.legal_commitment_required, r.service_or_legal_commitment_required, r.is_moa, r.is_moa_only,
      r.search_name, r.search_city, r.search_trigrams, ${importId}::bigint, now()
    from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as r(identifier_type text,
      identifier text, name text, address_line1 text, address_line2 text, address_line3 text,
      postal_code text, city text, country_code text, country_label text, email text, phone text,
      status text, edi_emitter boolean, edi_receiver boolean, reports_payment_status boolean,
      service_code_required boolean, legal_commitment_required boolean,
      service_or_legal_commitment_required boolean, is_moa boolean, is_moa_only boolean,
      search_name text, search_city text, search_trigrams text[])
    on conflict (identifier_type, identifier) do update set
      name = excluded.name, address_line1 = excluded.address_line1,
      address_line2 = excluded.address_line2, address_line3 = excluded.address_line3,
      postal_code = excluded.postal_code, city = excluded.city,
      country_code = excluded.country_code, country_label = excluded.country_label,
      email = excluded.email, phone = excluded.phone, is_public = true, status = excluded.status,
      edi_emitter = excluded.edi_emitter, edi_receiver = excluded.edi_receiver,
      reports_payment_status = excluded.reports_payment_status,
      service_code_required = excluded.service_code_required,
      legal_commitment_required = excluded.legal_commitment_required,
      service_or_legal_commitment_required = excluded.service_or_legal_commitment_required,
      is_moa = excluded.is_moa, is_moa_only = excluded.is_moa_only,
      search_name = excluded.search_name, search_city = excluded.search_city,
      search_trigrams = excluded.search_trigrams,
      directory_import_id = excluded.directory_import_id, updated_at = now()
    returning (xmax = 0) as inserted`.execute(db);
  const created = result.rows.filter((r) => r.inserted).length;
  return { created, updated: result.rows.length - created };
}

export async function upsertDirectoryServices(
  db: Executor,
  rows: DirectoryServiceRow[],
  importId: number,
): Promise<UpsertCounts> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const payload = rows.map((r) => ({
    identifier_type: r.identifierType,
    identifier: r.identifier,
    code: r.code,
    name: r.name,
    legal_commitment_required: r.legalCommitmentRequired,
    is_active: r.isActive,
    valid_from: r.validFrom,
    valid_to: r.validTo,
  }));
  const result = await sql<{ inserted: boolean }>`
    insert into services (structure_id, code, name, legal_commitment_required, is_active,
      valid_from, valid_to, directory_import_id, updated_at)
    select s.id, r.code, r.name, r.legal_commitment_required, r.is_active, r.valid_from,
      r.valid_to, ${importId}::bigint, now()
    from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as r(identifier_type text,
      identifier text, code text, name text, legal_commitment_required boolean,
      is_active boolean, valid_from date, valid_to date)
    join structures s on s.identifier_type = r.identifier_type and s.identifier = r.identifier
    on conflict (structure_id, code) do update set
      name = excluded.name, legal_commitment_required = excluded.legal_commitment_required,
      is_active = excluded.is_active, valid_from = excluded.valid_from,
      valid_to = excluded.valid_to, directory_import_id = excluded.directory_import_id,
      updated_at = now()
    returning (xmax = 0) as inserted`.execute(db);
  const created = result.rows.filter((r) => r.inserted).length;
  return { created, updated: result.rows.length - created };
}

/**
 * Lines that were refused but name a structure still count as "listed": a typo in one column
 * must not deactivate a structure that invoices are sent to.
 */
export async function markDirectoryStructuresSeen(
  db: Executor,
  keys: Array<{ identifierType: string; identifier: string }>,
  importId: number,
): Promise<void> {
  if (keys.length === 0) return;
  await sql`
    update structures s set directory_import_id = ${importId}::bigint
    from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k("identifierType" text, identifier text)
    where s.identifier_type = k."identifierType" and s.identifier = k.identifier
      and s.directory_import_id is not null`.execute(db);
}

/** Deactivates (never deletes: invoices refer to them) directory structures this import omitted. */
export async function deactivateUnlistedStructures(
  db: Executor,
  importId: number,
): Promise<number> {
  const result = await db
    .updateTable('structures')
    .set({ status: 'inactive', updated_at: new Date() })
    .where('directory_import_id', 'is not', null)
    .where('directory_import_id', '<>', importId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deactivateUnlistedServices(db: Executor, importId: number): Promise<number> {
  const result = await db
    .updateTable('services')
    .set({ is_active: false, updated_at: new Date() })
    .where('directory_import_id', 'is not', null)
    .where('directory_import_id', '<>', importId)
    .where('is_active', '=', true)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Replaces the trigram frequencies the search uses to pick the most selective trigrams. */
export async function replaceTrigramStats(
  db: Executor,
  counts: Map<string, number>,
): Promise<void> {
  await db.deleteFrom('directory_trigram_stats').execute();
  const entries = [...counts.entries()].map(([trigram, frequency]) => ({ trigram, frequency }));
  for (let i = 0; i < entries.length; i += 5000) {
    await sql`insert into directory_trigram_stats (trigram, frequency)
      select t.trigram, t.frequency
      from jsonb_to_recordset(${JSON.stringify(entries.slice(i, i + 5000))}::jsonb)
        as t(trigram text, frequency integer)`.execute(db);
  }
}
