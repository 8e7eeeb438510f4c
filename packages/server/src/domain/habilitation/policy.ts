import { spacesForStructure, type SpaceCode } from './spaces';

/**
 * The one habilitation policy: "may this user do this, here?". Pure: the caller loads the actor's
 * memberships (fresh on every request, so rights changes apply on the next request) and asks.
 */
export type Role = 'primaryManager' | 'secondaryManager' | 'user';
export type StructureStatus = 'pending' | 'active' | 'refused' | 'inactive';

export interface MembershipGrant {
  structureId: string;
  structureStatus: StructureStatus;
  isPublic: boolean;
  role: Role;
  /** The services the user is limited to; null means every service of the structure. */
  serviceIds: readonly string[] | null;
  /** Espaces granted explicitly (the role's implicit ones are added by `effectiveSpaces`). */
  spaces: readonly SpaceCode[];
}

export interface Actor {
  userId: string;
  isOperator: boolean;
  /** Active memberships only. */
  memberships: readonly MembershipGrant[];
}

export type Action =
  | 'structure.read'
  | 'structure.update'
  | 'structure.validate'
  | 'membership.list'
  | 'membership.decide'
  | 'membership.attach'
  | 'membership.detach'
  | 'membership.setRole'
  | 'membership.transferPrimary'
  | 'grant.space'
  | 'grant.services'
  | 'service.read'
  | 'service.manage'
  | 'request.space'
  | 'request.extension'
  | 'history.read'
  | 'users.export'
  | 'invoice.create'
  | 'invoice.readIssued'
  | 'invoice.readReceived'
  | 'invoice.process'
  | 'invoice.validate';

export interface Scope {
  structureId?: string;
  /** The service of the object acted upon (an invoice's service); null: the structure itself. */
  serviceId?: string | null;
  /** The membership acted upon (detach, role, grants). */
  target?: { userId: string; role: Role };
  /** The espace granted or revoked. */
  space?: SpaceCode;
  /** The services granted (null: all services). */
  serviceIds?: readonly string[] | null;
  /** The new role (setRole). */
  role?: Role;
}

/**
 * `hidden`: the caller must not even learn the object exists (answer NOT_FOUND);
 * `forbidden`: the caller sees the structure but may not do this (answer FORBIDDEN).
 */
export type Decision = { allowed: true } | { allowed: false; reason: 'hidden' | 'forbidden' };

const ALLOW: Decision = { allowed: true };
const HIDDEN: Decision = { allowed: false, reason: 'hidden' };
const FORBIDDEN: Decision = { allowed: false, reason: 'forbidden' };

export function isManager(role: Role): boolean {
  return role === 'primaryManager' || role === 'secondaryManager';
}

/** Espaces a member holds: explicit grants, plus Activité du gestionnaire for managers. */
export function effectiveSpaces(m: MembershipGrant): SpaceCode[] {
  const allowed = new Set(spacesForStructure(m.isPublic));
  const held = new Set<SpaceCode>(m.spaces.filter((s) => allowed.has(s)));
  if (isManager(m.role)) held.add('ACTIVITE_GESTIONNAIRE');
  return [...allowed].filter((s) => held.has(s));
}

function reachesService(m: MembershipGrant, serviceId: string | null | undefined): boolean {
  if (serviceId === undefined || serviceId === null || m.serviceIds === null) return true;
  return m.serviceIds.includes(serviceId);
}

function servicesSubset(
  wanted: readonly string[] | null | undefined,
  held: readonly string[] | null,
): boolean {
  if (held === null) return true;
  if (wanted === null || wanted === undefined) return false;
  return wanted.every((id) => held.includes(id));
}

const INVOICE_SPACE: Partial<Record<Action, SpaceCode>> = {
  'invoice.create': 'FACTURES_EMISES',
  'invoice.readIssued': 'FACTURES_EMISES',
  'invoice.readReceived': 'FACTURES_RECUES',
  'invoice.process': 'FACTURES_RECUES',
  'invoice.validate': 'FACTURES_A_VALIDER',
};

export function decide(actor: Actor, action: Action, scope: Scope = {}): Decision {
  if (action === 'structure.validate') return actor.isOperator ? ALLOW : FORBIDDEN;
  const m = actor.memberships.find((x) => x.structureId === scope.structureId);
  // Not a member: the structure's objects do not exist for this user (the operator included:
  // operating the platform does not open anyone's business data).
  if (!m) return HIDDEN;
  if (action === 'structure.read') return ALLOW;
  // "Until then the structure is pending and its users can do nothing for it."
  if (m.structureStatus !== 'active') return FORBIDDEN;

  const manager = isManager(m.role);
  const primary = m.role === 'primaryManager';
  const target = scope.target;
  const actingOnPrimary = target?.role === 'primaryManager';
  const self = target?.userId === actor.userId;

  switch (action) {
    case 'service.read':
    case 'request.space':
    case 'request.extension':
      return ALLOW;
    case 'structure.update':
    case 'membership.list':
    case 'membership.decide':
    case 'membership.attach':
    case 'service.manage':
    case 'history.read':
    case 'users.export':
      return manager ? ALLOW : FORBIDDEN;
    case 'membership.detach':
      // Anyone may leave; managers detach others; the principal leaves only by transferring first.
      if (!target || actingOnPrimary) return FORBIDDEN;
      return self || manager ? ALLOW : FORBIDDEN;
    case 'membership.setRole':
      // Only the principal changes roles; the principal role itself moves only by transfer.
      if (!primary || !target || self || actingOnPrimary) return FORBIDDEN;
      return scope.role === 'primaryManager' ? FORBIDDEN : ALLOW;
    case 'membership.transferPrimary':
      return primary && target && !self ? ALLOW : FORBIDDEN;
    case 'grant.space': {
      if (!manager || !target || !scope.space) return FORBIDDEN;
      if (!spacesForStructure(m.isPublic).includes(scope.space)) return FORBIDDEN;
      if (primary) return ALLOW;
      // A secondary manager cannot grant what they lack, nor touch the principal's rights.
      if (actingOnPrimary) return FORBIDDEN;
      return effectiveSpaces(m).includes(scope.space) ? ALLOW : FORBIDDEN;
    }
    case 'grant.services':
      if (!manager || !target) return FORBIDDEN;
      if (primary) return ALLOW;
      if (actingOnPrimary) return FORBIDDEN;
      return servicesSubset(scope.serviceIds, m.serviceIds) ? ALLOW : FORBIDDEN;
    case 'invoice.create':
    case 'invoice.readIssued':
    case 'invoice.readReceived':
    case 'invoice.process':
    case 'invoice.validate': {
      const space = INVOICE_SPACE[action];
      if (!space || !effectiveSpaces(m).includes(space)) return FORBIDDEN;
      // Another service's invoice is invisible to a user limited to some services.
      return reachesService(m, scope.serviceId) ? ALLOW : HIDDEN;
    }
    default: {
      const never: never = action;
      return never;
    }
  }
}

export function can(actor: Actor, action: Action, scope: Scope = {}): boolean {
  return decide(actor, action, scope).allowed;
}

/** What queries filter on: one entry per active structure where the actor holds the espace. */
export interface VisibleScope {
  structureId: string;
  /** null: every service of the structure. */
  serviceIds: readonly string[] | null;
}

export function visibleScope(actor: Actor, space: SpaceCode): VisibleScope[] {
  return actor.memberships
    .filter((m) => m.structureStatus === 'active' && effectiveSpaces(m).includes(space))
    .map((m) => ({ structureId: m.structureId, serviceIds: m.serviceIds }));
}
