import type { Selectable } from 'kysely';
import type { ServicesTable, StructuresTable } from '../../db/tables/structures';

// Presenters choose what leaves the server: raw rows never go out.

export function presentStructure(row: Selectable<StructuresTable>) {
  return {
    id: row.id,
    identifierType: row.identifier_type,
    identifier: row.identifier,
    name: row.name,
    vatNumber: row.vat_number,
    rcs: row.rcs,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    addressLine3: row.address_line3,
    postalCode: row.postal_code,
    city: row.city,
    countryCode: row.country_code,
    email: row.email,
    phone: row.phone,
    isPublic: row.is_public,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function presentService(row: Selectable<ServicesTable>) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postalCode: row.postal_code,
    city: row.city,
    countryCode: row.country_code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    isActive: row.is_active,
    isDefault: row.is_default,
  };
}

export interface RequestRow {
  id: string;
  kind: string;
  space_code: string | null;
  service_ids: string[] | null;
  message: string | null;
  status: string;
  created_at: Date;
  decided_at: Date | null;
  decision_message: string | null;
  user_id?: string;
  email?: string;
  first_name?: string;
  last_name?: string;
  structure_id?: string;
  structure_name?: string;
}

export function presentRequest(r: RequestRow) {
  return {
    id: r.id,
    kind: r.kind,
    space: r.space_code,
    serviceIds: r.service_ids,
    message: r.message,
    status: r.status,
    createdAt: new Date(r.created_at).toISOString(),
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    decisionMessage: r.decision_message,
    ...(r.user_id !== undefined
      ? {
          user: {
            id: r.user_id,
            email: r.email ?? '',
            firstName: r.first_name ?? '',
            lastName: r.last_name ?? '',
          },
        }
      : {}),
    ...(r.structure_id !== undefined
      ? { structure: { id: r.structure_id, name: r.structure_name ?? '' } }
      : {}),
  };
}
