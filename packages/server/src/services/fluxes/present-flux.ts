import type { AppContext } from '../../context';
import {
  findFluxIn,
  findFluxItems,
  listFluxRows,
  type FluxItemRow,
  type FluxRow,
} from '../../db/queries/fluxes';
import type { FluxChannel, FluxItemStatus, FluxStatus } from '../../db/tables/fluxes';
import { notFound } from '../../errors';
import type { Lang } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';
import { invalidField } from '../../errors';
import { loadIssuedScope, type AuthUser } from '../invoices/invoice-scope';

/**
 * A flux as the API and the portal show it. Messages are in the caller's language, like the rest
 * of the API. The detail (one line per invoice file, every finding with its rule) is also the
 * integration report (compte-rendu): JSON as is, CSV and PDF are rendered from it. It carries what
 * Chorus Pro's `consulterCRDetaille` needs (flux state and time, per-invoice supplier/recipient/
 * number/error, technical errors).
 */
export interface FluxSummary {
  id: string;
  number: string;
  structureId: string;
  structureName: string;
  syntax: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  channel: FluxChannel;
  status: FluxStatus;
  /** The same file (SHA-256) was already deposited by the structure in this earlier flux. */
  duplicateOf: { id: string; number: string } | null;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: { total: number; processed: number; accepted: number; refused: number };
  /** Why the whole flux was refused (unreadable archive, bomb, syntax...), or a technical incident. */
  refusal: { code: string; message: string } | null;
  depositedBy: { id: string; name: string } | null;
  /** The valideur given at deposit for the flux's A9 / A12 invoices. */
  validator: { identifier: string; serviceCode: string | null } | null;
}

export interface FluxFinding {
  rule: string;
  severity: 'fatal' | 'warning';
  message: string;
  location: string | null;
  value: string | null;
}

export interface FluxItem {
  position: number;
  fileName: string;
  status: FluxItemStatus;
  invoice: { id: string; choraleId: string | null; number: string } | null;
  number: string | null;
  recipientIdentifier: string | null;
  recipientName: string | null;
  totalInclVat: string | null;
  currency: string | null;
  findings: FluxFinding[];
}

export type FluxDetail = FluxSummary & { items: FluxItem[] };

const INCIDENT_MESSAGE = {
  fr: 'Incident technique : l’intégration du flux a échoué après plusieurs tentatives. Déposez-le à nouveau ou contactez l’assistance.',
  en: 'Technical incident: integrating the flux failed after several attempts. Deposit it again or contact support.',
};

export function presentFluxSummary(row: FluxRow, lang: Lang): FluxSummary {
  const refusal = row.refusal
    ? { code: row.refusal.code, message: row.refusal.message[lang] }
    : row.status === 'IN_INCIDENTE'
      ? { code: 'FLUX_INCIDENT', message: INCIDENT_MESSAGE[lang] }
      : null;
  return {
    id: row.id,
    number: row.number,
    structureId: row.supplier_structure_id,
    structureName: row.structure_name,
    syntax: row.syntax,
    fileName: row.file_name,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    channel: row.channel,
    status: row.status,
    duplicateOf:
      row.duplicate_of_flux_id && row.duplicate_of_number
        ? { id: row.duplicate_of_flux_id, number: row.duplicate_of_number }
        : null,
    receivedAt: row.received_at.toISOString(),
    startedAt: row.started_at ? row.started_at.toISOString() : null,
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    counts: {
      total: row.total_count,
      processed: row.processed_count,
      accepted: row.accepted_count,
      refused: row.refused_count,
    },
    refusal,
    depositedBy: row.deposited_by
      ? { id: row.deposited_by, name: `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim() }
      : null,
    validator: row.validator_identifier
      ? { identifier: row.validator_identifier, serviceCode: row.validator_service_code }
      : null,
  };
}

export function presentFluxItem(row: FluxItemRow, lang: Lang): FluxItem {
  return {
    position: row.position,
    fileName: row.file_name,
    status: row.status,
    invoice:
      row.invoice_id && row.status === 'accepted'
        ? { id: row.invoice_id, choraleId: row.chorale_id, number: row.number ?? '' }
        : null,
    number: row.number,
    recipientIdentifier: row.recipient_identifier,
    recipientName: row.recipient_name,
    totalInclVat: row.total_incl_vat,
    currency: row.currency,
    findings: row.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message[lang],
      location: f.location ?? null,
      value: f.value ?? null,
    })),
  };
}

export const fluxNotFound = () => notFound({ fr: 'Flux introuvable.', en: 'Flux not found.' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Structures whose fluxes the user sees: those where they hold « Factures émises ». */
export async function visibleFluxStructures(db: Executor, user: AuthUser): Promise<string[]> {
  const issued = await loadIssuedScope(db, user);
  return issued.scope.map((s) => s.structureId);
}

/** The flux with every invoice line, if the user sees it (else NOT_FOUND). */
export async function getFlux(
  ctx: AppContext,
  user: AuthUser,
  fluxId: string,
): Promise<FluxDetail> {
  if (!UUID.test(fluxId)) throw fluxNotFound();
  const structures = await visibleFluxStructures(ctx.db, user);
  const row = await findFluxIn(ctx.db, structures, fluxId);
  if (!row) throw fluxNotFound();
  const items = await findFluxItems(ctx.db, fluxId);
  return {
    ...presentFluxSummary(row, user.language),
    items: items.map((i) => presentFluxItem(i, user.language)),
  };
}

export interface FluxList {
  items: FluxSummary[];
  nextCursor: string | null;
  total: number;
}

function decodeCursor(cursor: string): { receivedAt: Date; id: string } {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(time ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(at.getTime()))
    throw invalidField('cursor', { fr: 'curseur invalide.', en: 'invalid cursor.' });
  return { receivedAt: at, id };
}

/** The fluxes of the structures the user sees (or of one of them), newest first. */
export async function listFluxes(
  ctx: AppContext,
  user: AuthUser,
  options: { structureId?: string; statuses?: FluxStatus[]; cursor?: string; limit?: number },
): Promise<FluxList> {
  const visible = await visibleFluxStructures(ctx.db, user);
  const structureIds = options.structureId
    ? visible.filter((id) => id === options.structureId)
    : visible;
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 100);
  const { rows, total } = await listFluxRows(ctx.db, {
    structureIds,
    ...(options.statuses ? { statuses: options.statuses } : {}),
    ...(options.cursor ? { after: decodeCursor(options.cursor) } : {}),
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => presentFluxSummary(r, user.language)),
    nextCursor:
      rows.length > limit && last
        ? Buffer.from(`${last.received_at.toISOString()}|${last.id}`).toString('base64url')
        : null,
    total,
  };
}
