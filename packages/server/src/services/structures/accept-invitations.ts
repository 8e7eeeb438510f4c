import { recordManagerAction } from '../../db/queries/habilitation';
import { isSpaceCode } from '../../domain/habilitation/spaces';
import type { Executor } from '../../jobs/queue';

/**
 * Turns the invitations sent to the user's e-mail (a manager attached them before they had an
 * account) into memberships. Idempotent: an accepted invitation is never used twice.
 */
export async function acceptInvitations(
  trx: Executor,
  user: { id: string; email: string },
  now: Date,
): Promise<number> {
  const invitations = await trx
    .selectFrom('structure_invitations')
    .selectAll()
    .where('email', '=', user.email.toLowerCase())
    .where('accepted_at', 'is', null)
    .forUpdate()
    .execute();
  for (const inv of invitations) {
    await trx
      .updateTable('structure_invitations')
      .set({ accepted_at: now })
      .where('id', '=', inv.id)
      .execute();
    const existing = await trx
      .selectFrom('memberships')
      .select(['id', 'status'])
      .where('structure_id', '=', inv.structure_id)
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (existing?.status === 'active') continue;
    // Only the operator's import invites a principal holder, and only while the structure has
    // no principal; a manager's invitation is always for a simple user.
    const principal =
      inv.role === 'primaryManager' &&
      !(await trx
        .selectFrom('memberships')
        .select('id')
        .where('structure_id', '=', inv.structure_id)
        .where('role', '=', 'primaryManager')
        .where('status', '=', 'active')
        .executeTakeFirst());
    const membership = await attachMembership(trx, {
      structureId: inv.structure_id,
      userId: user.id,
      role: principal ? 'primaryManager' : inv.role === 'primaryManager' ? 'user' : inv.role,
      spaces: inv.space_codes.filter(isSpaceCode),
      grantedBy: inv.invited_by,
      now,
    });
    await recordManagerAction(trx, {
      structureId: inv.structure_id,
      actorId: inv.invited_by,
      action: 'member.invitation-accepted',
      targetUserId: user.id,
      detail: { membershipId: membership },
      at: now,
    });
  }
  return invitations.length;
}

/**
 * Creates the membership, or reactivates a detached one with fresh rights (a former member comes
 * back with nothing of their old habilitations).
 */
export async function attachMembership(
  trx: Executor,
  input: {
    structureId: string;
    userId: string;
    role: 'primaryManager' | 'secondaryManager' | 'user';
    spaces: readonly string[];
    grantedBy: string | null;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('memberships')
    .values({
      structure_id: input.structureId,
      user_id: input.userId,
      role: input.role,
      status: 'active',
      all_services: true,
      created_at: input.now,
      updated_at: input.now,
    })
    .onConflict((oc) =>
      oc.columns(['structure_id', 'user_id']).doUpdateSet({
        role: input.role,
        status: 'active',
        all_services: true,
        updated_at: input.now,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.deleteFrom('membership_services').where('membership_id', '=', row.id).execute();
  await trx.deleteFrom('space_grants').where('membership_id', '=', row.id).execute();
  if (input.spaces.length > 0) {
    await trx
      .insertInto('space_grants')
      .values(
        input.spaces.map((space_code) => ({
          membership_id: row.id,
          space_code,
          granted_by: input.grantedBy,
          granted_at: input.now,
        })),
      )
      .execute();
  }
  return row.id;
}
