import type { AppContext } from '../../context';
import { loadActor } from '../../db/queries/habilitation';
import { effectiveSpaces } from '../../domain/habilitation/policy';
import { spacesForStructure, type SpaceCode } from '../../domain/habilitation/spaces';
import { AppError, invalidField, notFound } from '../../errors';
import type { Executor } from '../../jobs/queue';
import { authorize, inTransaction, type AuthUser } from './access';

export type NewRequest =
  | { kind: 'attachment'; structureId: string; message?: string | null }
  | { kind: 'space'; structureId: string; space: SpaceCode; message?: string | null }
  | {
      kind: 'extension';
      structureId: string;
      /** null: every service of the structure. */
      serviceIds: string[] | null;
      message?: string | null;
    };

function conflict(reason: string, fr: string, en: string): AppError {
  return new AppError('CONFLICT', { fr, en }, { reason });
}

async function assertNoPending(trx: Executor, userId: string, request: NewRequest): Promise<void> {
  let query = trx
    .selectFrom('structure_requests')
    .select('id')
    .where('structure_id', '=', request.structureId)
    .where('user_id', '=', userId)
    .where('kind', '=', request.kind)
    .where('status', '=', 'pending');
  if (request.kind === 'space') query = query.where('space_code', '=', request.space);
  if (await query.executeTakeFirst()) {
    throw conflict(
      'REQUEST_PENDING',
      'Une demande identique attend déjà la décision des gestionnaires.',
      'The same request is already waiting for the managers.',
    );
  }
}

/**
 * A user asks: to be attached to a structure (any active structure they found), or, being a
 * member, for an espace or for more services (a simple user cannot extend their own rights, only
 * ask). Managers decide in « Activité du gestionnaire ».
 */
export async function createRequest(
  ctx: AppContext,
  user: AuthUser,
  request: NewRequest,
): Promise<{ id: string }> {
  return inTransaction(ctx, async (trx) => {
    const actor = await loadActor(trx, user);
    if (request.kind === 'attachment') {
      const structure = await trx
        .selectFrom('structures')
        .select('id')
        .where('id', '=', request.structureId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (!structure) throw notFound();
      if (actor.memberships.some((m) => m.structureId === request.structureId)) {
        throw conflict(
          'ALREADY_MEMBER',
          'Vous êtes déjà rattaché à cette structure.',
          'You are already attached to this structure.',
        );
      }
    } else {
      authorize(actor, request.kind === 'space' ? 'request.space' : 'request.extension', {
        structureId: request.structureId,
      });
      const m = actor.memberships.find((x) => x.structureId === request.structureId);
      if (request.kind === 'space' && m) {
        if (!spacesForStructure(m.isPublic).includes(request.space)) {
          throw invalidField('space', {
            fr: "cet espace n'existe pas pour cette structure.",
            en: 'this espace does not exist for this structure.',
          });
        }
        if (effectiveSpaces(m).includes(request.space)) {
          throw conflict(
            'ALREADY_GRANTED',
            'Vous avez déjà cet espace.',
            'You already hold this espace.',
          );
        }
      }
      if (request.kind === 'extension' && request.serviceIds) {
        await assertServicesOf(trx, request.structureId, request.serviceIds);
      }
    }
    await assertNoPending(trx, user.id, request);
    const row = await trx
      .insertInto('structure_requests')
      .values({
        structure_id: request.structureId,
        user_id: user.id,
        kind: request.kind,
        space_code: request.kind === 'space' ? request.space : null,
        service_ids: request.kind === 'extension' ? JSON.stringify(request.serviceIds) : null,
        message: request.message?.trim() || null,
        created_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

/** Every id must be a service of the structure (another structure's service is "not found"). */
export async function assertServicesOf(
  db: Executor,
  structureId: string,
  serviceIds: readonly string[],
  field = 'serviceIds',
): Promise<void> {
  if (serviceIds.length === 0) return;
  const found = await db
    .selectFrom('services')
    .select('id')
    .where('structure_id', '=', structureId)
    .where('id', 'in', [...serviceIds])
    .execute();
  if (found.length !== new Set(serviceIds).size) {
    throw invalidField(field, {
      fr: 'service inconnu pour cette structure.',
      en: 'unknown service for this structure.',
    });
  }
}
