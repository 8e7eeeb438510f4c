import type { AppContext } from '../context';
import { recordSecurityEvent } from '../db/queries/security-events';
import { AppError } from '../errors';
import { queueMail } from '../mail/mailer';
import { accountMail, formatParisTime } from '../mail/templates/accounts';
import type { RequestMeta } from './sessions';

/** Wrong passwords (or second factors, or secret answers) before the account locks. */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MS = 60 * 60_000;

/** 429 ACCOUNT_LOCKED, saying until when (data.lockedUntil, Retry-After). */
export function accountLocked(ctx: AppContext, until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - ctx.now().getTime()) / 1000));
  return new AppError(
    'LIMIT_EXCEEDED',
    {
      fr: `Votre compte est verrouillé après ${MAX_FAILED_ATTEMPTS} tentatives infructueuses, jusqu'au ${formatParisTime(until, 'fr')} (heure de Paris). Vous pourrez alors réessayer.`,
      en: `Your account is locked after ${MAX_FAILED_ATTEMPTS} failed attempts, until ${formatParisTime(until, 'en')} (Paris time). You can try again then.`,
    },
    { reason: 'ACCOUNT_LOCKED', retryAfter, data: { lockedUntil: until.toISOString() } },
  );
}

/** The end of the lock when the account is locked now. */
export function lockedUntil(
  ctx: AppContext,
  user: { locked_until: Date | null },
): Date | undefined {
  if (!user.locked_until) return undefined;
  const until = new Date(user.locked_until);
  return until.getTime() > ctx.now().getTime() ? until : undefined;
}

/**
 * Counts one failed attempt in its own transaction (it must persist although the request fails).
 * The fifth locks the account for an hour, journals it and tells the owner by mail.
 * Returns the end of the lock when this attempt caused it.
 */
export async function recordFailedAttempt(
  ctx: AppContext,
  userId: string,
  meta: RequestMeta,
  detail: Record<string, unknown>,
): Promise<Date | undefined> {
  const now = ctx.now();
  const locked = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1) }))
      .where('id', '=', userId)
      .returning(['failed_login_count', 'first_name', 'contact_email', 'language'])
      .executeTakeFirstOrThrow();
    await recordSecurityEvent(trx, { userId, type: 'LOGIN_FAILED', at: now, ...meta, detail });
    if (row.failed_login_count < MAX_FAILED_ATTEMPTS) return undefined;
    const until = new Date(now.getTime() + LOCK_MS);
    await trx
      .updateTable('users')
      .set({ failed_login_count: 0, locked_until: until })
      .where('id', '=', userId)
      .execute();
    await recordSecurityEvent(trx, {
      userId,
      type: 'LOCKED',
      at: now,
      ...meta,
      detail: { until: until.toISOString(), attempts: MAX_FAILED_ATTEMPTS },
    });
    await queueMail(
      trx,
      accountMail(
        row.contact_email,
        { kind: 'account-locked', firstName: row.first_name, until },
        row.language,
      ),
    );
    return until;
  });
  if (locked) {
    ctx.log.warn(
      { userId, ip: meta.ip, until: locked.toISOString() },
      'account locked after failed attempts',
    );
    ctx.worker.kick();
  }
  return locked;
}
