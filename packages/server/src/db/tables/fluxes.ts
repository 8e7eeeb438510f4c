import type { ColumnType, Generated } from 'kysely';
import type { Localized } from '../../i18n/lang';
import type { Timestamp } from './foundation';

type JsonOf<T> = ColumnType<T, string | undefined, string>;

export const FLUX_STATUSES = [
  'IN_RECU',
  'IN_EN_ATTENTE_TRAITEMENT',
  'IN_EN_COURS_TRAITEMENT',
  'IN_INTEGRE',
  'IN_INTEGRE_PARTIEL',
  'IN_REJETE',
  'IN_INCIDENTE',
] as const;
export type FluxStatus = (typeof FLUX_STATUSES)[number];

export type FluxChannel = 'portal' | 'api';
export type FluxItemStatus = 'pending' | 'accepted' | 'refused';

/** A flux-level refusal (unreadable archive, bomb, unsafe name, syntax mismatch...). */
export interface StoredRefusal {
  code: string;
  message: Localized;
  entry?: string;
  reason?: string;
}

/** One finding on an invoice of a flux: EN 16931 rule, schema or portal rule. */
export interface StoredFinding {
  rule: string;
  severity: 'fatal' | 'warning';
  message: Localized;
  location?: string;
  value?: string;
}

export interface FluxesTable {
  id: Generated<string>;
  number: string;
  supplier_structure_id: string;
  deposited_by: string | null;
  channel: FluxChannel;
  syntax: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  container: string | null;
  status: FluxStatus;
  duplicate_of_flux_id: string | null;
  idempotency_key: string | null;
  total_count: Generated<number>;
  processed_count: Generated<number>;
  accepted_count: Generated<number>;
  refused_count: Generated<number>;
  refusal: ColumnType<StoredRefusal | null, string | null | undefined, string | null>;
  technical_error: string | null;
  /** The valideur given at deposit for the flux's A9 / A12 invoices (SIRET, service code). */
  validator_identifier: ColumnType<string | null, string | null | undefined, string | null>;
  validator_service_code: ColumnType<string | null, string | null | undefined, string | null>;
  received_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface FluxItemsTable {
  flux_id: string;
  position: number;
  file_name: string;
  size_bytes: number;
  sha256: string;
  status: ColumnType<FluxItemStatus, FluxItemStatus | undefined, FluxItemStatus>;
  invoice_id: string | null;
  number: string | null;
  recipient_identifier: string | null;
  recipient_name: string | null;
  /** numeric(19,2) as an exact decimal string. */
  total_incl_vat: string | null;
  currency: string | null;
  findings: JsonOf<StoredFinding[]>;
}

export interface FluxTables {
  fluxes: FluxesTable;
  flux_items: FluxItemsTable;
}
