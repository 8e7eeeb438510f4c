import type { AppContext } from '../../context';
import { recordManagerAction, requiresStructureValidation } from '../../db/queries/habilitation';
import { checkIdentifier, type IdentifierType } from '../../domain/habilitation/identifiers';
import { DEFAULT_MEMBER_SPACES } from '../../domain/habilitation/spaces';
import { AppError, invalidField } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { inTransaction, type AuthUser } from './access';

export interface StructureInput {
  identifierType: IdentifierType;
  identifier: string;
  name: string;
  vatNumber?: string | null;
  rcs?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  addressLine3?: string | null;
  postalCode?: string | null;
  city?: string | null;
  countryCode?: string;
  email?: string | null;
  phone?: string | null;
}

export const DEFAULT_SERVICE = { code: 'DEFAUT', name: 'Service par défaut' };

export async function findStructureByIdentifier(
  db: Executor,
  identifierType: IdentifierType,
  identifier: string,
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('structures')
    .select('id')
    .where('identifier_type', '=', identifierType)
    .where('identifier', '=', identifier)
    .executeTakeFirst();
}

/**
 * Creates a private structure from « Mon compte »: the creator becomes its gestionnaire principal
 * and a default service comes with it. When the operator requires validation (the default), the
 * structure stays pending, and its users can do nothing for it, until the operator decides.
 */
export async function createStructure(
  ctx: AppContext,
  user: AuthUser,
  input: StructureInput,
): Promise<{ id: string; status: 'pending' | 'active' }> {
  const checked = checkIdentifier(input.identifierType, input.identifier);
  if (!checked.ok) throw invalidField('identifier', checked.message, 'INVALID_IDENTIFIER');
  const name = input.name.trim();
  if (name === '') {
    throw invalidField('name', { fr: 'obligatoire.', en: 'required.' });
  }
  return inTransaction(ctx, async (trx) => {
    const existing = await findStructureByIdentifier(trx, input.identifierType, checked.value);
    if (existing) {
      // The same identifier cannot be created twice: the user is offered an attachment request.
      throw new AppError(
        'CONFLICT',
        {
          fr: 'Cette structure existe déjà : demandez à y être rattaché.',
          en: 'This structure already exists: ask to be attached to it.',
        },
        { reason: 'STRUCTURE_EXISTS', field: 'identifier', data: { structureId: existing.id } },
      );
    }
    const now = ctx.now();
    const status = (await requiresStructureValidation(trx)) ? 'pending' : 'active';
    const structure = await trx
      .insertInto('structures')
      .values({
        identifier_type: input.identifierType,
        identifier: checked.value,
        name,
        vat_number: input.vatNumber?.trim() || null,
        rcs: input.rcs?.trim() || null,
        address_line1: input.addressLine1?.trim() || null,
        address_line2: input.addressLine2?.trim() || null,
        address_line3: input.addressLine3?.trim() || null,
        postal_code: input.postalCode?.trim() || null,
        city: input.city?.trim() || null,
        country_code: input.countryCode ?? 'FR',
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
        is_public: false,
        status,
        created_by: user.id,
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
    const membership = await trx
      .insertInto('memberships')
      .values({
        structure_id: structure.id,
        user_id: user.id,
        role: 'primaryManager',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('space_grants')
      .values(
        DEFAULT_MEMBER_SPACES.map((space_code) => ({
          membership_id: membership.id,
          space_code,
          granted_by: user.id,
          granted_at: now,
        })),
      )
      .execute();
    await recordManagerAction(trx, {
      structureId: structure.id,
      actorId: user.id,
      action: 'structure.created',
      detail: { status },
      at: now,
    });
    return { id: structure.id, status };
  });
}
