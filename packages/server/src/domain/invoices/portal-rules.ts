import type { Localized } from '../../i18n/lang';
import { checkRecipient } from '../directory/recipient-check';
import { isValidBic, isValidIban } from './bank-account';
import { findBillingFramework } from './billing-frameworks';
import type { InvoiceInput } from './invoice-input';
import { checkInvoiceNumber, INVOICE_NUMBER_MAX_LENGTH } from './invoice-number';

/**
 * The portal's rules beyond EN 16931 (chorus-pro.md section 7), as pure checks over the typed input
 * and the facts the service looked up (directory check, duplicates, the corrected invoice). Each
 * finding has a stable code, a rule ID `CHORALE-<CODE>`, the field it concerns, and FR/EN text.
 */
export interface PortalFinding {
  code: string;
  rule: string;
  field: string;
  message: Localized;
}

export interface PortalFacts {
  /** Today in the portal's calendar ('YYYY-MM-DD'): the invoice date may not be after it (7.6). */
  today: string;
  /** Problems found by the directory's recipient check (RECIPIENT_UNKNOWN, SERVICE_REQUIRED, ...). */
  recipientProblems: PortalFinding[];
  /** Problems with the valideur structure (A9/A12), from the same directory check. */
  validatorProblems: PortalFinding[];
  /** Another invoice of the same supplier structure and year has this number. */
  duplicateNumber: boolean;
  /** Credit note: whether the corrected invoice is one of the supplier structure's sent invoices. */
  precedingInvoiceFound: boolean;
  /** Total amount with VAT and amount due, as computed by the core money module. */
  totals: { taxInclusiveAmount: string; payableAmount: string; paidAmount?: string };
}

export function portalFinding(code: string, field: string, message: Localized): PortalFinding {
  return { code, rule: `CHORALE-${code.replace(/_/g, '-')}`, field, message };
}

function isNegative(decimal: string): boolean {
  return decimal.trim().startsWith('-') && !/^-0*(\.0*)?$/.test(decimal.trim());
}

/** Rules that need only the input: run as the user types and again on sending. */
export function checkInputRules(input: InvoiceInput, today: string): PortalFinding[] {
  const out: PortalFinding[] = [];
  const numberProblem = checkInvoiceNumber(input.number);
  if (numberProblem === 'REQUIRED') {
    out.push(
      portalFinding('INVOICE_NUMBER_REQUIRED', 'number', {
        fr: 'Le numéro de facture est obligatoire.',
        en: 'The invoice number is required.',
      }),
    );
  } else if (numberProblem) {
    out.push(
      portalFinding('INVOICE_NUMBER_FORMAT', 'number', {
        fr: `Le numéro de facture comporte au plus ${INVOICE_NUMBER_MAX_LENGTH} caractères : lettres, chiffres et - _ / +.`,
        en: `The invoice number has at most ${INVOICE_NUMBER_MAX_LENGTH} characters: letters, digits and - _ / +.`,
      }),
    );
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(input.issueDate) && input.issueDate > today) {
    out.push(
      portalFinding('INVOICE_DATE_IN_FUTURE', 'issueDate', {
        fr: 'La date de facture ne peut pas être postérieure à la date du jour.',
        en: 'The invoice date cannot be after today.',
      }),
    );
  }
  const framework = findBillingFramework(input.billingFramework);
  if (!framework || !framework.enteredByForm) {
    out.push(
      portalFinding('BILLING_FRAMEWORK_UNKNOWN', 'billingFramework', {
        fr: 'Ce cadre de facturation n’est pas proposé.',
        en: 'This billing framework is not offered.',
      }),
    );
  } else if (framework.requiresValidator && !input.validator?.identifier.trim()) {
    out.push(
      portalFinding('VALIDATOR_REQUIRED', 'validator.identifier', {
        fr: 'Ce cadre de facturation exige une structure valideur (titulaire ou mandataire).',
        en: 'This billing framework requires a validator structure (main contractor or agent).',
      }),
    );
  }
  if (input.kind === 'creditNote' && !input.precedingInvoiceNumber?.trim()) {
    out.push(
      portalFinding('CREDIT_NOTE_REFERENCE_REQUIRED', 'precedingInvoiceNumber', {
        fr: 'Un avoir doit indiquer le numéro de la facture qu’il corrige.',
        en: 'A credit note must give the number of the invoice it corrects.',
      }),
    );
  }
  if (input.vatRegime === 'EXEMPT' && !input.exemptionReason?.trim()) {
    out.push(
      portalFinding('EXEMPTION_REASON_REQUIRED', 'exemptionReason', {
        fr: 'Indiquez le motif d’exonération de TVA.',
        en: 'Give the reason for the VAT exemption.',
      }),
    );
  }
  if (input.iban?.trim() && !isValidIban(input.iban)) {
    out.push(
      portalFinding('IBAN_INVALID', 'iban', {
        fr: 'Cet IBAN n’est pas valide (longueur ou clé de contrôle).',
        en: 'This IBAN is not valid (length or check digits).',
      }),
    );
  }
  if (input.bic?.trim() && !isValidBic(input.bic)) {
    out.push(
      portalFinding('BIC_INVALID', 'bic', {
        fr: 'Ce BIC n’est pas valide (8 ou 11 caractères).',
        en: 'This BIC is not valid (8 or 11 characters).',
      }),
    );
  }
  // Transfer needs the account to pay into (OCA's rule for means 30/31/42, chorus-pro.md 7.9).
  if (input.kind === 'invoice' && input.paymentMeans === 'VIREMENT' && !input.iban?.trim()) {
    out.push(
      portalFinding('BANK_ACCOUNT_REQUIRED', 'iban', {
        fr: 'Un paiement par virement exige l’IBAN du fournisseur.',
        en: 'Payment by transfer requires the supplier’s IBAN.',
      }),
    );
  }
  if (input.lines.length === 0) {
    out.push(
      portalFinding('LINES_REQUIRED', 'lines', {
        fr: 'La facture comporte au moins une ligne.',
        en: 'The invoice has at least one line.',
      }),
    );
  }
  return out;
}

