import type { AppContext } from '../context';
import { findDirectoryServices, type DirectoryServiceRowOut } from '../db/queries/directory-search';
import { notFound } from '../errors';

export interface DirectoryStructureDetail {
  id: string;
  identifier_type: string;
  identifier: string;
  name: string;
  address_line1: string | null;
  address_line2: string | null;
  address_line3: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: string;
  country_label: string | null;
  email: string | null;
  phone: string | null;
  status: string;
  edi_emitter: boolean;
  edi_receiver: boolean;
  reports_payment_status: boolean;
  service_code_required: boolean;
  legal_commitment_required: boolean;
  service_or_legal_commitment_required: boolean;
  is_moa: boolean;
  is_moa_only: boolean;
  updated_at: Date;
  services: DirectoryServiceRowOut[];
}

/**
 * A public structure's directory page: its data, invoicing requirements and every service
 * (inactive ones too, flagged, so a supplier understands why a code is refused). Private
 * structures are not part of the directory: NOT_FOUND.
 */
export async function getDirectoryStructure(
  ctx: AppContext,
  id: string,
): Promise<DirectoryStructureDetail> {
  const row = await ctx.db
    .selectFrom('structures')
    .select([
      'id',
      'identifier_type',
      'identifier',
      'name',
      'address_line1',
      'address_line2',
      'address_line3',
      'postal_code',
      'city',
      'country_code',
      'country_label',
      'email',
      'phone',
      'status',
      'edi_emitter',
      'edi_receiver',
      'reports_payment_status',
      'service_code_required',
      'legal_commitment_required',
      'service_or_legal_commitment_required',
      'is_moa',
      'is_moa_only',
      'updated_at',
    ])
    .where('id', '=', id)
    .where('is_public', '=', true)
    .where('status', 'in', ['active', 'inactive'])
    .executeTakeFirst();
  if (!row) {
    throw notFound({
      fr: "Aucune structure publique de l'annuaire ne correspond.",
      en: 'No public structure of the directory matches.',
    });
  }
  const services = await findDirectoryServices(ctx.db, [row.id], { activeOnly: false });
  return { ...row, services };
}
