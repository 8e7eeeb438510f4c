import { sql } from 'kysely';
import type { AppContext } from '../context';
import { AppError } from '../errors';

/**
 * Counts one request against `key` in a fixed window and refuses it beyond `limit` with 429 and
 * `Retry-After`. The counter lives in the database (one atomic upsert), so every app process shares
 * it. Call it before any other work, outside business transactions.
 */
export async function enforceRateLimit(
  ctx: AppContext,
  key: string,
  options: { limit: number; windowSeconds?: number },
): Promise<void> {
  const windowSeconds = options.windowSeconds ?? 60;
  const nowMs = ctx.now().getTime();
  const windowStart = new Date(Math.floor(nowMs / (windowSeconds * 1000)) * windowSeconds * 1000);
  const result = await sql<{ count: number; window_start: Date }>`
    insert into rate_limits (key, window_start, count) values (${key}, ${windowStart}, 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start >= excluded.window_start
        then rate_limits.count + 1 else 1 end,
      window_start = greatest(rate_limits.window_start, excluded.window_start)
    returning count, window_start`.execute(ctx.db);
  const row = result.rows[0];
  // Old windows are useless; prune now and then rather than with a scheduled job.
  if (Math.random() < 0.01) {
    await ctx.db
      .deleteFrom('rate_limits')
      .where('window_start', '<', new Date(nowMs - 86_400_000))
      .execute();
  }
  if (!row || row.count <= options.limit) return;
  // Once per window and key, not once per refused request.
  if (row.count === options.limit + 1) ctx.log.warn({ key }, 'rate limit reached');
  const endsMs = new Date(row.window_start).getTime() + windowSeconds * 1000;
  const retryAfter = Math.max(1, Math.ceil((endsMs - nowMs) / 1000));
  throw new AppError(
    'LIMIT_EXCEEDED',
    {
      fr: `Trop de tentatives depuis votre adresse. Réessayez dans ${retryAfter} secondes.`,
      en: `Too many attempts from your address. Try again in ${retryAfter} seconds.`,
    },
    { reason: 'RATE_LIMITED', retryAfter, data: { retryAfter } },
  );
}

/** The per-IP limit on login, sign-up, activation and recovery (AUTH_RATE_LIMIT_PER_MINUTE). */
export function enforceAuthRateLimit(ctx: AppContext, action: string, ip: string): Promise<void> {
  return enforceRateLimit(ctx, `auth:${action}:${ip}`, {
    limit: ctx.config.authRateLimitPerMinute,
  });
}
