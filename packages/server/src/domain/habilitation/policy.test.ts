import { describe, expect, it } from 'vitest';
import {
  decide,
  effectiveSpaces,
  visibleScope,
  type Action,
  type Actor,
  type MembershipGrant,
  type Role,
  type Scope,
} from './policy';

const S = 'structure-a';
const OTHER = 'structure-b';
const ME = 'user-me';
const PEER = { userId: 'user-peer', role: 'user' as Role };
const SECOND = { userId: 'user-second', role: 'secondaryManager' as Role };
const PRINCIPAL = { userId: 'user-principal', role: 'primaryManager' as Role };

function actor(role: Role, extra: Partial<MembershipGrant> = {}): Actor {
  return {
    userId: ME,
    isOperator: false,
    memberships: [
      {
        structureId: S,
        structureStatus: 'active',
        isPublic: false,
        role,
        serviceIds: null,
        spaces: ['FACTURES_EMISES'],
        ...extra,
      },
    ],
  };
}

type Expect = 'allow' | 'forbidden' | 'hidden';
type Row = [Role, Action, Scope, Expect];

const MANAGER_ONLY: Action[] = [
  'structure.update',
  'membership.list',
  'membership.decide',
  'membership.attach',
  'service.manage',
  'history.read',
  'users.export',
];

const rows: Row[] = [
  // Every member reads its structure and services and may ask for more.
  ...(['primaryManager', 'secondaryManager', 'user'] as Role[]).flatMap((role): Row[] => [
    [role, 'structure.read', { structureId: S }, 'allow'],
    [role, 'service.read', { structureId: S }, 'allow'],
    [role, 'request.space', { structureId: S }, 'allow'],
    [role, 'request.extension', { structureId: S }, 'allow'],
    // Another structure does not exist for them, whatever the action.
    [role, 'structure.read', { structureId: OTHER }, 'hidden'],
    [role, 'service.manage', { structureId: OTHER }, 'hidden'],
    [role, 'invoice.readIssued', { structureId: OTHER }, 'hidden'],
  ]),
  ...MANAGER_ONLY.flatMap((action): Row[] => [
    ['primaryManager', action, { structureId: S }, 'allow'],
    ['secondaryManager', action, { structureId: S }, 'allow'],
    ['user', action, { structureId: S }, 'forbidden'],
  ]),
  // Detach: nobody removes the principal; anyone leaves; managers detach others.
  ['primaryManager', 'membership.detach', { structureId: S, target: PEER }, 'allow'],
  ['secondaryManager', 'membership.detach', { structureId: S, target: PEER }, 'allow'],
  ['secondaryManager', 'membership.detach', { structureId: S, target: PRINCIPAL }, 'forbidden'],
  ['user', 'membership.detach', { structureId: S, target: PEER }, 'forbidden'],
  ['user', 'membership.detach', { structureId: S, target: { userId: ME, role: 'user' } }, 'allow'],
  [
    'primaryManager',
    'membership.detach',
    { structureId: S, target: { userId: ME, role: 'primaryManager' } },
    'forbidden',
  ],
  // Roles: only the principal, never to principal (that is a transfer), never on oneself.
  [
    'primaryManager',
    'membership.setRole',
    { structureId: S, target: PEER, role: 'secondaryManager' },
    'allow',
  ],
  [
    'primaryManager',
    'membership.setRole',
    { structureId: S, target: SECOND, role: 'user' },
    'allow',
  ],
  [
    'primaryManager',
    'membership.setRole',
    { structureId: S, target: PEER, role: 'primaryManager' },
    'forbidden',
  ],
  [
    'secondaryManager',
    'membership.setRole',
    { structureId: S, target: PEER, role: 'secondaryManager' },
    'forbidden',
  ],
  [
    'secondaryManager',
    'membership.setRole',
    { structureId: S, target: { userId: ME, role: 'secondaryManager' }, role: 'primaryManager' },
    'forbidden',
  ],
  [
    'user',
    'membership.setRole',
    { structureId: S, target: PEER, role: 'secondaryManager' },
    'forbidden',
  ],
  // Transfer of the principal role: only by the principal, to someone else.
  ['primaryManager', 'membership.transferPrimary', { structureId: S, target: SECOND }, 'allow'],
  [
    'secondaryManager',
    'membership.transferPrimary',
    { structureId: S, target: { userId: ME, role: 'secondaryManager' } },
    'forbidden',
  ],
  ['user', 'membership.transferPrimary', { structureId: S, target: PEER }, 'forbidden'],
  // Espaces: a secondary manager cannot grant what they lack nor touch the principal.
  [
    'primaryManager',
    'grant.space',
    { structureId: S, target: PEER, space: 'FACTURES_A_VALIDER' },
    'allow',
  ],
  [
    'secondaryManager',
    'grant.space',
    { structureId: S, target: PEER, space: 'FACTURES_EMISES' },
    'allow',
  ],
  [
    'secondaryManager',
    'grant.space',
    { structureId: S, target: PEER, space: 'FACTURES_A_VALIDER' },
    'forbidden',
  ],
  [
    'secondaryManager',
    'grant.space',
    { structureId: S, target: PRINCIPAL, space: 'FACTURES_EMISES' },
    'forbidden',
  ],
  ['user', 'grant.space', { structureId: S, target: PEER, space: 'FACTURES_EMISES' }, 'forbidden'],
  [
    'user',
    'grant.space',
    { structureId: S, target: { userId: ME, role: 'user' }, space: 'FACTURES_A_VALIDER' },
    'forbidden',
  ],
  // Factures reçues exists only for public structures.
  [
    'primaryManager',
    'grant.space',
    { structureId: S, target: PEER, space: 'FACTURES_RECUES' },
    'forbidden',
  ],
  [
    'primaryManager',
    'grant.space',
    { structureId: S, target: PEER, space: 'MON_COMPTE' },
    'forbidden',
  ],
  // Services.
  ['primaryManager', 'grant.services', { structureId: S, target: PEER, serviceIds: null }, 'allow'],
  [
    'secondaryManager',
    'grant.services',
    { structureId: S, target: PEER, serviceIds: ['s1'] },
    'allow',
  ],
  [
    'secondaryManager',
    'grant.services',
    { structureId: S, target: PRINCIPAL, serviceIds: ['s1'] },
    'forbidden',
  ],
  ['user', 'grant.services', { structureId: S, target: PEER, serviceIds: ['s1'] }, 'forbidden'],
  // Invoices follow the espaces.
  ['user', 'invoice.create', { structureId: S }, 'allow'],
  ['user', 'invoice.readIssued', { structureId: S, serviceId: 'any' }, 'allow'],
  ['user', 'invoice.readReceived', { structureId: S }, 'forbidden'],
  ['user', 'invoice.validate', { structureId: S }, 'forbidden'],
  ['user', 'structure.validate', {}, 'forbidden'],
  ['primaryManager', 'structure.validate', {}, 'forbidden'],
];

