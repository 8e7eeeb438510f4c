import { Type, type Static } from 'typebox';
import type { DirectoryServiceRowOut, StructureSearchRow } from '../../db/queries/directory-search';
import type { DirectoryImportRecord } from '../../services/get-directory-import';
import type { DirectoryStructureDetail } from '../../services/get-directory-structure';
import { localize, type Lang } from '../../i18n/lang';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const RequirementsSchema = Type.Object(
  {
    serviceCode: Type.Boolean({ description: 'codeServiceDoitEtreRenseigne' }),
    legalCommitment: Type.Boolean({ description: 'numeroEJDoitEtreRenseigne' }),
    serviceCodeOrLegalCommitment: Type.Boolean({ description: 'gestionNumeroEJOuCodeService' }),
    paymentStatusReported: Type.Boolean({
      description: 'the payment status is reported (not statutMiseEnPaiementNestPasRemonte)',
    }),
  },
  { description: 'What an invoice to this structure must carry' },
);

export const DirectoryServiceSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  active: Type.Boolean(),
  legalCommitmentRequired: Type.Boolean(),
  validFrom: Nullable(Type.String({ format: 'date' })),
  validTo: Nullable(Type.String({ format: 'date' })),
});

export const StructureSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  identifierType: Type.String(),
  identifier: Type.String(),
  name: Type.String(),
  address: Type.Object({
    line1: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
    city: Nullable(Type.String()),
    countryCode: Type.String(),
  }),
  active: Type.Boolean(),
  requirements: RequirementsSchema,
  services: Type.Array(DirectoryServiceSchema, { description: 'active services' }),
});

export const SearchResultSchema = Type.Object({
  items: Type.Array(StructureSummarySchema),
  total: Type.Integer({ description: 'matches, counted up to 1,000' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const StructureDetailSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  identifierType: Type.String(),
  identifier: Type.String(),
  name: Type.String(),
  address: Type.Object({
    line1: Nullable(Type.String()),
    line2: Nullable(Type.String()),
    line3: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
    city: Nullable(Type.String()),
    countryCode: Type.String(),
    countryLabel: Nullable(Type.String()),
  }),
  email: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  active: Type.Boolean(),
  requirements: RequirementsSchema,
  edi: Type.Object({ emitter: Type.Boolean(), receiver: Type.Boolean() }),
  moa: Type.Object({ isMoa: Type.Boolean(), isMoaOnly: Type.Boolean() }),
  updatedAt: Type.String({ format: 'date-time' }),
  services: Type.Array(DirectoryServiceSchema, { description: 'every service, inactive ones too' }),
});

export const RecipientCheckSchema = Type.Object({
  ok: Type.Boolean(),
  reason: Type.Optional(
    Type.Union([
      Type.Literal('RECIPIENT_UNKNOWN'),
      Type.Literal('RECIPIENT_INACTIVE'),
      Type.Literal('SERVICE_REQUIRED'),
      Type.Literal('SERVICE_UNKNOWN'),
      Type.Literal('SERVICE_INACTIVE'),
      Type.Literal('LEGAL_COMMITMENT_REQUIRED'),
    ]),
  ),
  rule: Type.Optional(Type.String()),
  message: Type.Optional(Type.String({ description: "in the caller's language" })),
  structureId: Nullable(Type.String({ format: 'uuid' })),
});

const ProblemSchema = Type.Object({
  file: Type.Union([Type.Literal('structures'), Type.Literal('services')]),
  line: Type.Integer(),
  column: Type.Optional(Type.String()),
  reason: Type.String(),
  message: Type.String(),
});

const Counts = Type.Object({
  total: Type.Integer(),
  done: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  deactivated: Type.Integer(),
});

export const DirectoryImportSchema = Type.Object({
  id: Type.Integer(),
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('failed'),
  ]),
  source: Type.String(),
  structuresFileName: Nullable(Type.String()),
  servicesFileName: Nullable(Type.String()),
  structures: Counts,
  services: Counts,
  problemCount: Type.Integer(),
  problems: Type.Array(ProblemSchema, { description: 'the first 1,000 problems, by line' }),
  error: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  finishedAt: Nullable(Type.String({ format: 'date-time' })),
});

type Requirements = Static<typeof RequirementsSchema>;

function requirementsOf(row: {
  service_code_required: boolean;
  legal_commitment_required: boolean;
  service_or_legal_commitment_required: boolean;
  reports_payment_status: boolean;
}): Requirements {
  return {
    serviceCode: row.service_code_required,
    legalCommitment: row.legal_commitment_required,
    serviceCodeOrLegalCommitment: row.service_or_legal_commitment_required,
    paymentStatusReported: row.reports_payment_status,
  };
}

export function presentDirectoryService(
  row: DirectoryServiceRowOut,
): Static<typeof DirectoryServiceSchema> {
  return {
    code: row.code,
    name: row.name,
    active: row.is_active,
    legalCommitmentRequired: row.legal_commitment_required,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

export function presentStructureSummary(
  row: StructureSearchRow & { services: DirectoryServiceRowOut[] },
): Static<typeof StructureSummarySchema> {
  return {
    id: row.id,
    identifierType: row.identifier_type,
    identifier: row.identifier,
    name: row.name,
    address: {
      line1: row.address_line1,
      postalCode: row.postal_code,
      city: row.city,
      countryCode: row.country_code,
    },
    active: row.status === 'active',
    requirements: requirementsOf(row),
    services: row.services.map(presentDirectoryService),
  };
}

export function presentStructureDetail(
  row: DirectoryStructureDetail,
): Static<typeof StructureDetailSchema> {
  return {
    id: row.id,
    identifierType: row.identifier_type,
    identifier: row.identifier,
    name: row.name,
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      line3: row.address_line3,
      postalCode: row.postal_code,
      city: row.city,
      countryCode: row.country_code,
      countryLabel: row.country_label,
    },
    email: row.email,
    phone: row.phone,
    active: row.status === 'active',
    requirements: requirementsOf(row),
    edi: { emitter: row.edi_emitter, receiver: row.edi_receiver },
    moa: { isMoa: row.is_moa, isMoaOnly: row.is_moa_only },
    updatedAt: new Date(row.updated_at).toISOString(),
    services: row.services.map(presentDirectoryService),
  };
}

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

export function presentDirectoryImport(
  row: DirectoryImportRecord,
  lang: Lang,
): Static<typeof DirectoryImportSchema> {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    structuresFileName: row.structures_file_name,
    servicesFileName: row.services_file_name,
    structures: {
      total: row.structures_total,
      done: row.structures_done,
      created: row.structures_created,
      updated: row.structures_updated,
      deactivated: row.structures_deactivated,
    },
    services: {
      total: row.services_total,
      done: row.services_done,
      created: row.services_created,
      updated: row.services_updated,
      deactivated: row.services_deactivated,
    },
    problemCount: row.problem_count,
    problems: row.problems.map((p) => ({
      file: p.file,
      line: p.line,
      ...(p.column === undefined ? {} : { column: p.column }),
      reason: p.reason,
      message: localize(p.message, lang),
    })),
    error: row.error,
    createdAt: new Date(row.created_at).toISOString(),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}
