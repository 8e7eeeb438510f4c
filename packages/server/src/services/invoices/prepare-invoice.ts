import type { Invoice } from '@chorale/einvoice';
import {
  findPartyById,
  findPartyByIdentifier,
  findSentInvoiceByNumber,
  findServiceByCode,
  sentNumberExists,
} from '../../db/queries/invoices';
import { searchText } from '../../db/queries/invoice-search';
import { buildInvoiceModel, type PartyInfo } from '../../domain/invoices/build-invoice-model';
import { requiresValidator } from '../../domain/invoices/billing-frameworks';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import { numberingYear } from '../../domain/invoices/invoice-number';
import {
  checkInputRules,
  checkPortalRules,
  portalFinding,
  recipientFindings,
  type PortalFinding,
} from '../../domain/invoices/portal-rules';
import type { Executor } from '../../jobs/queue';

type Party = NonNullable<Awaited<ReturnType<typeof findPartyByIdentifier>>>;

function partyInfo(
  p: Omit<
    Party,
    | 'status'
    | 'is_public'
    | 'service_code_required'
    | 'legal_commitment_required'
    | 'service_or_legal_commitment_required'
  >,
): PartyInfo {
  return {
    name: p.name,
    identifier: p.identifier,
    identifierType: p.identifier_type,
    vatNumber: p.vat_number,
    address: {
      line1: p.address_line1,
      line2: p.address_line2,
      postalCode: p.postal_code,
      city: p.city,
      countryCode: p.country_code,
    },
  };
}

/** The columns an invoice row keeps beside its JSON, derived from the input and the model. */
export interface PreparedInvoice {
  model: Invoice;
  /** Portal findings: input rules for a draft; every rule when `forSending`. */
  findings: PortalFinding[];
  columns: {
    recipient_structure_id: string | null;
    recipient_identifier: string;
    recipient_name: string;
    recipient_search: string;
    recipient_service_code: string | null;
    validator_structure_id: string | null;
    validator_identifier: string | null;
    validator_name: string | null;
    validator_service_code: string | null;
    billing_framework: string;
    kind: 'invoice' | 'creditNote';
    number: string;
    number_year: number | null;
    preceding_invoice_number: string | null;
    currency: string;
    issue_date: string | null;
    due_date: string | null;
    total_excl_vat: string;
    total_vat: string;
    total_incl_vat: string;
    amount_due: string;
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/**
 * Looks up the parties, builds the EN 16931 model and runs the portal rules: input rules always
 * (the form shows them as the user goes), the directory, duplicate and credit-note rules when
 * sending. The recipient check is the directory's own (`checkRecipient`).
 */
export async function prepareInvoice(
  db: Executor,
  options: {
    invoiceId: string | null;
    supplierStructureId: string;
    input: InvoiceInput;
    today: string;
    forSending: boolean;
  },
): Promise<PreparedInvoice> {
  const { input, today } = options;
  const supplier = await findPartyById(db, options.supplierStructureId);
  const recipient = input.recipient.identifier.trim()
    ? await findPartyByIdentifier(db, input.recipient.identifier)
    : undefined;
  const serviceCode = blank(input.recipient.serviceCode);
  const publicRecipient = recipient?.is_public ? recipient : undefined;
  const service =
    publicRecipient && serviceCode
      ? await findServiceByCode(db, publicRecipient.id, serviceCode)
      : undefined;
  const recipientProblems = recipientFindings({
    recipient: publicRecipient,
    serviceCode,
    service,
    legalCommitment: blank(input.purchaseOrder),
    today,
  });

  const needsValidator = requiresValidator(input.billingFramework);
  const validator =
    needsValidator && input.validator?.identifier.trim()
      ? await findPartyByIdentifier(db, input.validator.identifier)
      : undefined;
  const validatorProblems: PortalFinding[] = [];
  if (needsValidator && input.validator?.identifier.trim()) {
    if (!validator || validator.status !== 'active') {
      validatorProblems.push(
        portalFinding('VALIDATOR_UNKNOWN', 'validator.identifier', {
          fr: 'Aucune structure active ne porte cet identifiant de valideur.',
          en: 'No active structure has this validator identifier.',
        }),
      );
    } else if (input.validator.serviceCode?.trim()) {
      const vs = await findServiceByCode(db, validator.id, input.validator.serviceCode);
      if (!vs?.is_active) {
        validatorProblems.push(
          portalFinding('VALIDATOR_SERVICE_UNKNOWN', 'validator.serviceCode', {
            fr: 'La structure valideur n’a pas de service actif portant ce code.',
            en: 'The validator structure has no active service with this code.',
          }),
        );
      }
    }
  }

  const preceding =
    input.kind === 'creditNote' && input.precedingInvoiceNumber?.trim()
      ? await findSentInvoiceByNumber(db, {
          structureId: options.supplierStructureId,
          number: input.precedingInvoiceNumber.trim(),
        })
      : undefined;
  const recipientInfo: PartyInfo = recipient
    ? partyInfo(recipient)
    : {
        name: input.recipient.identifier,
        identifier: input.recipient.identifier,
        identifierType: 'SIRET',
        address: { countryCode: 'FR' },
      };
  const model = buildInvoiceModel({
    input,
    supplier: partyInfo(supplier),
    recipient: recipientInfo,
    ...(preceding?.issue_date ? { precedingIssueDate: preceding.issue_date } : {}),
  });
  const year = DATE.test(input.issueDate) ? numberingYear(input.issueDate) : null;
  const findings = options.forSending
    ? checkPortalRules(input, {
        today,
        recipientProblems,
        validatorProblems,
        duplicateNumber:
          year !== null && input.number !== ''
            ? await sentNumberExists(db, {
                structureId: options.supplierStructureId,
                year,
                number: input.number,
                exceptId: options.invoiceId ?? '00000000-0000-0000-0000-000000000000',
              })
            : false,
        precedingInvoiceFound: preceding !== undefined,
        totals: model.totals,
      })
    : [...checkInputRules(input, today), ...recipientProblems];
  const recipientName = recipient?.name ?? '';
  return {
    model,
    findings,
    columns: {
      recipient_structure_id: publicRecipient?.id ?? null,
      recipient_identifier: input.recipient.identifier.replace(/\s/g, ''),
      recipient_name: recipientName,
      recipient_search: searchText(recipientName),
      recipient_service_code: serviceCode,
      validator_structure_id: validator?.id ?? null,
      validator_identifier: needsValidator ? (blank(input.validator?.identifier) ?? null) : null,
      validator_name: validator?.name ?? null,
      validator_service_code: needsValidator ? blank(input.validator?.serviceCode) : null,
      billing_framework: input.billingFramework,
      kind: input.kind,
      number: input.number,
      number_year: year,
      preceding_invoice_number:
        input.kind === 'creditNote' ? blank(input.precedingInvoiceNumber) : null,
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