function expected(d: ReturnType<typeof decide>): Expect {
  return d.allowed ? 'allow' : d.reason;
}

describe('habilitation policy: role × action × scope', () => {
  it.each(rows)('%s %s %j → %s', (role, action, scope, want) => {
    expect(expected(decide(actor(role), action, scope))).toBe(want);
  });
});

describe('habilitation policy: limits', () => {
  it('limits a user to their services (another service is hidden, not forbidden)', () => {
    const a = actor('user', { serviceIds: ['s1'] });
    expect(expected(decide(a, 'invoice.readIssued', { structureId: S, serviceId: 's1' }))).toBe(
      'allow',
    );
    expect(expected(decide(a, 'invoice.readIssued', { structureId: S, serviceId: 's2' }))).toBe(
      'hidden',
    );
  });

  it('lets a secondary manager limited to services grant only within them', () => {
    const a = actor('secondaryManager', { serviceIds: ['s1', 's2'] });
    const scope = { structureId: S, target: PEER };
    expect(expected(decide(a, 'grant.services', { ...scope, serviceIds: ['s1'] }))).toBe('allow');
    expect(expected(decide(a, 'grant.services', { ...scope, serviceIds: ['s3'] }))).toBe(
      'forbidden',
    );
    expect(expected(decide(a, 'grant.services', { ...scope, serviceIds: null }))).toBe('forbidden');
  });

  it.each(['pending', 'refused', 'inactive'] as const)(
    'lets members of a %s structure see it but do nothing for it',
    (status) => {
      const a = actor('primaryManager', { structureStatus: status });
      expect(expected(decide(a, 'structure.read', { structureId: S }))).toBe('allow');
      expect(expected(decide(a, 'service.manage', { structureId: S }))).toBe('forbidden');
      expect(expected(decide(a, 'invoice.create', { structureId: S }))).toBe('forbidden');
      expect(visibleScope(a, 'FACTURES_EMISES')).toEqual([]);
    },
  );

  it('gives the operator validation but no business data', () => {
    const op: Actor = { userId: 'op', isOperator: true, memberships: [] };
    expect(decide(op, 'structure.validate')).toEqual({ allowed: true });
    expect(expected(decide(op, 'invoice.readIssued', { structureId: S }))).toBe('hidden');
  });

  it('adds Activité du gestionnaire to managers and Factures reçues only to public structures', () => {
    const m: MembershipGrant = actor('secondaryManager').memberships[0]!;
    expect(effectiveSpaces(m)).toEqual(['FACTURES_EMISES', 'ACTIVITE_GESTIONNAIRE']);
    expect(effectiveSpaces({ ...m, role: 'user', spaces: ['FACTURES_RECUES'] })).toEqual([]);
    expect(
      effectiveSpaces({ ...m, role: 'user', isPublic: true, spaces: ['FACTURES_RECUES'] }),
    ).toEqual(['FACTURES_RECUES']);
  });

  it('scopes queries to the structures and services where the espace is held', () => {
    const a: Actor = {
      userId: ME,
      isOperator: false,
      memberships: [
        { ...actor('user').memberships[0]!, serviceIds: ['s1'] },
        { ...actor('user').memberships[0]!, structureId: OTHER, spaces: [] },
      ],
    };
    expect(visibleScope(a, 'FACTURES_EMISES')).toEqual([{ structureId: S, serviceIds: ['s1'] }]);
  });
});
