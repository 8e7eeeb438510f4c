import type { AppContext } from '../../context';
import { loadActor, recordManagerAction } from '../../db/queries/habilitation';
import type { Actor } from '../../domain/habilitation/policy';
import { isSpaceCode, memberSpacesFor, SPACES } from '../../domain/habilitation/spaces';
import { AppError, notFound } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { queueMail } from '../../mail/mailer';
import { structureMail } from '../../mail/templates/structures';
import { authorize, inTransaction, portalUrl, type AuthUser } from './access';
import { attachMembership } from './accept-invitations';
import { setMembershipServices } from './set-habilitations';

export interface Decision {
  structureId: string;
  requestIds: string[];
  accept: boolean;
  message?: string | null;
}

/**
 * Managers accept or refuse requests, one or many at once (all or nothing), with an optional
 * message; each requester is e-mailed. Accepting an espace or an extension is a grant, so the
 * policy checks that the manager may grant it (a secondary manager cannot grant what they lack).
 */
export async function decideRequests(
  ctx: AppContext,
  user: AuthUser,
  decision: Decision,
): Promise<{ decided: number }> {
  return inTransaction(ctx, async (trx) => {
    const actor = await loadActor(trx, user);
    authorize(actor, 'membership.decide', { structureId: decision.structureId });
    const structure = await trx
      .selectFrom('structures')
      .select(['id', 'name', 'is_public'])
      .where('id', '=', decision.structureId)
      .executeTakeFirstOrThrow();
    const ids = [...new Set(decision.requestIds)];
    const requests = await trx
      .selectFrom('structure_requests as r')
      .innerJoin('users', 'users.id', 'r.user_id')
      .select([
        'r.id',
        'r.kind',
        'r.status',
        'r.user_id',
        'r.space_code',
        'r.service_ids',
        'users.contact_email',
        'users.language',
      ])
      .where('r.structure_id', '=', decision.structureId)
      .where('r.id', 'in', ids)
      .forUpdate()
      .execute();
    // Another structure's request does not exist for this manager.
    if (requests.length !== ids.length) throw notFound();
    if (requests.some((r) => r.status !== 'pending')) {
      throw new AppError(
        'CONFLICT',
        {
          fr: 'Une de ces demandes a déjà été traitée.',
          en: 'One of these requests was already decided.',
        },
        { reason: 'ALREADY_DECIDED' },
      );
    }
    const now = ctx.now();
    const message = decision.message?.trim() || null;
    for (const r of requests) {
      if (decision.accept) await apply(trx, actor, structure, r, now);
      await trx
        .updateTable('structure_requests')
        .set({
          status: decision.accept ? 'accepted' : 'refused',
          decided_by: user.id,
          decided_at: now,
          decision_message: message,
        })
        .where('id', '=', r.id)
        .execute();
      await recordManagerAction(trx, {
        structureId: structure.id,
        actorId: user.id,
        action: `request.${r.kind}.${decision.accept ? 'accepted' : 'refused'}`,
        targetUserId: r.user_id,
        detail: { requestId: r.id, space: r.space_code, message },
        at: now,
      });
      const space = SPACES.find((s) => s.code === r.space_code);
      await queueMail(
        trx,
        structureMail(
          r.contact_email,
          r.language,
          {
            kind: 'request-decided',
            structure: structure.name,
            request: r.kind,
            space: space ? space.name[r.language] : undefined,
            accepted: decision.accept,
            message,
          },
          portalUrl(ctx),
        ),
      );
    }
    return { decided: requests.length };
  });
}

async function apply(
  trx: Executor,
  actor: Actor,
  structure: { id: string; is_public: boolean },
  r: { kind: string; user_id: string; space_code: string | null; service_ids: string[] | null },
  now: Date,
): Promise<void> {
  if (r.kind === 'attachment') {
    // Attached meanwhile (invitation, direct attachment): keep the rights they have.
    const active = await trx
      .selectFrom('memberships')
      .select('id')
      .where('structure_id', '=', structure.id)
      .where('user_id', '=', r.user_id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (active) return;
    await attachMembership(trx, {
      structureId: structure.id,
      userId: r.user_id,
      role: 'user',
      spaces: memberSpacesFor(structure.is_public),
      grantedBy: actor.userId,
      now,
    });
    return;
  }
  const membership = await trx
    .selectFrom('memberships')
    .select(['id', 'role', 'all_services'])
    .where('structure_id', '=', structure.id)
    .where('user_id', '=', r.user_id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!membership) {
    throw new AppError(
      'CONFLICT',
      { fr: "Ce demandeur n'est plus rattaché.", en: 'This requester is no longer attached.' },
      { reason: 'NOT_MEMBER' },
    );
  }
  const target = { userId: r.user_id, role: membership.role };
  if (r.kind === 'space' && r.space_code && isSpaceCode(r.space_code)) {
    authorize(actor, 'grant.space', { structureId: structure.id, target, space: r.space_code });
    await trx
      .insertInto('space_grants')
      .values({
        membership_id: membership.id,
        space_code: r.space_code,
        granted_by: actor.userId,
        granted_at: now,
      })
      .onConflict((oc) => oc.columns(['membership_id', 'space_code']).doNothing())
      .execute();
    return;
  }
  if (r.kind === 'extension') {
    // The extension adds the services asked for to those already held.
    let serviceIds: string[] | null = null;
    if (r.service_ids !== null && !membership.all_services) {
      const held = await trx
        .selectFrom('membership_services')
        .select('service_id')
        .where('membership_id', '=', membership.id)
        .execute();
      serviceIds = [...new Set([...held.map((h) => h.service_id), ...r.service_ids])];
    }
    authorize(actor, 'grant.services', { structureId: structure.id, target, serviceIds });
    await setMembershipServices(trx, membership.id, serviceIds);
  }
}
