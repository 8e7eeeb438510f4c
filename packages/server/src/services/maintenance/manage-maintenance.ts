import type { RequestMeta } from '../../auth/sessions';
import type { AppContext } from '../../context';
import { sql } from 'kysely';
import { recordSecurityEvent } from '../../db/queries/security-events';
import { AppError, invalidField } from '../../errors';
import type { Localized } from '../../i18n/lang';
import { FLUX_INTEGRATION_JOB } from '../../jobs/flux-integration';
import { requireOperator } from '../start-directory-import';
import {
  MAINTENANCE_KEY,
  maintenanceAt,
  readStoredMaintenance,
  type MaintenanceState,
  type StoredMaintenance,
} from './maintenance';

export interface SetMaintenanceInput {
  /** Start of the window; absent or null: now. */
  from?: string | null;
  /** End of the window; absent or null: until the operator ends it. */
  until?: string | null;
  /** Shown to users on the maintenance page, in both languages. */
  message?: Localized | null;
}

interface Operator {
  id: string;
  isOperator: boolean;
}

const MAX_MESSAGE = 1000;

function instant(field: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw invalidField(field, { fr: 'date et heure invalides.', en: 'invalid date and time.' });
  }
  return date;
}

function cleanMessage(message: Localized | null | undefined): Localized | null {
  if (!message) return null;
  const fr = message.fr.trim();
  const en = message.en.trim();
  if (fr === '' && en === '') return null;
  // Users read the page in their own language: a message in one language only would leave the
  // others with nothing.
  for (const [field, text] of [
    ['message.fr', fr],
    ['message.en', en],
  ] as const) {
    if (text === '') {
      throw invalidField(field, {
        fr: 'donnez le message en français et en anglais.',
        en: 'give the message in French and in English.',
      });
    }
    if (text.length > MAX_MESSAGE) {
      throw invalidField(field, {
        fr: `${MAX_MESSAGE} caractères au plus.`,
        en: `at most ${MAX_MESSAGE} characters.`,
      });
    }
  }
  return { fr, en };
}

/**
 * The operator puts the portal in maintenance now or for a date range (replacing any window
 * already set). Portal users then see the maintenance page; API deposits keep being queued.
 * Journaled in the operator's security journal.
 */
export async function setMaintenance(
  ctx: AppContext,
  operator: Operator,
  input: SetMaintenanceInput,
  meta: RequestMeta,
): Promise<MaintenanceState> {
  requireOperator(operator);
  const now = ctx.now();
  const from = input.from ? instant('from', input.from) : now;
  const until = input.until ? instant('until', input.until) : null;
  if (until && until.getTime() <= from.getTime()) {
    throw invalidField('until', {
      fr: 'la fin doit être postérieure au début.',
      en: 'the end must come after the start.',
    });
  }
  if (until && until.getTime() <= now.getTime()) {
    throw invalidField('until', {
      fr: 'la fin est déjà passée.',
      en: 'the end is already past.',
    });
  }
  const stored: StoredMaintenance = {
    // A start in the past means "already started": keep it as given, the window is active.
    from: from.toISOString(),
    until: until ? until.toISOString() : null,
    message: cleanMessage(input.message),
    setBy: operator.id,
    setAt: now.toISOString(),
  };
  const value = JSON.stringify(stored);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: MAINTENANCE_KEY, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute();
    await recordSecurityEvent(trx, {
      userId: operator.id,
      type: 'MAINTENANCE_SET',
      at: now,
      ...meta,
      detail: { from: stored.from, until: stored.until },
    });
  });
  return maintenanceAt(stored, now);
}

/** The operator ends (or cancels a planned) maintenance. NOT_FOUND when none is set. */
export async function clearMaintenance(
  ctx: AppContext,
  operator: Operator,
  meta: RequestMeta,
): Promise<void> {
  requireOperator(operator);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await readStoredMaintenance(trx);
    if (!maintenanceAt(stored, now).from) {
      throw new AppError(
        'NOT_FOUND',
        { fr: 'Aucune maintenance en cours ni prévue.', en: 'No maintenance active or planned.' },
        { reason: 'NO_MAINTENANCE' },
      );
    }
    await trx.deleteFrom('settings').where('key', '=', MAINTENANCE_KEY).execute();
    await recordSecurityEvent(trx, {
      userId: operator.id,
      type: 'MAINTENANCE_CLEARED',
      at: now,
      ...meta,
      detail: { from: stored?.from ?? null, until: stored?.until ?? null },
    });
    // Fluxes paused by the maintenance run now rather than at their next check; their order of
    // arrival (job id) is kept. The queue compares run_at with the database clock.
    await trx
      .updateTable('jobs')
      .set({ run_at: sql<Date>`now()` })
      .where('name', '=', FLUX_INTEGRATION_JOB)
      .where('status', '=', 'pending')
      .where('run_at', '>', sql<Date>`now()`)
      .execute();
  });
  ctx.worker.kick();
}
