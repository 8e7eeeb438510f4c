import type { AppContext } from '../../context';
import { loadActor } from '../../db/queries/habilitation';
import { effectiveSpaces } from '../../domain/habilitation/policy';
import { SPACES, isSpaceCode, type SpaceCode } from '../../domain/habilitation/spaces';
import { inTransaction, type AuthUser } from './access';
import { acceptInvitations } from './accept-invitations';

export interface MyStructure {
  id: string;
  identifierType: string;
  identifier: string;
  name: string;
  isPublic: boolean;
  status: string;
  role: 'primaryManager' | 'secondaryManager' | 'user';
  /** null: every service. */
  serviceIds: string[] | null;
  spaces: SpaceCode[];
  pendingSpaces: SpaceCode[];
}

/**
 * The structures the caller belongs to, with role, services and espaces: the structure selector,
 * the menu bar and « Consultez vos abonnements aux espaces » read it. Invitations sent to the
 * caller's e-mail before they had an account become memberships here.
 */
export async function listMyStructures(
  ctx: AppContext,
  user: AuthUser,
): Promise<{ personalSpaces: SpaceCode[]; structures: MyStructure[] }> {
  await inTransaction(ctx, (trx) => acceptInvitations(trx, user, ctx.now()));
  const actor = await loadActor(ctx.db, user);
  const ids = actor.memberships.map((m) => m.structureId);
  const rows =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('structures')
          .select(['id', 'identifier_type', 'identifier', 'name', 'is_public', 'status'])
          .where('id', 'in', ids)
          .orderBy('name')
          .execute();
  const pending = await ctx.db
    .selectFrom('structure_requests')
    .select(['structure_id', 'space_code'])
    .where('user_id', '=', user.id)
    .where('kind', '=', 'space')
    .where('status', '=', 'pending')
    .execute();
  const structures = rows.map((row): MyStructure => {
    const m = actor.memberships.find((x) => x.structureId === row.id);
    if (!m) throw new Error('membership vanished');
    return {
      id: row.id,
      identifierType: row.identifier_type,
      identifier: row.identifier,
      name: row.name,
      isPublic: row.is_public,
      status: row.status,
      role: m.role,
      serviceIds: m.serviceIds === null ? null : [...m.serviceIds],
      // A pending structure opens no espace.
      spaces: row.status === 'active' ? effectiveSpaces(m) : [],
      pendingSpaces: pending
        .filter((p) => p.structure_id === row.id && p.space_code !== null)
        .map((p) => p.space_code ?? '')
        .filter(isSpaceCode),
    };
  });
  const personalSpaces = SPACES.filter((s) => s.personal).map((s) => s.code);
  return { personalSpaces, structures };
}
