import type { AppContext } from '../../context';
import {
  findMembers,
  loadActor,
  recordManagerAction,
  type MemberRow,
} from '../../db/queries/habilitation';
import { spacesForStructure, type SpaceCode } from '../../domain/habilitation/spaces';
import { invalidField, notFound } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { authorize, inTransaction, type AuthUser } from './access';
import { assertServicesOf } from './create-request';

/** Replaces the services a membership is limited to (null: every service). */
export async function setMembershipServices(
  trx: Executor,
  membershipId: string,
  serviceIds: readonly string[] | null,
): Promise<void> {
  await trx
    .updateTable('memberships')
    .set({ all_services: serviceIds === null })
    .where('id', '=', membershipId)
    .execute();
  await trx.deleteFrom('membership_services').where('membership_id', '=', membershipId).execute();
  if (serviceIds && serviceIds.length > 0) {
    await trx
      .insertInto('membership_services')
      .values(serviceIds.map((service_id) => ({ membership_id: membershipId, service_id })))
      .execute();
  }
}

/** A member of the structure by membership id, or NOT_FOUND (another structure's member). */
export async function findMember(
  db: Executor,
  structureId: string,
  membershipId: string,
): Promise<MemberRow> {
  const [member] = await findMembers(db, structureId, { membershipId });
  if (!member) throw notFound();
  return member;
}

/**
 * A manager sets a member's espaces and services in one go. Each espace added or removed and the
 * new service limit are checked by the policy: a secondary manager grants only what they hold and
 * never touches the principal's rights.
 */
export async function setHabilitations(
  ctx: AppContext,
  user: AuthUser,
  input: {
    structureId: string;
    membershipId: string;
    spaces: SpaceCode[];
    serviceIds: string[] | null;
  },
): Promise<MemberRow> {
  return inTransaction(ctx, async (trx) => {
    const actor = await loadActor(trx, user);
    authorize(actor, 'membership.list', { structureId: input.structureId });
    const member = await findMember(trx, input.structureId, input.membershipId);
    const target = { userId: member.userId, role: member.role };
    const structure = await trx
      .selectFrom('structures')
      .select('is_public')
      .where('id', '=', input.structureId)
      .executeTakeFirstOrThrow();
    const allowed = spacesForStructure(structure.is_public);
    const wanted = [...new Set(input.spaces)];
    const bad = wanted.find((s) => !allowed.includes(s));
    if (bad) {
      throw invalidField('spaces', {
        fr: `l'espace ${bad} n'existe pas pour cette structure.`,
        en: `espace ${bad} does not exist for this structure.`,
      });
    }
    const added = wanted.filter((s) => !member.spaces.includes(s));
    const removed = member.spaces.filter((s) => !(wanted as string[]).includes(s)) as SpaceCode[];
    for (const space of [...added, ...removed]) {
      authorize(actor, 'grant.space', { structureId: input.structureId, target, space });
    }
    const servicesChanged =
      (input.serviceIds === null) !== member.allServices ||
      (input.serviceIds !== null &&
        (input.serviceIds.length !== member.serviceIds.length ||
          input.serviceIds.some((id) => !member.serviceIds.includes(id))));
    if (servicesChanged) {
      if (input.serviceIds) await assertServicesOf(trx, input.structureId, input.serviceIds);
      authorize(actor, 'grant.services', {
        structureId: input.structureId,
        target,
        serviceIds: input.serviceIds,
      });
      await setMembershipServices(trx, member.membershipId, input.serviceIds);
    }
    const now = ctx.now();
    if (removed.length > 0) {
      await trx
        .deleteFrom('space_grants')
        .where('membership_id', '=', member.membershipId)
        .where('space_code', 'in', removed)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('space_grants')
        .values(
          added.map((space_code) => ({
            membership_id: member.membershipId,
            space_code,
            granted_by: user.id,
            granted_at: now,
          })),
        )
        .execute();
    }
    if (added.length > 0 || removed.length > 0 || servicesChanged) {
      await recordManagerAction(trx, {
        structureId: input.structureId,
        actorId: user.id,
        action: 'member.habilitations-changed',
        targetUserId: member.userId,
        detail: { added, removed, serviceIds: servicesChanged ? input.serviceIds : undefined },
        at: now,
      });
    }
    return findMember(trx, input.structureId, input.membershipId);
  });
}
