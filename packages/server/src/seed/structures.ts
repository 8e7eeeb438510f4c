import type { AppContext } from '../context';
import { recordManagerAction } from '../db/queries/habilitation';
import { DEFAULT_SERVICE } from '../services/structures/create-structure';
import type { DemoCredential } from './demo';

/** The demo supplier: a principal manager, a secondary manager and a user limited to one service. */
export const DEMO_SUPPLIER = {
  siret: '84293781700018',
  name: 'Atelier Martin SARL',
  principal: 'marie.martin@demo.chorale.localhost',
  secondary: 'paul.durand@demo.chorale.localhost',
  limitedUser: 'lea.bernard@demo.chorale.localhost',
  limitedService: { code: 'ATELIER-LYON', name: 'Atelier de Lyon' },
};

/**
 * Runs after the accounts seeder: attaches its demo users to the supplier structure. Returns no
 * credential (the accounts are those of the accounts seeder).
 */
export async function seedDemoStructures(ctx: AppContext): Promise<DemoCredential[]> {
  await ctx.db.transaction().execute(async (trx) => {
    const users = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', 'in', [
        DEMO_SUPPLIER.principal,
        DEMO_SUPPLIER.secondary,
        DEMO_SUPPLIER.limitedUser,
      ])
      .execute();
    const idOf = (email: string) => users.find((u) => u.email === email)?.id;
    const principal = idOf(DEMO_SUPPLIER.principal);
    const secondary = idOf(DEMO_SUPPLIER.secondary);
    const limited = idOf(DEMO_SUPPLIER.limitedUser);
    if (!principal || !secondary || !limited) return;
    const now = ctx.now();
    const structure = await trx
      .insertInto('structures')
      .values({
        identifier_type: 'SIRET',
        identifier: DEMO_SUPPLIER.siret,
        name: DEMO_SUPPLIER.name,
        vat_number: 'FR41842937817',
        rcs: 'RCS Lyon 842 937 817',
        address_line1: '12 rue des Tanneurs',
        postal_code: '69002',
        city: 'Lyon',
        country_code: 'FR',
        email: 'contact@atelier-martin.demo.chorale.localhost',
        is_public: false,
        status: 'active',
        created_by: principal,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('services')
      .values({
        structure_id: structure.id,
        code: DEFAULT_SERVICE.code,
        name: DEFAULT_SERVICE.name,
        is_default: true,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const service = await trx
      .insertInto('services')
      .values({
        structure_id: structure.id,
        code: DEMO_SUPPLIER.limitedService.code,
        name: DEMO_SUPPLIER.limitedService.name,
        city: 'Lyon',
        postal_code: '69007',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const members = [
      { user: principal, role: 'primaryManager' as const, allServices: true },
      { user: secondary, role: 'secondaryManager' as const, allServices: true },
      { user: limited, role: 'user' as const, allServices: false },
    ];
    for (const m of members) {
      const row = await trx
        .insertInto('memberships')
        .values({
          structure_id: structure.id,
          user_id: m.user,
          role: m.role,
          all_services: m.allServices,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('space_grants')
        .values({
          membership_id: row.id,
          space_code: 'FACTURES_EMISES',
          granted_by: principal,
          granted_at: now,
        })
        .execute();
      if (!m.allServices) {
        await trx
          .insertInto('membership_services')
          .values({ membership_id: row.id, service_id: service.id })
          .execute();
      }
    }
    await recordManagerAction(trx, {
      structureId: structure.id,
      actorId: principal,
      action: 'structure.created',
      detail: { demo: true },
      at: now,
    });
  });
  return [];
}
