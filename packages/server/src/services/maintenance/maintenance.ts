import type { Localized } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';

/**
 * The portal's maintenance window as everyone may see it. `active` is computed against the clock
 * at read time: a scheduled window starts and ends by itself, nobody has to flip a switch.
 */
export interface MaintenanceState {
  active: boolean;
  /** Start (ISO 8601); the moment the operator set it for "now". Null when none is planned. */
  from: string | null;
  /** End (ISO 8601), or null for "until the operator ends it". */
  until: string | null;
  message: Localized | null;
}

/** What the settings row holds (who set it stays with it for the record). */
export interface StoredMaintenance {
  from: string;
  until: string | null;
  message: Localized | null;
  setBy: string;
  setAt: string;
}

// One settings row: maintenance is a platform-wide switch, never per structure.
export const MAINTENANCE_KEY = 'maintenance';

const NONE: MaintenanceState = { active: false, from: null, until: null, message: null };

function isLocalized(value: unknown): value is Localized {
  const v = value as Partial<Localized> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.fr === 'string' && typeof v.en === 'string'
  );
}

function parseStored(value: unknown): StoredMaintenance | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.from !== 'string' || Number.isNaN(Date.parse(v.from))) return undefined;
  const until = typeof v.until === 'string' && !Number.isNaN(Date.parse(v.until)) ? v.until : null;
  return {
    from: v.from,
    until,
    message: isLocalized(v.message) ? v.message : null,
    setBy: typeof v.setBy === 'string' ? v.setBy : '',
    setAt: typeof v.setAt === 'string' ? v.setAt : v.from,
  };
}

export async function readStoredMaintenance(db: Executor): Promise<StoredMaintenance | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', MAINTENANCE_KEY)
    .executeTakeFirst();
  return row ? parseStored(row.value) : undefined;
}

/** The window as seen at `now`: a window that has ended reads as no maintenance at all. */
export function maintenanceAt(stored: StoredMaintenance | undefined, now: Date): MaintenanceState {
  if (!stored) return NONE;
  const at = now.getTime();
  if (stored.until !== null && at >= Date.parse(stored.until)) return NONE;
  return {
    active: at >= Date.parse(stored.from),
    from: stored.from,
    until: stored.until,
    message: stored.message,
  };
}

/**
 * Whether the portal is in maintenance at `now`, and the window and message to show. Takes an
 * executor (not a context) so the request gate and the flux integration job can both ask, inside
 * or outside a transaction.
 */
export async function getMaintenance(db: Executor, now: Date): Promise<MaintenanceState> {
  return maintenanceAt(await readStoredMaintenance(db), now);
}
