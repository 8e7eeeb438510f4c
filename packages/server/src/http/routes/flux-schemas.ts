import { Type } from 'typebox';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()]);

export const FluxStatusSchema = Type.Union([
  Type.Literal('IN_RECU'),
  Type.Literal('IN_EN_ATTENTE_TRAITEMENT'),
  Type.Literal('IN_EN_COURS_TRAITEMENT'),
  Type.Literal('IN_INTEGRE'),
  Type.Literal('IN_INTEGRE_PARTIEL'),
  Type.Literal('IN_REJETE'),
  Type.Literal('IN_INCIDENTE'),
]);

export const FluxSummarySchema = Type.Object({
  id: Type.String(),
  number: Type.String(),
  structureId: Type.String(),
  structureName: Type.String(),
  syntax: Type.String(),
  fileName: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  channel: Type.Union([Type.Literal('portal'), Type.Literal('api')]),
  status: FluxStatusSchema,
  duplicateOf: Nullable(Type.Object({ id: Type.String(), number: Type.String() })),
  receivedAt: Type.String(),
  startedAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  counts: Type.Object({
    total: Type.Integer(),
    processed: Type.Integer(),
    accepted: Type.Integer(),
    refused: Type.Integer(),
  }),
  refusal: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  depositedBy: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  validator: Nullable(
    Type.Object({ identifier: Type.String(), serviceCode: Nullable(Type.String()) }),
  ),
});

export const FluxItemSchema = Type.Object({
  position: Type.Integer(),
  fileName: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('accepted'), Type.Literal('refused')]),
  invoice: Nullable(
    Type.Object({ id: Type.String(), choraleId: Nullable(Type.String()), number: Type.String() }),
  ),
  number: Nullable(Type.String()),
  recipientIdentifier: Nullable(Type.String()),
  recipientName: Nullable(Type.String()),
  totalInclVat: Nullable(Type.String()),
  currency: Nullable(Type.String()),
  findings: Type.Array(
    Type.Object({
      rule: Type.String(),
      severity: Type.Union([Type.Literal('fatal'), Type.Literal('warning')]),
      message: Type.String(),
      location: Nullable(Type.String()),
      value: Nullable(Type.String()),
    }),
  ),
});

export const FluxDetailSchema = Type.Intersect([
  FluxSummarySchema,
  Type.Object({ items: Type.Array(FluxItemSchema) }),
]);

export const FluxListSchema = Type.Object({
  items: Type.Array(FluxSummarySchema),
  nextCursor: Nullable(Type.String()),
  total: Type.Integer(),
});

export const FluxListQuery = Type.Object(
  {
    structureId: Type.Optional(Type.String({ format: 'uuid' })),
    status: Type.Optional(Type.Array(FluxStatusSchema, { maxItems: 10 })),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const FluxParams = Type.Object(
  { id: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);
