import type { Localized } from '../../i18n/lang';

/**
 * Why an invoice cannot be addressed to a recipient (Chorus Pro business rules 1 and 3: the
 * recipient exists and is active; the service code, the EJ number or one of the two when the
 * structure or the service requires it; the service exists, is active and valid on that day).
 */
export type RecipientProblem =
  | 'RECIPIENT_UNKNOWN'
  | 'RECIPIENT_INACTIVE'
  | 'SERVICE_REQUIRED'
  | 'SERVICE_UNKNOWN'
  | 'SERVICE_INACTIVE'
  | 'LEGAL_COMMITMENT_REQUIRED';

/** What the check needs to know about the recipient structure. */
export interface RecipientFacts {
  isActive: boolean;
  serviceCodeRequired: boolean;
  legalCommitmentRequired: boolean;
  serviceOrLegalCommitmentRequired: boolean;
}

/** What the check needs to know about the named service, when one was named and found. */
export interface ServiceFacts {
  isActive: boolean;
  legalCommitmentRequired: boolean;
  validFrom: string | null;
  validTo: string | null;
}

export interface RecipientCheckInput {
  /** undefined: no public structure has this identifier. */
  structure: RecipientFacts | undefined;
  /** The service code given with the invoice, if any. */
  serviceCode: string | null;
  /** undefined: a code was given but the structure has no such service. */
  service: ServiceFacts | undefined;
  legalCommitment: string | null;
  /** The day the invoice is addressed (YYYY-MM-DD), for the service's validity dates. */
  today: string;
}

export type RecipientCheckResult =
  { ok: true } | { ok: false; reason: RecipientProblem; rule: string; message: Localized };

export const RECIPIENT_MESSAGES: Record<RecipientProblem, Localized> = {
  RECIPIENT_UNKNOWN: {
    fr: "Aucune structure publique de l'annuaire ne porte cet identifiant.",
    en: 'No public structure of the directory has this identifier.',
  },
  RECIPIENT_INACTIVE: {
    fr: "Cette structure publique n'est plus active : elle ne reçoit plus de factures.",
    en: 'This public structure is no longer active: it no longer receives invoices.',
  },
  SERVICE_REQUIRED: {
    fr: 'Ce destinataire exige un code service.',
    en: 'This recipient requires a service code.',
  },
  SERVICE_UNKNOWN: {
    fr: "Ce destinataire n'a pas de service portant ce code.",
    en: 'This recipient has no service with this code.',
  },
  SERVICE_INACTIVE: {
    fr: "Ce service n'est pas actif (ou hors de ses dates de validité).",
    en: 'This service is not active (or outside its validity dates).',
  },
  LEGAL_COMMITMENT_REQUIRED: {
    fr: "Ce destinataire exige un numéro d'engagement juridique (bon de commande).",
    en: 'This recipient requires a legal commitment (purchase order) number.',
  },
};

const EITHER_MESSAGE: Localized = {
  fr: "Ce destinataire exige un code service ou un numéro d'engagement juridique.",
  en: 'This recipient requires a service code or a legal commitment number.',
};

function refuse(
  reason: RecipientProblem,
  message = RECIPIENT_MESSAGES[reason],
): RecipientCheckResult {
  return { ok: false, reason, rule: `CHORALE-${reason.replace(/_/g, '-')}`, message };
}

const present = (value: string | null): boolean => value !== null && value.trim() !== '';

/** Says whether an invoice can be addressed to this recipient, or the first reason why not. */
export function checkRecipient(input: RecipientCheckInput): RecipientCheckResult {
  const { structure, service } = input;
  if (!structure) return refuse('RECIPIENT_UNKNOWN');
  if (!structure.isActive) return refuse('RECIPIENT_INACTIVE');
  const hasService = present(input.serviceCode);
  const hasLegalCommitment = present(input.legalCommitment);
  if (hasService) {
    if (!service) return refuse('SERVICE_UNKNOWN');
    const started = service.validFrom === null || service.validFrom <= input.today;
    const notEnded = service.validTo === null || service.validTo >= input.today;
    if (!service.isActive || !started || !notEnded) return refuse('SERVICE_INACTIVE');
  } else if (structure.serviceCodeRequired) {
    return refuse('SERVICE_REQUIRED');
  } else if (structure.serviceOrLegalCommitmentRequired && !hasLegalCommitment) {
    // Neither was given: the service code is named first, as Chorus Pro does for this flag.
    return refuse('SERVICE_REQUIRED', EITHER_MESSAGE);
  }
  const needsLegalCommitment =
    structure.legalCommitmentRequired || (hasService && service?.legalCommitmentRequired === true);
  if (needsLegalCommitment && !hasLegalCommitment) return refuse('LEGAL_COMMITMENT_REQUIRED');
  return { ok: true };
}

/** What an invoice to this structure requires, as shown in search results and on its page. */
export interface InvoicingRequirements {
  serviceCode: boolean;
  legalCommitment: boolean;
  serviceCodeOrLegalCommitment: boolean;
  paymentStatusReported: boolean;
}

export function requirementsOf(
  facts: RecipientFacts & { reportsPaymentStatus: boolean },
): InvoicingRequirements {
  return {
    serviceCode: facts.serviceCodeRequired,
    legalCommitment: facts.legalCommitmentRequired,
    serviceCodeOrLegalCommitment: facts.serviceOrLegalCommitmentRequired,
    paymentStatusReported: facts.reportsPaymentStatus,
  };
}
