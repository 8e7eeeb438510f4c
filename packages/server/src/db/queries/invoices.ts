import type { VisibleScope } from '../../domain/habilitation/policy';
import type { Executor } from '../../jobs/queue';
import { visibleTo } from './invoice-search';

/** One invoice the caller may see, or undefined (another structure's invoice does not exist). */
export async function findVisibleInvoice(
  db: Executor,
  scope: readonly VisibleScope[],
  invoiceId: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = db
    .selectFrom('invoices')
    .selectAll()
    .where('id', '=', invoiceId)
    .where((eb) => visibleTo(eb, scope));
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type InvoiceRow = NonNullable<Awaited<ReturnType<typeof findVisibleInvoice>>>;

export async function findInvoiceAttachments(db: Executor, invoiceId: string) {
  return db
    .selectFrom('invoice_attachments')
    .selectAll()
    .where('invoice_id', '=', invoiceId)
    .orderBy('position')
    .execute();
}

/** Another sent invoice of the structure has this number in this year (DUPLICATE_INVOICE_NUMBER). */
export async function sentNumberExists(
  db: Executor,
  options: { structureId: string; year: number; number: string; exceptId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('invoices')
    .select('id')
    .where('supplier_structure_id', '=', options.structureId)
    .where('number_year', '=', options.year)
    .where('number', '=', options.number)
    .where('status', '<>', 'BROUILLON')
    .where('id', '<>', options.exceptId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The supplier structure's sent invoice a credit note corrects (latest if the number recurs). */
export async function findSentInvoiceByNumber(
  db: Executor,
  options: { structureId: string; number: string },
) {
  return db
    .selectFrom('invoices')
    .select(['id', 'issue_date', 'kind'])
    .where('supplier_structure_id', '=', options.structureId)
    .where('number', '=', options.number)
    .where('status', '<>', 'BROUILLON')
    .where('kind', '=', 'invoice')
    .orderBy('deposited_at', 'desc')
    .executeTakeFirst();
}

/** A structure as an invoice party: recipient (public), valideur or supplier, by identifier. */
export async function findPartyByIdentifier(db: Executor, identifier: string) {
  return db
    .selectFrom('structures')
    .select([
      'id',
      'identifier',
      'identifier_type',
      'name',
      'vat_number',
      'address_line1',
      'address_line2',
      'postal_code',
      'city',
      'country_code',
      'status',
      'is_public',
      'service_code_required',
      'legal_commitment_required',
      'service_or_legal_commitment_required',
    ])
    .where('identifier', '=', identifier.replace(/\s/g, ''))
    .orderBy('is_public', 'desc')
    .executeTakeFirst();
}

export async function findPartyById(db: Executor, structureId: string) {
  return db
    .selectFrom('structures')
    .select([
      'id',
      'identifier',
      'identifier_type',
      'name',
      'vat_number',
      'address_line1',
      'address_line2',
      'postal_code',
      'city',
      'country_code',
    ])
    .where('id', '=', structureId)
    .executeTakeFirstOrThrow();
}

export async function findServiceByCode(db: Executor, structureId: string, code: string) {
  return db
    .selectFrom('services')
    .select([
      'id',
      'code',
      'name',
      'is_active',
      'legal_commitment_required',
      'valid_from',
      'valid_to',
    ])
    .where('structure_id', '=', structureId)
    .where('code', '=', code.trim())
    .executeTakeFirst();
}

/** Users of a structure to tell about its invoices: active members with notifications on. */
export async function findNotifiedMembers(db: Executor, structureId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.contact_email', 'users.language', 'users.first_name'])
    .where('memberships.structure_id', '=', structureId)
    .where('memberships.status', '=', 'active')
    .where('users.status', '=', 'active')
    .where('users.notifications_enabled', '=', true)
    .execute();
}
