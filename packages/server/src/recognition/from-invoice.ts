import type { Invoice } from '@chorale/einvoice';
import type { FieldName, RecognizedFields } from './types';

/** The fields straight from an embedded Factur-X / ZUGFeRD XML: exact, so confidence 1. */
export function fieldsFromInvoice(invoice: Invoice): RecognizedFields {
  const sure = (value: string | undefined) =>
    value !== undefined && value !== ''
      ? { value: value.replace(/\s/g, ''), confidence: 1 }
      : undefined;
  const exact = (value: string | undefined) =>
    value !== undefined && value !== '' ? { value, confidence: 1 } : undefined;
  const seller = invoice.seller;
  const buyer = invoice.buyer;
  const candidates: [FieldName, { value: string; confidence: number } | undefined][] = [
    ['invoiceNumber', exact(invoice.number)],
    ['issueDate', exact(invoice.issueDate)],
    ['dueDate', exact(invoice.dueDate)],
    ['currency', exact(invoice.currencyCode)],
    [
      'sellerId',
      sure(seller.legalRegistrationId?.value ?? seller.vatId ?? seller.identifiers[0]?.value),
    ],
    ['buyerId', sure(buyer.legalRegistrationId?.value ?? buyer.vatId ?? buyer.identifier?.value)],
    ['purchaseOrder', exact(invoice.purchaseOrderReference)],
    ['iban', sure(invoice.paymentInstructions?.creditTransfers[0]?.accountId)],
    ['totalWithoutVat', exact(invoice.totals.taxExclusiveAmount)],
    ['totalVat', exact(invoice.totals.taxAmount)],
    ['totalWithVat', exact(invoice.totals.taxInclusiveAmount)],
    ['amountDue', exact(invoice.totals.payableAmount)],
  ];
  const out: RecognizedFields = {};
  for (const [name, f] of candidates) if (f) out[name] = f;
  const bic = sure(invoice.paymentInstructions?.creditTransfers[0]?.serviceProviderId);
  if (bic) out.bic = bic;
  if (invoice.vatBreakdown.length > 0) {
    out.vatBreakdown = invoice.vatBreakdown.map((v) => ({
      rate: v.rate ?? '0',
      base: v.taxableAmount,
      amount: v.taxAmount,
      confidence: 1,
    }));
  }
  if (invoice.lines.length > 0) {
    out.lines = invoice.lines.map((l) => ({
      description: l.item.name,
      quantity: l.quantity,
      unitPrice: l.price.netPrice,
      lineTotal: l.netAmount,
      ...(l.vat.rate !== undefined ? { vatRate: l.vat.rate } : {}),
      confidence: 1,
    }));
  }
  return out;
}
