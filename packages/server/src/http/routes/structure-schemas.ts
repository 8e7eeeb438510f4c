import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { IDENTIFIER_TYPES } from '../../domain/habilitation/identifiers';
import { SPACE_CODES } from '../../domain/habilitation/spaces';
import { requireUser } from '../auth';

/** Route hook: 401 before the body is even validated (an anonymous caller learns nothing). */
export async function authenticate(request: FastifyRequest): Promise<void> {
  await Promise.resolve(requireUser(request));
}

// Request and response schemas of the structures area. Every request object refuses unknown
// properties: a client cannot slip `status`, `isPublic` or `id` into a body (mass assignment).
const strict = { additionalProperties: false } as const;

const NO_CONTROL = '^[^\\u0000-\\u001f\\u007f]*$';
export const Line = (maxLength: number) =>
  Type.String({
    minLength: 1,
    maxLength,
    pattern: '^[^\\u0000-\\u001f\\u007f]*\\S[^\\u0000-\\u001f\\u007f]*$',
  });
export const OptionalLine = (maxLength: number) =>
  Type.Optional(Type.Union([Type.String({ maxLength, pattern: NO_CONTROL }), Type.Null()]));
export const Uuid = Type.String({ format: 'uuid' });
export const PlainDate = Type.String({ format: 'date' });
export const SpaceCode = Type.Union(SPACE_CODES.map((c) => Type.Literal(c)));
export const RoleSchema = Type.Union([
  Type.Literal('primaryManager'),
  Type.Literal('secondaryManager'),
  Type.Literal('user'),
]);
// Free text shown to the requester (plain-text mail, escaped on screen); line breaks allowed.
export const DecisionMessage = Type.Optional(
  Type.Union([Type.String({ maxLength: 1000 }), Type.Null()]),
);

export const StructureParams = Type.Object({ structureId: Uuid }, strict);
export const MemberParams = Type.Object({ structureId: Uuid, membershipId: Uuid }, strict);
export const ServiceParams = Type.Object({ structureId: Uuid, serviceId: Uuid }, strict);

const structureFields = {
  name: Line(200),
  vatNumber: OptionalLine(30),
  rcs: OptionalLine(100),
  addressLine1: OptionalLine(200),
  addressLine2: OptionalLine(200),
  addressLine3: OptionalLine(200),
  postalCode: OptionalLine(20),
  city: OptionalLine(100),
  countryCode: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
  email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()])),
  phone: OptionalLine(30),
};

export const CreateStructureBody = Type.Object(
  {
    identifierType: Type.Union(IDENTIFIER_TYPES.map((t) => Type.Literal(t))),
    identifier: Type.String({ minLength: 1, maxLength: 80 }),
    ...structureFields,
  },
  strict,
);

export const UpdateStructureBody = Type.Object(
  {
    ...structureFields,
    name: Type.Optional(Line(200)),
  },
  { ...strict, minProperties: 1 },
);

export const StructureSchema = Type.Object({
  id: Type.String(),
  identifierType: Type.String(),
  identifier: Type.String(),
  name: Type.String(),
  vatNumber: Type.Union([Type.String(), Type.Null()]),
  rcs: Type.Union([Type.String(), Type.Null()]),
  addressLine1: Type.Union([Type.String(), Type.Null()]),
  addressLine2: Type.Union([Type.String(), Type.Null()]),
  addressLine3: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  city: Type.Union([Type.String(), Type.Null()]),
  countryCode: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  isPublic: Type.Boolean(),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const MyStructureSchema = Type.Object({
  id: Type.String(),
  identifierType: Type.String(),
  identifier: Type.String(),
  name: Type.String(),
  isPublic: Type.Boolean(),
  status: Type.String(),
  role: RoleSchema,
  serviceIds: Type.Union([Type.Array(Type.String()), Type.Null()]),
  spaces: Type.Array(Type.String()),
  pendingSpaces: Type.Array(Type.String()),
});

export const SearchResultSchema = Type.Object({
  id: Type.String(),
  identifierType: Type.String(),
  identifier: Type.String(),
  name: Type.String(),
  isPublic: Type.Boolean(),
  city: Type.Union([Type.String(), Type.Null()]),
  isMember: Type.Boolean(),
  hasPendingRequest: Type.Boolean(),
});

export const RequestSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  space: Type.Union([Type.String(), Type.Null()]),
  serviceIds: Type.Union([Type.Array(Type.String()), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  decisionMessage: Type.Union([Type.String(), Type.Null()]),
  user: Type.Optional(
    Type.Object({
      id: Type.String(),
      email: Type.String(),
      firstName: Type.String(),
      lastName: Type.String(),
    }),
  ),
  structure: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
});

export const MemberSchema = Type.Object({
  membershipId: Type.String(),
  userId: Type.String(),
  email: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  role: RoleSchema,
  allServices: Type.Boolean(),
  serviceIds: Type.Array(Type.String()),
  spaces: Type.Array(Type.String()),
  since: Type.String({ format: 'date-time' }),
});

export const ServiceSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  addressLine1: Type.Union([Type.String(), Type.Null()]),
  addressLine2: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  city: Type.Union([Type.String(), Type.Null()]),
  countryCode: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.Union([Type.String(), Type.Null()]),
  validTo: Type.Union([Type.String(), Type.Null()]),
  isActive: Type.Boolean(),
  isDefault: Type.Boolean(),
});

const serviceFields = {
  code: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.\\-]+$' }),
  name: Line(200),
  addressLine1: OptionalLine(200),
  addressLine2: OptionalLine(200),
  postalCode: OptionalLine(20),
  city: OptionalLine(100),
  countryCode: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z]{2}$' }), Type.Null()])),
  validFrom: Type.Optional(Type.Union([PlainDate, Type.Null()])),
  validTo: Type.Optional(Type.Union([PlainDate, Type.Null()])),
  isActive: Type.Optional(Type.Boolean()),
};
export const CreateServiceBody = Type.Object(serviceFields, strict);
export const UpdateServiceBody = Type.Object(
  {
    ...serviceFields,
    code: Type.Optional(serviceFields.code),
    name: Type.Optional(serviceFields.name),
  },
  { ...strict, minProperties: 1 },
);

export const HistorySchema = Type.Object({
  id: Type.Number(),
  action: Type.String(),
  actorEmail: Type.Union([Type.String(), Type.Null()]),
  targetEmail: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String({ format: 'date-time' }),
});
