import type {
  DocumentAllowanceCharge,
  Invoice,
  InvoiceLine,
  PostalAddress,
} from '@chorale/einvoice';
import { computeTotals, lineNetAmount } from '@chorale/einvoice';
import type { DocumentAllowanceChargeInput, InvoiceInput } from './invoice-input';
import { PAYMENT_MEANS } from './invoice-input';

/**
 * The typed form (« saisie ») → the EN 16931 model. A form is only another way to fill the model
 * (DESIGN): once built, it goes through the same rules, writers and store as any other intake.
 * Totals and the VAT breakdown come from the core money module, never computed here.
 */
export interface PartyInfo {
  name: string;
  identifier: string;
  identifierType: string;
  vatNumber?: string | null;
  address: {
    line1?: string | null;
    line2?: string | null;
    postalCode?: string | null;
    city?: string | null;
    countryCode?: string | null;
  };
}

const SPECIFICATION = 'urn:cen.eu:en16931:2017';

// VAT categories whose breakdown must say why no VAT is charged (BR-E-10, BR-AE-10, BR-IC-10,
// BR-G-10, BR-O-10); the user's exemption reason wins where given.
const DEFAULT_EXEMPTION: Record<string, string> = {
  E: 'Exonération de TVA',
  AE: 'Autoliquidation',
  K: 'Livraison intracommunautaire exonérée',
  G: 'Exportation hors UE',
  O: 'Non soumis à la TVA',
};

function address(a: PartyInfo['address']): PostalAddress {
  const out: PostalAddress = { countryCode: a.countryCode || 'FR' };
  if (a.line1) out.line1 = a.line1;
  if (a.line2) out.line2 = a.line2;
  if (a.city) out.city = a.city;
  if (a.postalCode) out.postCode = a.postalCode;
  return out;
}

// ISO 6523 ICD 0009 is the SIRET; other identifiers go without a scheme.
function registration(p: PartyInfo): { value: string; schemeId?: string } {
  return p.identifierType === 'SIRET'
    ? { value: p.identifier, schemeId: '0009' }
    : { value: p.identifier };
}

const trimmed = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);
const isZero = (s: string | undefined): boolean => !s || /^-?0*(\.0*)?$/.test(s.trim());

function allowanceCharge(a: DocumentAllowanceChargeInput): DocumentAllowanceCharge {
  return {
    amount: a.amount,
    vatCategoryCode: a.vatCategory,
    ...(a.vatCategory !== 'O' ? { vatRate: a.vatRate ?? '0' } : {}),
    reason: a.reason,
  };
}

function line(input: InvoiceInput['lines'][number], index: number): InvoiceLine {
  const allowances = isZero(input.allowance)
    ? []
    : [{ amount: input.allowance!, reason: 'Remise' }]; // BR-41: a line allowance has a reason
  return {
    id: String(index + 1),
    quantity: input.quantity,
    unitCode: input.unitCode,
    netAmount: lineNetAmount({
      quantity: input.quantity,
      netPrice: input.unitPrice,
      allowances: allowances.map((a) => a.amount),
    }),
    allowances,
    charges: [],
    price: { netPrice: input.unitPrice },
    vat: {
      categoryCode: input.vatCategory,
      ...(input.vatCategory !== 'O' ? { rate: input.vatRate ?? '0' } : {}),
    },
    item: {
      name: input.description,
      ...(trimmed(input.reference) ? { sellerId: input.reference!.trim() } : {}),
      classifications: [],
      attributes: [],
    },
  };
}

