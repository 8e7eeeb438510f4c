import Decimal from 'decimal.js';
import type { DocumentAllowanceCharge, Invoice, InvoiceLine } from '@chorale/einvoice';
import { findBillingFramework } from './billing-frameworks';
import type {
  DocumentAllowanceChargeInput,
  InvoiceInput,
  InvoiceLineInput,
  PaymentMeans,
  VatRegime,
} from './invoice-input';
import { PAYMENT_MEANS } from './invoice-input';

/**
 * An EN 16931 model read from a file (a flux's XML, the XML inside a Factur-X PDF) → the form's
 * input, the inverse of `buildInvoiceModel`: what the portal shows and lets the supplier correct.
 * The structured file stays the reference for what was deposited; this is its reading in the
 * form's terms. Where the form has no room for a business term (line periods, item attributes,
 * payee...), the model keeps it.
 */

// SIRET (ICD 0009), else any legal registration, else the buyer's own identifier.
function buyerIdentifier(model: Invoice): string {
  const buyer = model.buyer;
  const id = buyer.legalRegistrationId?.value ?? buyer.identifier?.value ?? buyer.vatId ?? '';
  return id.replace(/\s+/g, '');
}

const MEANS_BY_CODE = new Map<string, PaymentMeans>(
  (Object.entries(PAYMENT_MEANS) as [PaymentMeans, string][]).map(([name, code]) => [code, name]),
);

// Credit transfer codes other than 30 (31 debit transfer, 42 bank account, 58 SEPA transfer)
// are virements in the form's terms; 59 is a SEPA direct debit.
function paymentMeansOf(code: string | undefined): PaymentMeans | undefined {
  if (!code) return undefined;
  const known = MEANS_BY_CODE.get(code);
  if (known) return known;
  if (['31', '42', '58'].includes(code)) return 'VIREMENT';
  if (code === '59') return 'PRELEVEMENT';
  return 'AUTRE';
}

function vatRegimeOf(model: Invoice): VatRegime {
  if (model.vatPointDateCode === '432' || model.vatPointDateCode === '72') return 'RECEIPT';
  const categories = new Set(model.vatBreakdown.map((vb) => vb.categoryCode));
  if (categories.size > 0 && [...categories].every((c) => c === 'O')) return 'NONE';
  if (categories.size > 0 && [...categories].every((c) => c !== 'S' && c !== 'L' && c !== 'M'))
    return 'EXEMPT';
  return 'DEBIT';
}

function lineInput(line: InvoiceLine): InvoiceLineInput {
  // The form has one allowance per line; several are summed by the reader of the form's totals,
  // so keep their sum, and fold line charges into the price (the net amount is what counts).
  const allowance = line.allowances.reduce((sum, a) => addDecimal(sum, a.amount), '0');
  const out: InvoiceLineInput = {
    description: line.item.name,
    quantity: line.quantity,
    unitCode: line.unitCode,
    unitPrice: line.price.baseQuantity
      ? divideDecimal(line.price.netPrice, line.price.baseQuantity)
      : line.price.netPrice,
    vatCategory: line.vat.categoryCode,
  };
  if (line.item.sellerId) out.reference = line.item.sellerId;
  if (line.vat.rate !== undefined) out.vatRate = line.vat.rate;
  if (!/^0*(\.0*)?$/.test(allowance)) out.allowance = allowance;
  return out;
}

function allowanceInput(a: DocumentAllowanceCharge): DocumentAllowanceChargeInput {
  return {
    amount: a.amount,
    reason: a.reason ?? a.reasonCode ?? '',
    vatCategory: a.vatCategoryCode,
    ...(a.vatRate !== undefined ? { vatRate: a.vatRate } : {}),
  };
}

export function inputFromModel(model: Invoice): InvoiceInput {
  const framework = model.processControl.businessProcessType;
  const transfer = model.paymentInstructions?.creditTransfers[0];
  const means = paymentMeansOf(model.paymentInstructions?.meansCode);
  const exemption = model.vatBreakdown.find((vb) => vb.exemptionReason)?.exemptionReason;
  const comment = model.notes.map((n) => n.text).join('\n');
  const input: InvoiceInput = {
    recipient: {
      identifier: buyerIdentifier(model),
      ...(model.buyerReference ? { serviceCode: model.buyerReference } : {}),
    },
    billingFramework: framework && findBillingFramework(framework) ? framework : 'A1',
    kind: model.kind,
    number: model.number,
    currency: model.currencyCode,
    vatRegime: vatRegimeOf(model),
    issueDate: model.issueDate,
    lines: model.lines.map(lineInput),
    allowances: model.allowances.map(allowanceInput),
    charges: model.charges.map(allowanceInput),
    attachments: [],
  };
  const preceding = model.precedingInvoices[0]?.reference;
  if (model.kind === 'creditNote' && preceding) input.precedingInvoiceNumber = preceding;
  if (exemption) input.exemptionReason = exemption;
  if (model.dueDate) input.dueDate = model.dueDate;
  if (model.paymentTerms) input.paymentTerms = model.paymentTerms;
  if (means && model.kind === 'invoice') input.paymentMeans = means;
  if (transfer?.accountId) input.iban = transfer.accountId.replace(/\s+/g, '');
  if (transfer?.serviceProviderId) input.bic = transfer.serviceProviderId;
  if (model.purchaseOrderReference) input.purchaseOrder = model.purchaseOrderReference;
  if (model.contractReference) input.contractReference = model.contractReference;
  if (comment) input.comment = comment;
  return input;
}

// The model's amounts are decimal strings; arithmetic on them never goes through floats.
function addDecimal(a: string, b: string): string {
  return new Decimal(a).plus(b).toString();
}
function divideDecimal(a: string, b: string): string {
  const divisor = new Decimal(b);
  return divisor.isZero() ? a : new Decimal(a).div(divisor).toString();
}
