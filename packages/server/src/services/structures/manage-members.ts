import type { AppContext } from '../../context';
import { loadActor, recordManagerAction } from '../../db/queries/habilitation';
import type { Action, Role, Scope } from '../../domain/habilitation/policy';
import { AppError } from '../../errors';
import { queueMail } from '../../mail/mailer';
import { structureMail } from '../../mail/templates/structures';
import { authorize, inTransaction, portalUrl, type AuthUser } from './access';
import { findMember } from './set-habilitations';

async function contactOf(trx: Parameters<typeof findMember>[0], userId: string) {
  return trx
    .selectFrom('users')
    .select(['contact_email', 'language'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

async function structureName(trx: Parameters<typeof findMember>[0], id: string): Promise<string> {
  const row = await trx
    .selectFrom('structures')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.name;
}

/**
 * The common first step of acting on a member: the caller must see the structure (else 404), the
 * member must belong to it, then the policy decides the action on that member.
 */
async function authorizeOnMember(
  trx: Parameters<typeof findMember>[0],
  user: AuthUser,
  input: { structureId: string; membershipId: string },
  action: Action,
  extra: Omit<Scope, 'structureId' | 'target'> = {},
) {
  const actor = await loadActor(trx, user);
  authorize(actor, 'structure.read', { structureId: input.structureId });
  const member = await findMember(trx, input.structureId, input.membershipId);
  authorize(actor, action, {
    structureId: input.structureId,
    target: { userId: member.userId, role: member.role },
    ...extra,
  });
  return member;
}

/** Detaches a member (or the caller leaves); the principal must transfer the role first. */
export async function detachMember(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; membershipId: string },
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const member = await authorizeOnMember(trx, user, input, 'membership.detach');
    const now = ctx.now();
    await trx
      .updateTable('memberships')
      .set({ status: 'detached', updated_at: now })
      .where('id', '=', member.membershipId)
      .execute();
    await trx.deleteFrom('space_grants').where('membership_id', '=', member.membershipId).execute();
    await trx
      .deleteFrom('membership_services')
      .where('membership_id', '=', member.membershipId)
      .execute();
    await recordManagerAction(trx, {
      structureId: input.structureId,
      actorId: user.id,
      action: 'member.detached',
      targetUserId: member.userId,
      at: now,
    });
    if (member.userId !== user.id) {
      const contact = await contactOf(trx, member.userId);
      const name = await structureName(trx, input.structureId);
      await queueMail(
        trx,
        structureMail(
          contact.contact_email,
          contact.language,
          { kind: 'detached', structure: name },
          portalUrl(ctx),
        ),
      );
    }
  });
}

/** The principal makes a member secondary manager or simple user. */
export async function setMemberRole(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; membershipId: string; role: Exclude<Role, 'primaryManager'> },
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const member = await authorizeOnMember(trx, user, input, 'membership.setRole', {
      role: input.role,
    });
    if (member.role === input.role) return;
    const now = ctx.now();
    await trx
      .updateTable('memberships')
      .set({ role: input.role, updated_at: now })
      .where('id', '=', member.membershipId)
      .execute();
    await recordManagerAction(trx, {
      structureId: input.structureId,
      actorId: user.id,
      action: 'member.role-changed',
      targetUserId: member.userId,
      detail: { from: member.role, to: input.role },
      at: now,
    });
  });
}

/**
 * The principal hands the role to another member, and becomes secondary manager. The partial
 * unique index on memberships keeps exactly one principal even under concurrent transfers.
 */
export async function transferPrimary(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; membershipId: string },
): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    const member = await authorizeOnMember(trx, user, input, 'membership.transferPrimary');
    const now = ctx.now();
    const demoted = await trx
      .updateTable('memberships')
      .set({ role: 'secondaryManager', updated_at: now })
      .where('structure_id', '=', input.structureId)
      .where('user_id', '=', user.id)
      .where('role', '=', 'primaryManager')
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (Number(demoted.numUpdatedRows) !== 1) {
      throw new AppError('CONFLICT', { fr: 'Transfert impossible.', en: 'Transfer not possible.' });
    }
    await trx
      .updateTable('memberships')
      .set({ role: 'primaryManager', updated_at: now })
      .where('id', '=', member.membershipId)
      .execute();
    await recordManagerAction(trx, {
      structureId: input.structureId,
      actorId: user.id,
      action: 'member.primary-transferred',
      targetUserId: member.userId,
      at: now,
    });
    const contact = await contactOf(trx, member.userId);
    const name = await structureName(trx, input.structureId);
    await queueMail(
      trx,
      structureMail(
        contact.contact_email,
        contact.language,
        { kind: 'primary-transferred', structure: name },
        portalUrl(ctx),
      ),
    );
  });
}
