import type { AppContext } from '../../context';
import { loadActor, recordManagerAction } from '../../db/queries/habilitation';
import { AppError, invalidField, notFound } from '../../errors';
import { authorize, authorizeUser, inTransaction, type AuthUser } from './access';

export interface ServiceInput {
  code: string;
  name: string;
  addressLine1?: string | null;
  addressLine2?: string | null;
  postalCode?: string | null;
  city?: string | null;
  countryCode?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  isActive?: boolean;
}

function checkDates(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
): void {
  if (validFrom && validTo && validTo < validFrom) {
    throw invalidField('validTo', {
      fr: 'doit être postérieure à la date de début.',
      en: 'must be after the start date.',
    });
  }
}

function duplicateCode(): AppError {
  return new AppError(
    'CONFLICT',
    { fr: 'Ce code de service existe déjà.', en: 'This service code already exists.' },
    { reason: 'SERVICE_CODE_EXISTS', field: 'code' },
  );
}

/**
 * Services a user sees: all of the structure's, or only those their access is limited to
 * ("limiter les habilitations des utilisateurs à certaines entités").
 */
export async function listServices(ctx: AppContext, user: AuthUser, structureId: string) {
  const actor = await authorizeUser(ctx.db, user, 'service.read', { structureId });
  const m = actor.memberships.find((x) => x.structureId === structureId);
  let query = ctx.db.selectFrom('services').selectAll().where('structure_id', '=', structureId);
  if (m && m.serviceIds !== null) {
    if (m.serviceIds.length === 0) return [];
    query = query.where('id', 'in', [...m.serviceIds]);
  }
  return query.orderBy('is_default', 'desc').orderBy('code').execute();
}

export async function createService(
  ctx: AppContext,
  user: AuthUser,
  structureId: string,
  input: ServiceInput,
) {
  checkDates(input.validFrom, input.validTo);
  return inTransaction(ctx, async (trx) => {
    authorize(await loadActor(trx, user), 'service.manage', { structureId });
    const code = input.code.trim();
    const clash = await trx
      .selectFrom('services')
      .select('id')
      .where('structure_id', '=', structureId)
      .where('code', '=', code)
      .executeTakeFirst();
    if (clash) throw duplicateCode();
    const now = ctx.now();
    const row = await trx
      .insertInto('services')
      .values({
        structure_id: structureId,
        code,
        name: input.name.trim(),
        address_line1: input.addressLine1 ?? null,
        address_line2: input.addressLine2 ?? null,
        postal_code: input.postalCode ?? null,
        city: input.city ?? null,
        country_code: input.countryCode ?? null,
        valid_from: input.validFrom ?? null,
        valid_to: input.validTo ?? null,
        is_active: input.isActive ?? true,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordManagerAction(trx, {
      structureId,
      actorId: user.id,
      action: 'service.created',
      detail: { serviceId: row.id, code },
      at: now,
    });
    return row;
  });
}

/** Edits a service; `isActive: false` deactivates it (the default service stays active). */
export async function updateService(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; serviceId: string; changes: Partial<ServiceInput> },
) {
  return inTransaction(ctx, async (trx) => {
    authorize(await loadActor(trx, user), 'service.manage', { structureId: input.structureId });
    const current = await trx
      .selectFrom('services')
      .selectAll()
      .where('id', '=', input.serviceId)
      .where('structure_id', '=', input.structureId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound();
    const c = input.changes;
    if (current.is_default && c.isActive === false) {
      throw invalidField('isActive', {
        fr: 'le service par défaut ne peut pas être désactivé.',
        en: 'the default service cannot be deactivated.',
      });
    }
    checkDates(
      c.validFrom !== undefined ? c.validFrom : current.valid_from,
      c.validTo !== undefined ? c.validTo : current.valid_to,
    );
    if (c.code !== undefined && c.code.trim() !== current.code) {
      const clash = await trx
        .selectFrom('services')
        .select('id')
        .where('structure_id', '=', input.structureId)
        .where('code', '=', c.code.trim())
        .executeTakeFirst();
      if (clash) throw duplicateCode();
    }
    const now = ctx.now();
    const row = await trx
      .updateTable('services')
      .set({
        ...(c.code !== undefined ? { code: c.code.trim() } : {}),
        ...(c.name !== undefined ? { name: c.name.trim() } : {}),
        ...(c.addressLine1 !== undefined ? { address_line1: c.addressLine1 } : {}),
        ...(c.addressLine2 !== undefined ? { address_line2: c.addressLine2 } : {}),
        ...(c.postalCode !== undefined ? { postal_code: c.postalCode } : {}),
        ...(c.city !== undefined ? { city: c.city } : {}),
        ...(c.countryCode !== undefined ? { country_code: c.countryCode } : {}),
        ...(c.validFrom !== undefined ? { valid_from: c.validFrom } : {}),
        ...(c.validTo !== undefined ? { valid_to: c.validTo } : {}),
        ...(c.isActive !== undefined ? { is_active: c.isActive } : {}),
        updated_at: now,
      })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordManagerAction(trx, {
      structureId: input.structureId,
      actorId: user.id,
      action: c.isActive === false ? 'service.deactivated' : 'service.updated',
      detail: { serviceId: current.id, code: row.code },
      at: now,
    });
    return row;
  });
}
