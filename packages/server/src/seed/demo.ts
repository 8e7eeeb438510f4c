import type { AppContext } from '../context';
import { seedDemoAccounts } from './accounts';
import { seedDemoDirectory } from './directory';
import { seedDemoInvoices } from './invoices';
import { seedDemoStructures } from './structures';

export interface DemoCredential {
  role: string;
  email: string;
  password: string;
}

type Seeder = (ctx: AppContext) => Promise<DemoCredential[]>;

/** Each feature adds its demo data here, in order. */
const seeders: Seeder[] = [
  seedDemoAccounts,
  seedDemoStructures,
  seedDemoDirectory,
  seedDemoInvoices,
];

/**
 * Fills a fresh database with demo data a person can log in with. Runs once: a settings row marks
 * it done, so restarting never duplicates anything.
 */
export async function seedDemoData(ctx: AppContext): Promise<DemoCredential[] | undefined> {
  const done = await ctx.db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', 'demo_seeded')
    .executeTakeFirst();
  if (done) return undefined;
  const credentials: DemoCredential[] = [];
  for (const seed of seeders) credentials.push(...(await seed(ctx)));
  await ctx.db
    .insertInto('settings')
    .values({
      key: 'demo_seeded',
      value: JSON.stringify({ at: ctx.now().toISOString(), credentials }),
    })
    .execute();
  return credentials;
}

export async function demoCredentials(ctx: AppContext): Promise<DemoCredential[]> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'demo_seeded')
    .executeTakeFirst();
  const value = row?.value as { credentials?: DemoCredential[] } | undefined;
  return value?.credentials ?? [];
}
