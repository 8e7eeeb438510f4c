import type { FluxStatus } from '../tables/fluxes';
import type { Executor } from '../../jobs/queue';

/** The columns a flux is presented with: the flux, its structure, the depositor, the original. */
export function selectFlux(db: Executor) {
  return db
    .selectFrom('fluxes')
    .innerJoin('structures', 'structures.id', 'fluxes.supplier_structure_id')
    .leftJoin('users', 'users.id', 'fluxes.deposited_by')
    .leftJoin('fluxes as original', 'original.id', 'fluxes.duplicate_of_flux_id')
    .select([
      'fluxes.id',
      'fluxes.number',
      'fluxes.supplier_structure_id',
      'structures.name as structure_name',
      'fluxes.deposited_by',
      'users.first_name',
      'users.last_name',
      'fluxes.channel',
      'fluxes.syntax',
      'fluxes.file_name',
      'fluxes.size_bytes',
      'fluxes.sha256',
      'fluxes.container',
      'fluxes.status',
      'fluxes.duplicate_of_flux_id',
      'original.number as duplicate_of_number',
      'fluxes.validator_identifier',
      'fluxes.validator_service_code',
      'fluxes.total_count',
      'fluxes.processed_count',
      'fluxes.accepted_count',
      'fluxes.refused_count',
      'fluxes.refusal',
      'fluxes.technical_error',
      'fluxes.received_at',
      'fluxes.started_at',
      'fluxes.finished_at',
    ]);
}

export type FluxRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof selectFlux>['executeTakeFirst']>>
>;

/** One flux of these structures, or undefined (another structure's flux does not exist). */
export async function findFluxIn(db: Executor, structureIds: readonly string[], fluxId: string) {
  if (structureIds.length === 0) return undefined;
  return selectFlux(db)
    .where('fluxes.id', '=', fluxId)
    .where('fluxes.supplier_structure_id', 'in', [...structureIds])
    .executeTakeFirst();
}

export async function findFluxItems(db: Executor, fluxId: string) {
  return db
    .selectFrom('flux_items')
    .leftJoin('invoices', 'invoices.id', 'flux_items.invoice_id')
    .select([
      'flux_items.position',
      'flux_items.file_name',
      'flux_items.status',
      'flux_items.invoice_id',
      'invoices.chorale_id',
      'flux_items.number',
      'flux_items.recipient_identifier',
      'flux_items.recipient_name',
      'flux_items.total_incl_vat',
      'flux_items.currency',
      'flux_items.findings',
    ])
    .where('flux_items.flux_id', '=', fluxId)
    .orderBy('flux_items.position')
    .execute();
}

export type FluxItemRow = Awaited<ReturnType<typeof findFluxItems>>[number];

/** A page of fluxes of these structures, newest first; the cursor is the last row's (time, id). */
export async function listFluxRows(
  db: Executor,
  options: {
    structureIds: readonly string[];
    statuses?: readonly FluxStatus[];
    after?: { receivedAt: Date; id: string };
    limit: number;
  },
) {
  if (options.structureIds.length === 0) return { rows: [], total: 0 };
  let base = db
    .selectFrom('fluxes')
    .where('fluxes.supplier_structure_id', 'in', [...options.structureIds]);
  if (options.statuses && options.statuses.length > 0)
    base = base.where('fluxes.status', 'in', [...options.statuses]);
  const total = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let page = selectFlux(db).where('fluxes.supplier_structure_id', 'in', [...options.structureIds]);
  if (options.statuses && options.statuses.length > 0)
    page = page.where('fluxes.status', 'in', [...options.statuses]);
  const after = options.after;
  if (after) {
    page = page.where((eb) =>
      eb.or([
        eb('fluxes.received_at', '<', after.receivedAt),
        eb.and([eb('fluxes.received_at', '=', after.receivedAt), eb('fluxes.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await page
    .orderBy('fluxes.received_at', 'desc')
    .orderBy('fluxes.id', 'desc')
    .limit(options.limit)
    .execute();
  return { rows, total: Number(total.n) };
}