export function buildInvoiceModel(options: {
  input: InvoiceInput;
  supplier: PartyInfo;
  recipient: PartyInfo;
  /** Issue date of the corrected invoice, when it is known (BT-26). */
  precedingIssueDate?: string;
}): Invoice {
  const { input, supplier, recipient } = options;
  const lines = input.lines.map(line);
  const allowances = input.allowances.map(allowanceCharge);
  const charges = input.charges.map(allowanceCharge);
  const taxed = (l: InvoiceLine) => ({
    amount: l.netAmount,
    vatCategoryCode: l.vat.categoryCode,
    ...(l.vat.rate !== undefined ? { vatRate: l.vat.rate } : {}),
  });
  const docTaxed = (a: DocumentAllowanceCharge) => ({
    amount: a.amount,
    vatCategoryCode: a.vatCategoryCode,
    ...(a.vatRate !== undefined ? { vatRate: a.vatRate } : {}),
  });
  let result = computeTotals({
    lines: lines.map(taxed),
    allowances: allowances.map(docTaxed),
    charges: charges.map(docTaxed),
  });
  // A2 « facture déjà payée »: the whole amount is paid, nothing is left to pay.
  if (input.billingFramework === 'A2') {
    result = computeTotals({
      lines: lines.map(taxed),
      allowances: allowances.map(docTaxed),
      charges: charges.map(docTaxed),
      paidAmount: result.totals.taxInclusiveAmount,
    });
  }
  const vatBreakdown = result.vatBreakdown.map((vb) => {
    const reason = DEFAULT_EXEMPTION[vb.categoryCode];
    return reason ? { ...vb, exemptionReason: trimmed(input.exemptionReason) ?? reason } : vb;
  });

  const invoice: Invoice = {
    kind: input.kind,
    number: input.number,
    issueDate: input.issueDate,
    typeCode: input.kind === 'creditNote' ? '381' : '380',
    currencyCode: input.currency,
    notes: trimmed(input.comment) ? [{ text: input.comment!.trim() }] : [],
    processControl: {
      businessProcessType: input.billingFramework,
      specificationIdentifier: SPECIFICATION,
    },
    precedingInvoices:
      input.kind === 'creditNote' && trimmed(input.precedingInvoiceNumber)
        ? [
            {
              reference: input.precedingInvoiceNumber!.trim(),
              ...(options.precedingIssueDate ? { issueDate: options.precedingIssueDate } : {}),
            },
          ]
        : [],
    seller: {
      name: supplier.name,
      identifiers: [],
      legalRegistrationId: registration(supplier),
      ...(supplier.vatNumber ? { vatId: supplier.vatNumber } : {}),
      postalAddress: address(supplier.address),
    },
    buyer: {
      name: recipient.name,
      legalRegistrationId: registration(recipient),
      ...(recipient.vatNumber ? { vatId: recipient.vatNumber } : {}),
      postalAddress: address(recipient.address),
    },
    allowances,
    charges,
    totals: result.totals,
    vatBreakdown,
    supportingDocuments: input.attachments.map((a) => ({
      reference: a.designation,
    })),
    lines,
  };
  // TVA sur les débits / sur les encaissements: BT-8 (3 = issue date, 432 = paid to date).
  if (input.vatRegime === 'DEBIT') invoice.vatPointDateCode = '3';
  if (input.vatRegime === 'RECEIPT') invoice.vatPointDateCode = '432';
  if (trimmed(input.dueDate)) invoice.dueDate = input.dueDate!.trim();
  if (trimmed(input.paymentTerms)) invoice.paymentTerms = input.paymentTerms!.trim();
  // Chorus Pro: the service code travels as the buyer reference, the EJ as the order reference.
  if (trimmed(input.recipient.serviceCode))
    invoice.buyerReference = input.recipient.serviceCode!.trim();
  if (trimmed(input.purchaseOrder)) invoice.purchaseOrderReference = input.purchaseOrder!.trim();
  if (trimmed(input.contractReference)) invoice.contractReference = input.contractReference!.trim();
  if (input.paymentMeans && input.kind === 'invoice') {
    invoice.paymentInstructions = {
      meansCode: PAYMENT_MEANS[input.paymentMeans],
      creditTransfers: trimmed(input.iban)
        ? [
            {
              accountId: input.iban!.replace(/\s+/g, '').toUpperCase(),
              ...(trimmed(input.bic) ? { serviceProviderId: input.bic!.trim().toUpperCase() } : {}),
            },
          ]
        : [],
    };
  }
  return invoice;
}
