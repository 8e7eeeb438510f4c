import type { AppContext } from '../../context';
import {
  countInvoices,
  findInvoicesByActivity,
  searchInvoices,
  sortKeyOf,
  type InvoiceSearchFilters,
  type InvoiceSearchPage,
} from '../../db/queries/invoice-search';
import { SUPPLIER_TO_PROCESS } from '../../domain/invoices/invoice-status';
import { toCsv } from '../../domain/csv';
import { invalidField } from '../../errors';
import type { Lang } from '../../i18n/lang';
import { loadIssuedScope, type AuthUser } from './invoice-scope';
import { presentInvoiceSummary, type InvoiceSummary } from './present-invoice';

export type SearchCriteria = Omit<InvoiceSearchFilters, 'scope'>;

export interface SearchResult {
  items: InvoiceSummary[];
  total: number;
  nextCursor: string | null;
}

export function encodeCursor(key: string | null, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { key: string | null; id: string } {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    if (
      (typeof key === 'string' || key === null) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/.test(id)
    ) {
      return { key, id };
    }
  } catch {
    // falls through to the error
  }
  throw invalidField('cursor', { fr: 'curseur invalide.', en: 'invalid cursor.' });
}

/** « Recherche de factures »: the user's structures' invoices by criteria, one page at a time. */
export async function searchIssuedInvoices(
  ctx: AppContext,
  user: AuthUser,
  criteria: SearchCriteria,
  page: Omit<InvoiceSearchPage, 'after'> & { cursor?: string },
): Promise<SearchResult> {
  const { scope } = await loadIssuedScope(ctx.db, user);
  const filters = { ...criteria, scope };
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const [rows, total] = await Promise.all([
    searchInvoices(ctx.db, filters, {
      ...page,
      limit: page.limit + 1,
      ...(after ? { after } : {}),
    }),
    countInvoices(ctx.db, filters),
  ]);
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentInvoiceSummary),
    total,
    nextCursor:
      rows.length > page.limit && last ? encodeCursor(sortKeyOf(last, page.sort), last.id) : null,
  };
}

const EXPORT_MAX_ROWS = 50_000;

/** CSV export of a search (every page, up to 50 000 rows), cells escaped against formulas. */
export async function exportIssuedInvoices(
  ctx: AppContext,
  user: AuthUser,
  criteria: SearchCriteria,
  lang: Lang,
): Promise<string> {
  const { scope } = await loadIssuedScope(ctx.db, user);
  const rows = await searchInvoices(
    ctx.db,
    { ...criteria, scope },
    {
      sort: 'depositedAt',
      direction: 'desc',
      limit: EXPORT_MAX_ROWS,
    },
  );
  const header =
    lang === 'en'
      ? [
          'Chorale ID',
          'Number',
          'Type',
          'Status',
          'Framework',
          'Recipient ID',
          'Recipient',
          'Service',
          'Invoice date',
          'Deposited at',
          'Currency',
          'Total excl. VAT',
          'Total incl. VAT',
        ]
      : [
          'Identifiant Chorale',
          'Numéro',
          'Type',
          'Statut',
          'Cadre',
          'Identifiant destinataire',
          'Destinataire',
          'Service',
          'Date de facture',
          'Date de dépôt',
          'Devise',
          'Montant HT',
          'Montant TTC',
        ];
  return toCsv([
    header,
    ...rows.map((r) => [
      r.chorale_id,
      r.number,
      r.kind === 'creditNote'
        ? lang === 'en'
          ? 'Credit note'
          : 'Avoir'
        : lang === 'en'
          ? 'Invoice'
          : 'Facture',
      r.status,
      r.billing_framework,
      r.recipient_identifier,
      r.recipient_name,
      r.recipient_service_code,
      r.issue_date,
      r.deposited_at ? new Date(r.deposited_at).toISOString() : null,
      r.currency,
      r.total_excl_vat,
      r.total_incl_vat,
    ]),
  ]);
}

/** « Factures à traiter »: drafts (later: suspended, to recycle, rejected to acknowledge). */
export async function listInvoicesToProcess(
  ctx: AppContext,
  user: AuthUser,
): Promise<InvoiceSummary[]> {
  const { scope } = await loadIssuedScope(ctx.db, user);
  const rows = await findInvoicesByActivity(ctx.db, {
    scope,
    statuses: SUPPLIER_TO_PROCESS,
    limit: 100,
  });
  return rows.map(presentInvoiceSummary);
}

/** « Événements récents »: the invoices whose status changed last. */
export async function listRecentInvoiceEvents(
  ctx: AppContext,
  user: AuthUser,
): Promise<InvoiceSummary[]> {
  const { scope } = await loadIssuedScope(ctx.db, user);
  const rows = await findInvoicesByActivity(ctx.db, { scope, limit: 20 });
  return rows.map(presentInvoiceSummary);
}