/** Every portal rule, run before sending: input rules plus those that need looked-up facts. */
export function checkPortalRules(input: InvoiceInput, facts: PortalFacts): PortalFinding[] {
  const out = [...checkInputRules(input, facts.today), ...facts.recipientProblems];
  if (findBillingFramework(input.billingFramework)?.requiresValidator) {
    out.push(...facts.validatorProblems);
  }
  if (facts.duplicateNumber) {
    out.push(
      portalFinding('DUPLICATE_INVOICE_NUMBER', 'number', {
        fr: 'Une facture de votre structure porte déjà ce numéro cette année.',
        en: 'An invoice of your structure already has this number this year.',
      }),
    );
  }
  if (
    input.kind === 'creditNote' &&
    input.precedingInvoiceNumber?.trim() &&
    !facts.precedingInvoiceFound
  ) {
    out.push(
      portalFinding('PRECEDING_INVOICE_UNKNOWN', 'precedingInvoiceNumber', {
        fr: 'Aucune facture envoyée par votre structure ne porte ce numéro.',
        en: 'No invoice sent by your structure has this number.',
      }),
    );
  }
  // Amounts are typed positive; a negative total is a credit note, not an invoice (7.7).
  if (isNegative(facts.totals.taxInclusiveAmount)) {
    out.push(
      portalFinding('AMOUNTS_INCONSISTENT', 'lines', {
        fr: 'Le montant total est négatif : émettez plutôt un avoir.',
        en: 'The total amount is negative: issue a credit note instead.',
      }),
    );
  }
  // A2 « déjà payée »: the whole amount has been paid, nothing is left to pay (GOBL, 7.8).
  if (input.billingFramework === 'A2' && !/^0+(\.0+)?$/.test(facts.totals.payableAmount)) {
    out.push(
      portalFinding('AMOUNTS_INCONSISTENT', 'billingFramework', {
        fr: 'Une facture déjà payée n’a plus de montant à payer.',
        en: 'An invoice already paid has no amount left to pay.',
      }),
    );
  }
  return out;
}

/** A public structure's row as the directory stores it (snake_case columns). */
export interface RecipientRow {
  status: string;
  service_code_required: boolean;
  legal_commitment_required: boolean;
  service_or_legal_commitment_required: boolean;
}

/** A service's row as the directory stores it. */
export interface RecipientServiceRow {
  is_active: boolean;
  legal_commitment_required: boolean;
  valid_from: string | null;
  valid_to: string | null;
}

/**
 * The directory's recipient check (`checkRecipient`) on the rows the caller looked up, as a portal
 * finding on the form field it concerns; the typed form and the flux integration share it.
 */
export function recipientFindings(options: {
  recipient: RecipientRow | undefined;
  serviceCode: string | null;
  service: RecipientServiceRow | undefined;
  legalCommitment: string | null;
  today: string;
}): PortalFinding[] {
  const { recipient, service } = options;
  const check = checkRecipient({
    structure: recipient && {
      isActive: recipient.status === 'active',
      serviceCodeRequired: recipient.service_code_required,
      legalCommitmentRequired: recipient.legal_commitment_required,
      serviceOrLegalCommitmentRequired: recipient.service_or_legal_commitment_required,
    },
    serviceCode: options.serviceCode,
    service: service && {
      isActive: service.is_active,
      legalCommitmentRequired: service.legal_commitment_required,
      validFrom: service.valid_from,
      validTo: service.valid_to,
    },
    legalCommitment: options.legalCommitment,
    today: options.today,
  });
  if (check.ok) return [];
  const field = check.reason.startsWith('RECIPIENT')
    ? 'recipient.identifier'
    : check.reason === 'LEGAL_COMMITMENT_REQUIRED'
      ? 'purchaseOrder'
      : 'recipient.serviceCode';
  return [{ code: check.reason, rule: check.rule, field, message: check.message }];
}
