import { searchText } from '../../db/queries/invoice-search';
import type { StoredFinding } from '../../db/tables/fluxes';
import { requiresValidator } from '../../domain/invoices/billing-frameworks';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { numberingYear } from '../../domain/invoices/invoice-number';
import {
  checkPortalRules,
  portalFinding,
  recipientFindings,
  type PortalFinding,
} from '../../domain/invoices/portal-rules';
import type { PreparedInvoice } from '../invoices/prepare-invoice';
import type { FluxParty, FluxFacts } from './flux-facts';
import { TERM_OF_FIELD, type ModelFacts } from './read-flux-item';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The columns an invoice row keeps beside its JSON: the same as a typed invoice's. */
export type FluxInvoiceColumns = PreparedInvoice['columns'];

export interface JudgedEntry {
  /** Empty when the portal accepts the invoice. */
  problems: PortalFinding[];
  columns: FluxInvoiceColumns;
}

/** A portal finding as the report keeps it, located in the file where its term is. */
export function locatedFinding(
  f: PortalFinding,
  locate: (term: string) => string | undefined,
): StoredFinding {
  const term = TERM_OF_FIELD[f.field];
  const location = term ? locate(term) : undefined;
  return {
    rule: f.rule,
    severity: 'fatal',
    message: f.message,
    ...(location ? { location } : {}),
  };
}

// The seller of the file must be the structure depositing it: a structure cannot deposit
// invoices in another company's name. Only a French SIREN/SIRET can be compared.
function sellerMismatch(model: ModelFacts, supplier: FluxParty): PortalFinding | undefined {
  const declared = model.seller.legalRegistrationId?.value.replace(/\s/g, '') ?? '';
  if (supplier.identifier_type !== 'SIRET' || !/^\d{9}(\d{5})?$/.test(declared)) return undefined;
  const same =
    declared.length === 14
      ? declared === supplier.identifier
      : supplier.identifier.startsWith(declared);
  if (same) return undefined;
  return portalFinding('SUPPLIER_MISMATCH', 'supplier', {
    fr: `Le vendeur de la facture (${declared}) n’est pas la structure qui dépose le flux (${supplier.identifier}).`,
    en: `The invoice's seller (${declared}) is not the structure depositing the flux (${supplier.identifier}).`,
  });
}

// A file has no place for a valideur: the refusal says where to give one for the whole flux.
function validatorRequired(f: PortalFinding): PortalFinding {
  return {
    ...f,
    message: {
      fr: 'Ce cadre de facturation (A9, A12) exige une structure valideur, que le fichier ne peut pas porter : indiquez-la au dépôt du flux (« Valideur (factures A9/A12) » sur le portail, codeStructureValideur et codeServiceValideur par l’API).',
      en: 'This billing framework (A9, A12) requires a validator structure, which the file cannot carry: give it when depositing the flux (« Valideur (factures A9/A12) » in the portal, codeStructureValideur and codeServiceValideur through the API).',
    },
  };
}

/**
 * The portal's rules (chorus-pro.md section 7) on one invoice of a flux, with the facts looked up
 * once for the whole chunk: the same `checkPortalRules` and directory `checkRecipient` as an
 * invoice typed in the form. `seen` holds the numbers accepted so far in this flux chunk (a number twice in one flux is a
 * duplicate; earlier chunks are in the database already).
 */
export function judgeFluxEntry(
  input: InvoiceInput,
  model: ModelFacts,
  facts: FluxFacts,
  seen: Set<string>,
): JudgedEntry {
  const recipientId = input.recipient.identifier.replace(/\s/g, '');
  const recipient = facts.recipients.get(recipientId);
  const publicRecipient = recipient?.is_public ? recipient : undefined;
  const serviceCode = blank(input.recipient.serviceCode);
  const service =
    publicRecipient && serviceCode
      ? facts.services.get(`${publicRecipient.id}|${serviceCode}`)
      : undefined;
  const recipientProblems = recipientFindings({
    recipient: publicRecipient,
    serviceCode,
    service,
    legalCommitment: blank(input.purchaseOrder),
    today: facts.today,
  });
  const needsValidator = requiresValidator(input.billingFramework);
  const validatorId = blank(input.validator?.identifier)?.replace(/\s/g, '') ?? null;
  const validator = needsValidator && validatorId ? facts.recipients.get(validatorId) : undefined;
  const validatorProblems: PortalFinding[] = [];
  if (needsValidator && validatorId && (!validator || validator.status !== 'active')) {
    validatorProblems.push(
      portalFinding('VALIDATOR_UNKNOWN', 'validator.identifier', {
        fr: 'Aucune structure active ne porte cet identifiant de valideur.',
        en: 'No active structure has this validator identifier.',
      }),
    );
  }
  const year = DATE.test(input.issueDate) ? numberingYear(input.issueDate) : null;
  const key = `${year}|${input.number}`;
  const preceding = blank(input.precedingInvoiceNumber);
  const portal = checkPortalRules(input, {
    today: facts.today,
    recipientProblems,
    validatorProblems,
    duplicateNumber: year !== null && (facts.existingNumbers.has(key) || seen.has(key)),
    precedingInvoiceFound: preceding !== null && facts.sentNumbers.has(preceding),
    totals: model.totals,
  });
  const mismatch = sellerMismatch(model, facts.supplier);
  if (mismatch) portal.unshift(mismatch);
  const problems = portal.map((f) => (f.code === 'VALIDATOR_REQUIRED' ? validatorRequired(f) : f));
  const recipientName = recipient?.name ?? model.buyer.name;
  return {
    problems,
    columns: {
      recipient_structure_id: publicRecipient?.id ?? null,
      recipient_identifier: recipientId,
      recipient_name: recipientName,
      recipient_search: searchText(recipientName),
      recipient_service_code: serviceCode,
      validator_structure_id: validator?.id ?? null,
      validator_identifier: needsValidator ? validatorId : null,
      validator_name: validator?.name ?? null,
      validator_service_code: needsValidator ? blank(input.validator?.serviceCode) : null,
      billing_framework: input.billingFramework,
      kind: input.kind,
      number: input.number,
      number_year: year,
      preceding_invoice_number: input.kind === 'creditNote' ? preceding : null,
      currency: input.currency,
      issue_date: DATE.test(input.issueDate) ? input.issueDate : null,
      due_date: input.dueDate && DATE.test(input.dueDate) ? input.dueDate : null,
      total_excl_vat: model.totals.taxExclusiveAmount,
      total_vat: model.totals.taxAmount ?? '0.00',
      total_incl_vat: model.totals.taxInclusiveAmount,
      amount_due: model.totals.payableAmount,
    },
  };
}
