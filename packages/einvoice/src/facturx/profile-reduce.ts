/**
 * Keeps only the business terms a Factur-X profile carries, so that an invoice written at a smaller
 * profile than EN 16931 validates against that profile's schema. MINIMUM keeps the header data that
 * identifies the invoice and its totals; BASIC WL everything of BASIC but the lines; BASIC the
 * EN 16931 terms the Factur-X BASIC schema defines (no contacts, BIC, account name, payment card,
 * supporting documents, item details beyond name and standard identifier, ...). The lists follow the
 * Factur-X 1.09 profile schemas. EN16931, EXTENDED and XRECHNUNG keep everything.
 */
import type { Buyer, Invoice, InvoiceLine, PaymentInstructions, Seller } from '../model/invoice';
import type { FacturXProfile } from './profile';

type Reducer = (inv: Invoice) => Invoice;

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const minimumReducer: Reducer = (inv) => {
  const s = inv.seller;
  const b = inv.buyer;
  const seller: Seller = withoutUndefined({
    name: s.name,
    identifiers: [],
    legalRegistrationId: s.legalRegistrationId,
    vatId: s.vatId,
    taxRegistrationId: s.taxRegistrationId,
    postalAddress: { countryCode: s.postalAddress.countryCode },
  });
  const buyer: Buyer = withoutUndefined({
    name: b.name,
    legalRegistrationId: b.legalRegistrationId,
    postalAddress: { countryCode: b.postalAddress.countryCode },
  });
  return withoutUndefined({
    kind: inv.kind,
    number: inv.number,
    issueDate: inv.issueDate,
    typeCode: inv.typeCode,
    currencyCode: inv.currencyCode,
    buyerReference: inv.buyerReference,
    purchaseOrderReference: inv.purchaseOrderReference,
    notes: [],
    processControl: inv.processControl,
    precedingInvoices: [],
    seller,
    buyer,
    allowances: [],
    charges: [],
    totals: withoutUndefined({
      lineNetAmount: '',
      taxExclusiveAmount: inv.totals.taxExclusiveAmount,
      taxAmount: inv.totals.taxAmount,
      taxInclusiveAmount: inv.totals.taxInclusiveAmount,
      payableAmount: inv.totals.payableAmount,
    }),
    vatBreakdown: [],
    supportingDocuments: [],
    lines: [],
  });
};

function basicPayment(p: PaymentInstructions | undefined): PaymentInstructions | undefined {
  if (!p) return undefined;
  return withoutUndefined({
    meansCode: p.meansCode,
    remittanceInformation: p.remittanceInformation,
    creditTransfers: p.creditTransfers.map((t) => ({ accountId: t.accountId })),
    directDebit: p.directDebit,
  });
}

function basicLine(line: InvoiceLine): InvoiceLine {
  return withoutUndefined({
    ...line,
    objectIdentifier: undefined,
    purchaseOrderLineReference: undefined,
    buyerAccountingReference: undefined,
    item: withoutUndefined({
      name: line.item.name,
      standardId: line.item.standardId,
      classifications: [],
      attributes: [],
    }),
  });
}

/** BASIC: the EN 16931 terms without those the Factur-X BASIC schema leaves out. */
const basicReducer: Reducer = (inv) => {
  const { contact: _sc, ...seller } = inv.seller;
  const { contact: _bc, ...buyer } = inv.buyer;
  return withoutUndefined({
    ...inv,
    vatPointDate: undefined,
    projectReference: undefined,
    salesOrderReference: undefined,
    receivingAdviceReference: undefined,
    tenderOrLotReference: undefined,
    invoicedObjectIdentifier: undefined,
    seller: withoutUndefined({
      ...seller,
      additionalLegalInformation: undefined,
      postalAddress: inv.seller.postalAddress,
    }),
    buyer: withoutUndefined({ ...buyer, postalAddress: inv.buyer.postalAddress }),
    delivery: inv.delivery,
    paymentInstructions: basicPayment(inv.paymentInstructions),
    totals: withoutUndefined({ ...inv.totals, roundingAmount: undefined }),
    supportingDocuments: [],
    lines: inv.lines.map(basicLine),
  });
};

const REDUCERS: Partial<Record<FacturXProfile, Reducer>> = {
  MINIMUM: minimumReducer,
  'BASIC-WL': (inv) => ({ ...basicReducer(inv), lines: [] }),
  BASIC: basicReducer,
};

/** The invoice as the profile can carry it (unchanged for EN16931, EXTENDED and XRECHNUNG). */
export function reduceToProfile(invoice: Invoice, profile: FacturXProfile): Invoice {
  const reduce = REDUCERS[profile];
  return reduce ? reduce(invoice) : invoice;
}
