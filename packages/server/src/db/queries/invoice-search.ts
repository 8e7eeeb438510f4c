import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { normalizeText } from '../../domain/directory/search-text';
import type { VisibleScope } from '../../domain/habilitation/policy';
import type { InvoiceStatus } from '../../domain/invoices/invoice-status';
import type { Executor } from '../../jobs/queue';
import type { Database } from '../schema';

export type InvoiceSortKey = 'depositedAt' | 'issueDate' | 'number' | 'amount';

export interface InvoiceSearchFilters {
  /** What the caller may see (from the habilitation policy): always applied. */
  scope: readonly VisibleScope[];
  /** Narrow to one of the caller's structures (« Filtrez les informations par structure »). */
  structureId?: string;
  numberPrefix?: string;
  /** SIRET / identifier (prefix when all digits) or part of the recipient's name. */
  recipient?: string;
  statuses?: readonly InvoiceStatus[];
  billingFramework?: string;
  kind?: 'invoice' | 'creditNote';
  depositedFrom?: Date;
  depositedTo?: Date;
  issueDateFrom?: string;
  issueDateTo?: string;
  amountMin?: string;
  amountMax?: string;
}

export interface InvoiceSearchPage {
  sort: InvoiceSortKey;
  direction: 'asc' | 'desc';
  limit: number;
  /** Opaque cursor of the last row of the previous page. */
  after?: { key: string | null; id: string };
}

const SORT_COLUMN = {
  depositedAt: 'invoices.deposited_at',
  issueDate: 'invoices.issue_date',
  number: 'invoices.number',
  amount: 'invoices.total_incl_vat',
} as const;

/** Folds case and accents the same way `recipient_search` was written (no unaccent in PGlite). */
export function searchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type EB = ExpressionBuilder<Database, 'invoices'>;

/** The caller's structures and, where a user is limited to services, those services only. */
export function visibleTo(eb: EB, scope: readonly VisibleScope[], structureId?: string) {
  const entries = structureId ? scope.filter((s) => s.structureId === structureId) : scope;
  if (entries.length === 0) return sql<SqlBool>`false`;
  return eb.or(
    entries.map((s) =>
      s.serviceIds === null
        ? eb('invoices.supplier_structure_id', '=', s.structureId)
        : eb.and([
            eb('invoices.supplier_structure_id', '=', s.structureId),
            eb.or([
              eb('invoices.supplier_service_id', 'is', null),
              ...(s.serviceIds.length > 0
                ? [eb('invoices.supplier_service_id', 'in', [...s.serviceIds])]
                : []),
            ]),
          ]),
    ),
  );
}

function filtersOf(eb: EB, f: InvoiceSearchFilters): Expression<SqlBool> {
  const where: Expression<SqlBool>[] = [visibleTo(eb, f.scope, f.structureId)];
  if (f.numberPrefix) {
    // number is COLLATE "C": LIKE 'prefix%' is an index range scan.
    where.push(eb('invoices.number', 'like', `${escapeLike(f.numberPrefix)}%`));
  }
  if (f.recipient?.trim()) {
    const term = f.recipient.trim();
    const digits = term.replace(/[\s.]/g, '');
    if (/^\d{14}$/.test(digits)) {
      where.push(eb('invoices.recipient_identifier', '=', digits));
    } else if (/^\d{3,13}$/.test(digits)) {
      // recipient_identifier is COLLATE "C": a prefix is an index range.
      where.push(eb('invoices.recipient_identifier', 'like', `${digits}%`));
    } else {
      // A name is resolved in the directory (normalised names, as the directory search stores
      // them), then each recipient is an index range of the supplier's invoices.
      const name = normalizeText(term);
      where.push(
        eb(
          'invoices.recipient_structure_id',
          'in',
          eb
            .selectFrom('structures')
            .select('structures.id')
            .where('structures.is_public', '=', true)
            .where('structures.search_name', 'like', `%${escapeLike(name)}%`)
            .limit(500),
        ),
      );
    }
  }
  if (f.statuses && f.statuses.length > 0) where.push(eb('invoices.status', 'in', [...f.statuses]));
  if (f.billingFramework) where.push(eb('invoices.billing_framework', '=', f.billingFramework));
  if (f.kind) where.push(eb('invoices.kind', '=', f.kind));
  if (f.depositedFrom) where.push(eb('invoices.deposited_at', '>=', f.depositedFrom));
  if (f.depositedTo) where.push(eb('invoices.deposited_at', '<', f.depositedTo));
  if (f.issueDateFrom) where.push(eb('invoices.issue_date', '>=', f.issueDateFrom));
  if (f.issueDateTo) where.push(eb('invoices.issue_date', '<=', f.issueDateTo));
  if (f.amountMin) where.push(eb('invoices.total_incl_vat', '>=', f.amountMin));
  if (f.amountMax) where.push(eb('invoices.total_incl_vat', '<=', f.amountMax));
  return eb.and(where);
}

