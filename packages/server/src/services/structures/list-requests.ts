import type { AppContext } from '../../context';
import { authorizeUser, type AuthUser } from './access';

/** Requests waiting for the managers of one structure (attachments, espaces, extensions). */
export async function listStructureRequests(
  ctx: AppContext,
  user: AuthUser,
  input: { structureId: string; status: 'pending' | 'all' },
) {
  await authorizeUser(ctx.db, user, 'membership.decide', { structureId: input.structureId });
  let query = ctx.db
    .selectFrom('structure_requests as r')
    .innerJoin('users', 'users.id', 'r.user_id')
    .select([
      'r.id',
      'r.kind',
      'r.space_code',
      'r.service_ids',
      'r.message',
      'r.status',
      'r.created_at',
      'r.decided_at',
      'r.decision_message',
      'users.id as user_id',
      'users.email',
      'users.first_name',
      'users.last_name',
    ])
    .where('r.structure_id', '=', input.structureId);
  if (input.status === 'pending') query = query.where('r.status', '=', 'pending');
  return query.orderBy('r.created_at', 'desc').limit(500).execute();
}

/** The caller's own requests, in every structure (the requester always sees their requests). */
export async function listMyRequests(ctx: AppContext, user: AuthUser) {
  return ctx.db
    .selectFrom('structure_requests as r')
    .innerJoin('structures', 'structures.id', 'r.structure_id')
    .select([
      'r.id',
      'r.kind',
      'r.space_code',
      'r.service_ids',
      'r.message',
      'r.status',
      'r.created_at',
      'r.decided_at',
      'r.decision_message',
      'structures.id as structure_id',
      'structures.name as structure_name',
    ])
    .where('r.user_id', '=', user.id)
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute();
}
