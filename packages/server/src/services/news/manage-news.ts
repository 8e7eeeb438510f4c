import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import { loadActor } from '../../db/queries/habilitation';
import { notFound } from '../../errors';
import type { Localized } from '../../i18n/lang';
import type { Executor } from '../../jobs/queue';
import { authorize, type AuthUser } from '../structures/access';

export interface NewsItem {
  id: string;
  publishedAt: string;
  title: Localized;
  body: Localized;
}

// The platform's news (« actualités ») are few and short: one settings row holds the latest ones,
// newest first (no table of their own; the list is capped).
const KEY = 'news';
const MAX_ITEMS = 50;

async function readNews(db: Executor): Promise<NewsItem[]> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', KEY)
    .executeTakeFirst();
  return Array.isArray(row?.value) ? (row.value as NewsItem[]) : [];
}

async function writeNews(db: Executor, items: NewsItem[], now: Date): Promise<void> {
  const value = JSON.stringify(items.slice(0, MAX_ITEMS));
  await db
    .insertInto('settings')
    .values({ key: KEY, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** The latest news, for everyone (the home page). */
export async function listNews(ctx: AppContext, limit = 10): Promise<NewsItem[]> {
  return (await readNews(ctx.db)).slice(0, limit);
}

/** The operator publishes a news item in French and English. */
export async function publishNews(
  ctx: AppContext,
  user: AuthUser,
  input: { title: Localized; body: Localized },
): Promise<NewsItem> {
  return ctx.db.transaction().execute(async (trx) => {
    authorize(await loadActor(trx, user), 'structure.validate');
    // Serialises concurrent publications on the settings row.
    await trx.selectFrom('settings').select('key').where('key', '=', KEY).forUpdate().execute();
    const item: NewsItem = {
      id: randomUUID(),
      publishedAt: ctx.now().toISOString(),
      title: { fr: input.title.fr.trim(), en: input.title.en.trim() },
      body: { fr: input.body.fr.trim(), en: input.body.en.trim() },
    };
    await writeNews(trx, [item, ...(await readNews(trx))], ctx.now());
    return item;
  });
}

export async function deleteNews(ctx: AppContext, user: AuthUser, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    authorize(await loadActor(trx, user), 'structure.validate');
    await trx.selectFrom('settings').select('key').where('key', '=', KEY).forUpdate().execute();
    const items = await readNews(trx);
    if (!items.some((n) => n.id === id)) throw notFound();
    await writeNews(
      trx,
      items.filter((n) => n.id !== id),
      ctx.now(),
    );
  });
}
