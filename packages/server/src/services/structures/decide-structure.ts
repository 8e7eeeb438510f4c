import type { AppContext } from '../../context';
import {
  loadActor,
  recordManagerAction,
  requiresStructureValidation,
} from '../../db/queries/habilitation';
import { AppError, notFound } from '../../errors';
import { queueMail } from '../../mail/mailer';
import { structureMail } from '../../mail/templates/structures';
import { authorize, inTransaction, portalUrl, type AuthUser } from './access';

/** The operator validates or refuses a pending structure; its members are told by e-mail. */
export async function decideStructure(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; accept: boolean; message?: string | null },
): Promise<{ status: 'active' | 'refused' }> {
  return inTransaction(ctx, async (trx) => {
    authorize(await loadActor(trx, user), 'structure.validate');
    const structure = await trx
      .selectFrom('structures')
      .select(['id', 'name', 'status'])
      .where('id', '=', input.structureId)
      .forUpdate()
      .executeTakeFirst();
    if (!structure) throw notFound();
    if (structure.status !== 'pending') {
      throw new AppError(
        'CONFLICT',
        { fr: "Cette structure n'est pas en attente.", en: 'This structure is not pending.' },
        { reason: 'NOT_PENDING' },
      );
    }
    const now = ctx.now();
    const status = input.accept ? 'active' : 'refused';
    const message = input.message?.trim() || null;
    await trx
      .updateTable('structures')
      .set({
        status,
        decided_by: user.id,
        decided_at: now,
        decision_message: message,
        updated_at: now,
      })
      .where('id', '=', structure.id)
      .execute();
    await recordManagerAction(trx, {
      structureId: structure.id,
      actorId: user.id,
      action: input.accept ? 'structure.validated' : 'structure.refused',
      detail: { message },
      at: now,
    });
    const members = await trx
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.contact_email', 'users.language'])
      .where('memberships.structure_id', '=', structure.id)
      .where('memberships.status', '=', 'active')
      .execute();
    for (const m of members) {
      await queueMail(
        trx,
        structureMail(
          m.contact_email,
          m.language,
          { kind: 'structure-decided', structure: structure.name, accepted: input.accept, message },
          portalUrl(ctx),
        ),
      );
    }
    return { status };
  });
}

/** Structures waiting for the operator. */
export async function listPendingStructures(ctx: AppContext, user: AuthUser) {
  authorize(await loadActor(ctx.db, user), 'structure.validate');
  return ctx.db
    .selectFrom('structures')
    .select(['id', 'identifier_type', 'identifier', 'name', 'city', 'created_at'])
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .limit(500)
    .execute();
}

/** Operator setting: must new structures be validated before use (on by default)? */
export async function setStructureValidation(
  ctx: AppContext,
  user: AuthUser,
  requireValidation: boolean,
): Promise<void> {
  authorize(await loadActor(ctx.db, user), 'structure.validate');
  await ctx.db
    .insertInto('settings')
    .values({
      key: 'structures.require_validation',
      value: JSON.stringify(requireValidation),
      updated_at: ctx.now(),
    })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: JSON.stringify(requireValidation), updated_at: ctx.now() }),
    )
    .execute();
}

export async function getStructureValidation(ctx: AppContext, user: AuthUser): Promise<boolean> {
  authorize(await loadActor(ctx.db, user), 'structure.validate');
  return requiresStructureValidation(ctx.db);
}
