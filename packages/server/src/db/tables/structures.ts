import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './foundation';

export type IdentifierType =
  'SIRET' | 'UE_HORS_FRANCE' | 'HORS_UE' | 'RIDET' | 'TAHITI' | 'AUTRE' | 'PARTICULIER';
export type StructureStatus = 'pending' | 'active' | 'refused' | 'inactive';
export type MembershipRole = 'primaryManager' | 'secondaryManager' | 'user';
export type RequestKind = 'attachment' | 'space' | 'extension';
export type RequestStatus = 'pending' | 'accepted' | 'refused' | 'cancelled';

/** A plain date column, read and written as 'YYYY-MM-DD'. */
type PlainDate = ColumnType<string, string | undefined, string>;

export interface StructuresTable {
  id: Generated<string>;
  identifier_type: IdentifierType;
  identifier: string;
  name: string;
  vat_number: string | null;
  rcs: string | null;
  address_line1: string | null;
  address_line2: string | null;
  address_line3: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: Generated<string>;
  email: string | null;
  phone: string | null;
  is_public: Generated<boolean>;
  status: Generated<StructureStatus>;
  created_by: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_message: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServicesTable {
  id: Generated<string>;
  structure_id: string;
  code: string;
  name: string;
  address_line1: string | null;
  address_line2: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: string | null;
  valid_from: PlainDate | null;
  valid_to: PlainDate | null;
  is_active: Generated<boolean>;
  is_default: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipsTable {
  id: Generated<string>;
  structure_id: string;
  user_id: string;
  role: MembershipRole;
  status: Generated<'active' | 'detached'>;
  all_services: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MembershipServicesTable {
  membership_id: string;
  service_id: string;
}

export interface SpaceGrantsTable {
  membership_id: string;
  space_code: string;
  granted_by: string | null;
  granted_at: Timestamp;
}

export interface StructureRequestsTable {
  id: Generated<string>;
  structure_id: string;
  user_id: string;
  kind: RequestKind;
  space_code: string | null;
  service_ids: Json<string[] | null> | null;
  message: string | null;
  status: Generated<RequestStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_message: string | null;
  created_at: Timestamp;
}

export interface StructureInvitationsTable {
  id: Generated<string>;
  structure_id: string;
  email: string;
  role: MembershipRole;
  space_codes: Json<string[]>;
  invited_by: string | null;
  created_at: Timestamp;
  accepted_at: Timestamp | null;
}

export interface ManagerActionsTable {
  id: Generated<number>;
  structure_id: string;
  actor_id: string | null;
  action: string;
  target_user_id: string | null;
  detail: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface StructureTables {
  structures: StructuresTable;
  services: ServicesTable;
  memberships: MembershipsTable;
  membership_services: MembershipServicesTable;
  space_grants: SpaceGrantsTable;
  structure_requests: StructureRequestsTable;
  structure_invitations: StructureInvitationsTable;
  manager_actions: ManagerActionsTable;
}
