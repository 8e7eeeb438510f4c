import type { AppContext } from '../../context';
import { loadActor, recordManagerAction } from '../../db/queries/habilitation';
import { authorize, authorizeUser, inTransaction, type AuthUser } from './access';
import type { StructureInput } from './create-structure';

export async function getStructure(ctx: AppContext, user: AuthUser, structureId: string) {
  await authorizeUser(ctx.db, user, 'structure.read', { structureId });
  return ctx.db
    .selectFrom('structures')
    .selectAll()
    .where('id', '=', structureId)
    .executeTakeFirstOrThrow();
}

export type StructureChanges = Partial<Omit<StructureInput, 'identifierType' | 'identifier'>>;

/** Managers edit the structure's details; the identifier never changes (a new SIRET is a new structure). */
export async function updateStructure(
  ctx: AppContext,
  user: AuthUser,
  structureId: string,
  c: StructureChanges,
) {
  return inTransaction(ctx, async (trx) => {
    authorize(await loadActor(trx, user), 'structure.update', { structureId });
    const now = ctx.now();
    const row = await trx
      .updateTable('structures')
      .set({
        ...(c.name !== undefined ? { name: c.name.trim() } : {}),
        ...(c.vatNumber !== undefined ? { vat_number: c.vatNumber } : {}),
        ...(c.rcs !== undefined ? { rcs: c.rcs } : {}),
        ...(c.addressLine1 !== undefined ? { address_line1: c.addressLine1 } : {}),
        ...(c.addressLine2 !== undefined ? { address_line2: c.addressLine2 } : {}),
        ...(c.addressLine3 !== undefined ? { address_line3: c.addressLine3 } : {}),
        ...(c.postalCode !== undefined ? { postal_code: c.postalCode } : {}),
        ...(c.city !== undefined ? { city: c.city } : {}),
        ...(c.countryCode !== undefined ? { country_code: c.countryCode } : {}),
        ...(c.email !== undefined ? { email: c.email } : {}),
        ...(c.phone !== undefined ? { phone: c.phone } : {}),
        updated_at: now,
      })
      .where('id', '=', structureId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordManagerAction(trx, {
      structureId,
      actorId: user.id,
      action: 'structure.updated',
      detail: { fields: Object.keys(c) },
      at: now,
    });
    return row;
  });
}