const LIST_COLUMNS = [
  'invoices.id',
  'invoices.chorale_id',
  'invoices.supplier_structure_id',
  'invoices.number',
  'invoices.kind',
  'invoices.status',
  'invoices.billing_framework',
  'invoices.recipient_identifier',
  'invoices.recipient_name',
  'invoices.recipient_service_code',
  'invoices.issue_date',
  'invoices.deposited_at',
  'invoices.currency',
  'invoices.total_excl_vat',
  'invoices.total_incl_vat',
  'invoices.last_event_at',
  'invoices.updated_at',
] as const;

/**
 * One page of the caller's invoices. Keyset pagination on (sort key, id): a page costs the same
 * whatever its depth, and rows added meanwhile neither repeat nor vanish.
 */
export async function searchInvoices(
  db: Executor,
  filters: InvoiceSearchFilters,
  page: InvoiceSearchPage,
) {
  const column = SORT_COLUMN[page.sort];
  const desc = page.direction === 'desc';
  let query = db
    .selectFrom('invoices')
    .select(LIST_COLUMNS)
    .where((eb) => filtersOf(eb, filters));
  const after = page.after;
  const col = sql.ref(column);
  if (after) {
    const key = page.sort === 'depositedAt' && after.key ? new Date(after.key) : after.key;
    // Drafts have no deposit date. NULLS FIRST when descending, LAST when ascending: the order the
    // btree index (…, deposited_at desc, id desc) gives read forward or backward, so no sort step.
    if (desc) {
      query = query.where(
        after.key === null
          ? sql<SqlBool>`((${col} is null and invoices.id < ${after.id}) or ${col} is not null)`
          : sql<SqlBool>`((${col}, invoices.id) < (${key}, ${after.id}))`,
      );
    } else {
      query = query.where(
        after.key === null
          ? sql<SqlBool>`(${col} is null and invoices.id > ${after.id})`
          : sql<SqlBool>`((${col}, invoices.id) > (${key}, ${after.id}) or ${col} is null)`,
      );
    }
  }
  return query
    .orderBy(sql`${col} ${sql.raw(desc ? 'desc nulls first' : 'asc nulls last')}`)
    .orderBy('invoices.id', desc ? 'desc' : 'asc')
    .limit(page.limit)
    .execute();
}

export type InvoiceListRow = Awaited<ReturnType<typeof searchInvoices>>[number];

export async function countInvoices(db: Executor, filters: InvoiceSearchFilters): Promise<number> {
  const row = await db
    .selectFrom('invoices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => filtersOf(eb, filters))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The sort key of a row, as the cursor carries it. */
export function sortKeyOf(row: InvoiceListRow, sort: InvoiceSortKey): string | null {
  switch (sort) {
    case 'depositedAt':
      return row.deposited_at ? new Date(row.deposited_at).toISOString() : null;
    case 'issueDate':
      return row.issue_date;
    case 'number':
      return row.number;
    case 'amount':
      return row.total_incl_vat;
  }
}

/** Invoices waiting for the supplier (« Factures à traiter ») or with recent events. */
export async function findInvoicesByActivity(
  db: Executor,
  options: { scope: readonly VisibleScope[]; statuses?: readonly InvoiceStatus[]; limit: number },
) {
  let query = db
    .selectFrom('invoices')
    .select(LIST_COLUMNS)
    .where((eb) => visibleTo(eb, options.scope));
  if (options.statuses) query = query.where('invoices.status', 'in', [...options.statuses]);
  return query
    .orderBy('invoices.last_event_at', 'desc')
    .orderBy('invoices.id', 'desc')
    .limit(options.limit)
    .execute();
}
