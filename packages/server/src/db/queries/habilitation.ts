import type { Actor, MembershipGrant } from '../../domain/habilitation/policy';
import { isSpaceCode, type SpaceCode } from '../../domain/habilitation/spaces';
import type { Executor } from '../../jobs/queue';

/**
 * The caller's rights as the policy needs them, read fresh for each request: a manager's change
 * applies on the user's next request, without logging out.
 */
export async function loadActor(
  db: Executor,
  user: { id: string; isOperator: boolean },
): Promise<Actor> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('structures', 'structures.id', 'memberships.structure_id')
    .select([
      'memberships.id',
      'memberships.structure_id',
      'memberships.role',
      'memberships.all_services',
      'structures.status as structure_status',
      'structures.is_public',
    ])
    .where('memberships.user_id', '=', user.id)
    .where('memberships.status', '=', 'active')
    .execute();
  const ids = rows.map((r) => r.id);
  const { services, grants } = await servicesAndGrants(db, ids);
  const memberships: MembershipGrant[] = rows.map((r) => ({
    structureId: r.structure_id,
    structureStatus: r.structure_status,
    isPublic: r.is_public,
    role: r.role,
    serviceIds: r.all_services
      ? null
      : services.filter((s) => s.membership_id === r.id).map((s) => s.service_id),
    spaces: grants
      .filter((g) => g.membership_id === r.id)
      .map((g) => g.space_code)
      .filter((c): c is SpaceCode => isSpaceCode(c)),
  }));
  return { userId: user.id, isOperator: user.isOperator, memberships };
}

export interface MemberRow {
  membershipId: string;
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: MembershipGrant['role'];
  allServices: boolean;
  serviceIds: string[];
  spaces: string[];
  since: Date;
}

/** Active members of one structure with their services and espaces (the caller checked access). */
export async function findMembers(
  db: Executor,
  structureId: string,
  options: { membershipId?: string } = {},
): Promise<MemberRow[]> {
  let query = db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.id',
      'memberships.user_id',
      'memberships.role',
      'memberships.all_services',
      'memberships.created_at',
      'users.email',
      'users.first_name',
      'users.last_name',
    ])
    .where('memberships.structure_id', '=', structureId)
    .where('memberships.status', '=', 'active');
  if (options.membershipId) query = query.where('memberships.id', '=', options.membershipId);
  const rows = await query.orderBy('users.last_name').orderBy('users.first_name').execute();
  const ids = rows.map((r) => r.id);
  const { services, grants } = await servicesAndGrants(db, ids);
  return rows.map((r) => ({
    membershipId: r.id,
    userId: r.user_id,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    role: r.role,
    allServices: r.all_services,
    serviceIds: services.filter((s) => s.membership_id === r.id).map((s) => s.service_id),
    spaces: grants.filter((g) => g.membership_id === r.id).map((g) => g.space_code),
    since: r.created_at,
  }));
}

export async function recordManagerAction(
  db: Executor,
  entry: {
    structureId: string;
    actorId: string | null;
    action: string;
    targetUserId?: string | null;
    detail?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('manager_actions')
    .values({
      structure_id: entry.structureId,
      actor_id: entry.actorId,
      action: entry.action,
      target_user_id: entry.targetUserId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      at: entry.at,
    })
    .execute();
}

/** Settings row `structures.require_validation`; absent means on (the safe default). */
export async function requiresStructureValidation(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'structures.require_validation')
    .executeTakeFirst();
  return row ? row.value !== false : true;
}

// Sequential on purpose: a transaction on PGlite has one connection.
async function servicesAndGrants(db: Executor, membershipIds: string[]) {
  if (membershipIds.length === 0) return { services: [], grants: [] };
  const services = await db
    .selectFrom('membership_services')
    .select(['membership_id', 'service_id'])
    .where('membership_id', 'in', membershipIds)
    .execute();
  const grants = await db
    .selectFrom('space_grants')
    .select(['membership_id', 'space_code'])
    .where('membership_id', 'in', membershipIds)
    .execute();
  return { services, grants };
}
