import type { IdentifierType } from '../domain/habilitation/identifiers';
import { checkRecipient, type RecipientCheckResult } from '../domain/directory/recipient-check';
import type { Executor } from '../jobs/queue';

export interface RecipientCheckRequest {
  recipientType?: IdentifierType;
  recipient: string;
  serviceCode: string | null;
  legalCommitment: string | null;
  /** The day the invoice is addressed, YYYY-MM-DD. */
  today: string;
}

export type RecipientCheckAnswer = RecipientCheckResult & {
  structureId: string | null;
  serviceId: string | null;
};

/**
 * Can an invoice be addressed to this recipient, service and EJ number? Takes the executor so
 * that invoicing can call it inside its own transaction; the rule itself is the pure
 * `checkRecipient` of the domain.
 */
export async function checkInvoiceRecipient(
  db: Executor,
  request: RecipientCheckRequest,
): Promise<RecipientCheckAnswer> {
  const identifier = request.recipient.replace(/[\s.]/g, '').toUpperCase();
  const structure = await db
    .selectFrom('structures')
    .select([
      'id',
      'status',
      'service_code_required',
      'legal_commitment_required',
      'service_or_legal_commitment_required',
    ])
    .where('identifier_type', '=', request.recipientType ?? 'SIRET')
    .where('identifier', '=', identifier)
    .where('is_public', '=', true)
    .executeTakeFirst();
  const serviceCode = request.serviceCode?.trim() || null;
  const service =
    structure && serviceCode
      ? await db
          .selectFrom('services')
          .select(['id', 'is_active', 'legal_commitment_required', 'valid_from', 'valid_to'])
          .where('structure_id', '=', structure.id)
          .where('code', '=', serviceCode)
          .executeTakeFirst()
      : undefined;
  const result = checkRecipient({
    structure: structure && {
      isActive: structure.status === 'active',
      serviceCodeRequired: structure.service_code_required,
      legalCommitmentRequired: structure.legal_commitment_required,
      serviceOrLegalCommitmentRequired: structure.service_or_legal_commitment_required,
    },
    serviceCode,
    service: service && {
      isActive: service.is_active,
      legalCommitmentRequired: service.legal_commitment_required,
      validFrom: service.valid_from,
      validTo: service.valid_to,
    },
    legalCommitment: request.legalCommitment?.trim() || null,
    today: request.today,
  });
  return { ...result, structureId: structure?.id ?? null, serviceId: service?.id ?? null };
}
