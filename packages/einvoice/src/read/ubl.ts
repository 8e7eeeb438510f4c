import { emptyInvoice } from '../model/invoice';
import type {
  Buyer,
  Contact,
  CreditTransfer,
  DocumentAllowanceCharge,
  Invoice,
  InvoiceLine,
  ItemClassification,
  LineAllowanceCharge,
  PaymentInstructions,
  Period,
  PostalAddress,
  PrecedingInvoiceReference,
  Seller,
  SupportingDocument,
  VatBreakdown,
} from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, kid, kids, put, req, text } from './helpers';
import type { Recorder } from './source-map';

export const UBL_INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
export const UBL_CREDITNOTE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
export const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
export const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';

/** A UBL date: xsd:date allows a time zone ('2016-04-04+01:00'); the model's plain date drops it. */
function date(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = el.text.trim();
  return /^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})$/.test(s) ? s.slice(0, 10) : s;
}

const cbc = (el: XmlElement | undefined, local: string) => kid(el, CBC, local);
const cac = (el: XmlElement | undefined, local: string) => kid(el, CAC, local);
const cacs = (el: XmlElement | undefined, local: string) => kids(el, CAC, local);

/**
 * Reads a UBL 2.1 Invoice or CreditNote element tree into the model, following the EN 16931-3-2
 * syntax binding. Tolerant: whatever is missing stays empty for the rules to report.
 */
export function readUbl(root: XmlElement, rec: Recorder): Invoice {
  const isCredit = root.local === 'CreditNote';
  const inv = emptyInvoice(isCredit ? 'creditNote' : 'invoice');
  rec('', 'BG-0', root);
  let el = cbc(root, 'ID');
  inv.number = req(el);
  rec('', 'BT-1', el);
  el = cbc(root, 'IssueDate');
  inv.issueDate = date(el) ?? '';
  rec('', 'BT-2', el);
  el = cbc(root, isCredit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
  inv.typeCode = req(el);
  rec('', 'BT-3', el);
  el = cbc(root, 'DocumentCurrencyCode');
  inv.currencyCode = req(el);
  rec('', 'BT-5', el);
  el = cbc(root, 'TaxCurrencyCode');
  put(inv, 'vatAccountingCurrencyCode', text(el));
  rec('', 'BT-6', el);
  el = cbc(root, 'TaxPointDate');
  put(inv, 'vatPointDate', date(el));
  rec('', 'BT-7', el);
  if (!isCredit) {
    el = cbc(root, 'DueDate');
    put(inv, 'dueDate', date(el));
    rec('', 'BT-9', el);
  }
  el = cbc(root, 'BuyerReference');
  put(inv, 'buyerReference', text(el));
  rec('', 'BT-10', el);
  el = cbc(root, 'AccountingCost');
  put(inv, 'buyerAccountingReference', text(el));
  rec('', 'BT-19', el);

  const period = cac(root, 'InvoicePeriod');
  if (period) {
    inv.invoicingPeriod = readPeriod(period, '', 'BG-14', 'BT-73', 'BT-74', rec);
    el = cbc(period, 'DescriptionCode');
    put(inv, 'vatPointDateCode', text(el));
    rec('', 'BT-8', el);
  }
  const order = cac(root, 'OrderReference');
  if (order) {
    const id = cbc(order, 'ID');
    const sales = cbc(order, 'SalesOrderID');
    // EN 16931-3-2: the mandatory OrderReference/ID is 'NA' when only BT-14 is known.
    if (!(sales && req(id) === 'NA')) {
      put(inv, 'purchaseOrderReference', text(id));
      rec('', 'BT-13', id);
    }
    put(inv, 'salesOrderReference', text(sales));
    rec('', 'BT-14', sales);
  }
  cacs(root, 'BillingReference').forEach((br, i) => {
    const ref = cac(br, 'InvoiceDocumentReference');
    const p = `BG-3[${i + 1}]/`;
    rec('', `BG-3[${i + 1}]`, br);
    el = cbc(ref, 'ID');
    const preceding: PrecedingInvoiceReference = { reference: req(el) };
    rec(p, 'BT-25', el);
    el = cbc(ref, 'IssueDate');
    put(preceding, 'issueDate', date(el));
    rec(p, 'BT-26', el);
    inv.precedingInvoices.push(preceding);
  });
  readDocRef(inv, root, 'DespatchDocumentReference', 'despatchAdviceReference', 'BT-16', rec);
  readDocRef(inv, root, 'ReceiptDocumentReference', 'receivingAdviceReference', 'BT-15', rec);
  readDocRef(inv, root, 'OriginatorDocumentReference', 'tenderOrLotReference', 'BT-17', rec);
  readDocRef(inv, root, 'ContractDocumentReference', 'contractReference', 'BT-12', rec);
  for (const adr of cacs(root, 'AdditionalDocumentReference')) {
    const code = text(cbc(adr, 'DocumentTypeCode'));
    el = cbc(adr, 'ID');
    if (code === '130' && !inv.invoicedObjectIdentifier) {
      inv.invoicedObjectIdentifier = ident(el) ?? { value: '' };
      rec('', 'BT-18', el);
      rec('', 'BT-18-1', el, 'schemeID');
    } else if (code === '50' && isCredit && inv.projectReference === undefined) {
      // EN 16931-3-2: UBL CreditNote has no ProjectReference; BT-11 travels as document type 50.
      inv.projectReference = req(el);
      rec('', 'BT-11', el);
    } else {
      inv.supportingDocuments.push(
        readSupportingDocument(adr, inv.supportingDocuments.length + 1, rec),
      );
    }
  }
  el = cbc(cac(root, 'ProjectReference'), 'ID');
  if (el) {
    inv.projectReference = req(el);
    rec('', 'BT-11', el);
  }
  readNotes(inv, root, rec);

  const profile = cbc(root, 'ProfileID');
  const custom = cbc(root, 'CustomizationID');
  inv.processControl.specificationIdentifier = req(custom);
  put(inv.processControl, 'businessProcessType', text(profile));
  rec('', 'BT-23', profile);
  rec('', 'BT-24', custom);

  const sellerParty = cac(cac(root, 'AccountingSupplierParty'), 'Party');
  inv.seller = readSeller(sellerParty, rec);
  const buyerParty = cac(cac(root, 'AccountingCustomerParty'), 'Party');
  inv.buyer = readBuyer(buyerParty, rec);
  let creditorId = sepaId(sellerParty);
  const payee = cac(root, 'PayeeParty');
  if (payee) {
    rec('', 'BG-10', payee);
    el = cbc(cac(payee, 'PartyName'), 'Name');
    inv.payee = { name: req(el) };
    rec('', 'BT-59', el);
    el = cbc(
      cacs(payee, 'PartyIdentification').find((pi) => attr(cbc(pi, 'ID'), 'schemeID') !== 'SEPA'),
      'ID',
    );
    put(inv.payee, 'identifier', ident(el));
    rec('', 'BT-60', el);
    rec('', 'BT-60-1', el, 'schemeID');
    el = cbc(cac(payee, 'PartyLegalEntity'), 'CompanyID');
    put(inv.payee, 'legalRegistrationId', ident(el));
    rec('', 'BT-61', el);
    rec('', 'BT-61-1', el, 'schemeID');
    creditorId = sepaId(payee) ?? creditorId;
  }
  const rep = cac(root, 'TaxRepresentativeParty');
  if (rep) {
    rec('', 'BG-11', rep);
    el = cbc(cac(rep, 'PartyName'), 'Name');
    const name = req(el);
    rec('', 'BT-62', el);
    el = cbc(cac(rep, 'PartyTaxScheme'), 'CompanyID');
    rec('', 'BT-63', el);
    inv.sellerTaxRepresentative = {
      name,
      vatId: req(el),
      postalAddress: readAddress(
        cac(rep, 'PostalAddress'),
        'BG-12',
        ['BT-64', 'BT-65', 'BT-164', 'BT-66', 'BT-67', 'BT-68', 'BT-69'],
        rec,
      ),
    };
  }
  const delivery = cac(root, 'Delivery');
  if (delivery) {
    rec('', 'BG-13', delivery);
    inv.delivery = {};
    el = cbc(cac(cac(delivery, 'DeliveryParty'), 'PartyName'), 'Name');
    put(inv.delivery, 'partyName', text(el));
    rec('', 'BT-70', el);
    const loc = cac(delivery, 'DeliveryLocation');
    el = cbc(loc, 'ID');
    put(inv.delivery, 'locationId', ident(el));
    rec('', 'BT-71', el);
    rec('', 'BT-71-1', el, 'schemeID');
    el = cbc(delivery, 'ActualDeliveryDate');
    put(inv.delivery, 'actualDeliveryDate', date(el));
    rec('', 'BT-72', el);
    const addr = cac(loc, 'Address');
    if (addr)
      inv.delivery.address = readAddress(
        addr,
        'BG-15',
        ['BT-75', 'BT-76', 'BT-165', 'BT-77', 'BT-78', 'BT-79', 'BT-80'],
        rec,
      );
  }
  readPayment(inv, root, isCredit, creditorId, rec);
  el = cbc(cac(root, 'PaymentTerms'), 'Note');
  put(inv, 'paymentTerms', text(el));
  rec('', 'BT-20', el);

  for (const ac of cacs(root, 'AllowanceCharge')) {
    const isCharge = req(cbc(ac, 'ChargeIndicator')) === 'true';
    const list = isCharge ? inv.charges : inv.allowances;
    list.push(readDocAllowanceCharge(ac, isCharge, list.length + 1, rec));
  }
  readTaxTotals(inv, root, rec);
  readMonetaryTotal(inv, cac(root, 'LegalMonetaryTotal'), rec);
  cacs(root, isCredit ? 'CreditNoteLine' : 'InvoiceLine').forEach((line, i) => {
    inv.lines.push(readLine(line, isCredit, `BG-25[${i + 1}]/`, rec));
    rec('', `BG-25[${i + 1}]`, line);
  });
  return inv;
}

function readNotes(inv: Invoice, root: XmlElement, rec: Recorder): void {
  kids(root, CBC, 'Note').forEach((n, i) => {
    // EN 16931-3-2: BT-21 is written as '#CODE#text' at the start of the note.
    const raw = n.text.trim();
    const m = /^#([^#]{1,10})#([\s\S]*)$/.exec(raw);
    inv.notes.push(m ? { subjectCode: m[1], text: (m[2] as string).trim() } : { text: raw });
    rec('', `BG-1[${i + 1}]`, n);
    rec(`BG-1[${i + 1}]/`, 'BT-22', n);
    if (m) rec(`BG-1[${i + 1}]/`, 'BT-21', n);
  });
}

function readDocRef(
  inv: Invoice,
  root: XmlElement,
  local: string,
  key:
    | 'despatchAdviceReference'
    | 'receivingAdviceReference'
    | 'tenderOrLotReference'
    | 'contractReference',
  id: string,
  rec: Recorder,
): void {
  const el = cbc(cac(root, local), 'ID');
  if (el) {
    inv[key] = req(el);
    rec('', id, el);
  }
}

function readSupportingDocument(adr: XmlElement, n: number, rec: Recorder): SupportingDocument {
  const p = `BG-24[${n}]/`;
  rec('', `BG-24[${n}]`, adr);
  let el = cbc(adr, 'ID');
  const doc: SupportingDocument = { reference: req(el) };
  rec(p, 'BT-122', el);
  el = cbc(adr, 'DocumentDescription');
  put(doc, 'description', text(el));
  rec(p, 'BT-123', el);
  const att = cac(adr, 'Attachment');
  el = cbc(cac(att, 'ExternalReference'), 'URI');
  put(doc, 'externalLocation', text(el));
  rec(p, 'BT-124', el);
  el = cbc(att, 'EmbeddedDocumentBinaryObject');
  if (el) {
    doc.attachment = {
      content: req(el),
      mimeCode: attr(el, 'mimeCode') ?? '',
      filename: attr(el, 'filename') ?? '',
    };
    rec(p, 'BT-125', el);
    rec(p, 'BT-125-1', el, 'mimeCode');
    rec(p, 'BT-125-2', el, 'filename');
  }
  return doc;
}

export function readPeriod(
  el: XmlElement,
  prefix: string,
  group: string,
  startId: string,
  endId: string,
  rec: Recorder,
): Period {
  const period: Period = {};
  rec(prefix, group, el);
  const start = cbc(el, 'StartDate');
  const end = cbc(el, 'EndDate');
  put(period, 'startDate', date(start));
  put(period, 'endDate', date(end));
  rec(prefix, startId, start);
  rec(prefix, endId, end);
  return period;
}

/** ids: line1, line2, line3, city, post code, subdivision, country. */
function readAddress(
  el: XmlElement | undefined,
  group: string,
  ids: string[],
  rec: Recorder,
): PostalAddress {
  rec('', group, el);
  const [l1, l2, l3, city, pc, sub, country] = ids as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const addr: PostalAddress = { countryCode: '' };
  if (!el) return addr;
  let e = cbc(el, 'StreetName');
  put(addr, 'line1', text(e));
  rec('', l1, e);
  e = cbc(el, 'AdditionalStreetName');
  put(addr, 'line2', text(e));
  rec('', l2, e);
  e = cbc(cac(el, 'AddressLine'), 'Line');
  put(addr, 'line3', text(e));
  rec('', l3, e);
  e = cbc(el, 'CityName');
  put(addr, 'city', text(e));
  rec('', city, e);
  e = cbc(el, 'PostalZone');
  put(addr, 'postCode', text(e));
  rec('', pc, e);
  e = cbc(el, 'CountrySubentity');
  put(addr, 'countrySubdivision', text(e));
  rec('', sub, e);
  e = cbc(cac(el, 'Country'), 'IdentificationCode');
  addr.countryCode = req(e);
  rec('', country, e);
  return addr;
}

function readContact(el: XmlElement, ids: [string, string, string], rec: Recorder): Contact {
  const contact: Contact = {};
  let e = cbc(el, 'Name');
  put(contact, 'name', text(e));
  rec('', ids[0], e);
  e = cbc(el, 'Telephone');
  put(contact, 'telephone', text(e));
  rec('', ids[1], e);
  e = cbc(el, 'ElectronicMail');
  put(contact, 'email', text(e));
  rec('', ids[2], e);
  return contact;
}

/** The party's VAT (BT-31/48/63) and other tax (BT-32) registrations, by TaxScheme/ID. */
function taxSchemes(party: XmlElement | undefined): { vat?: XmlElement; other?: XmlElement } {
  const out: { vat?: XmlElement; other?: XmlElement } = {};
  for (const pts of cacs(party, 'PartyTaxScheme')) {
    const id = cbc(pts, 'CompanyID');
    if (req(cbc(cac(pts, 'TaxScheme'), 'ID')) === 'VAT') out.vat ??= id;
    else out.other ??= id;
  }
  return out;
}

function sepaId(party: XmlElement | undefined): string | undefined {
  for (const pi of cacs(party, 'PartyIdentification')) {
    const id = cbc(pi, 'ID');
    if (attr(id, 'schemeID') === 'SEPA') return req(id);
  }
  return undefined;
}

function readSeller(party: XmlElement | undefined, rec: Recorder): Seller {
  rec('', 'BG-4', party);
  const legal = cac(party, 'PartyLegalEntity');
  let el = cbc(legal, 'RegistrationName');
  const seller: Seller = { name: req(el), identifiers: [], postalAddress: { countryCode: '' } };
  rec('', 'BT-27', el);
  el = cbc(cac(party, 'PartyName'), 'Name');
  put(seller, 'tradingName', text(el));
  rec('', 'BT-28', el);
  for (const pi of cacs(party, 'PartyIdentification')) {
    el = cbc(pi, 'ID');
    const id = ident(el);
    // EN 16931-3-2: a SEPA-scheme identification is BT-90 (bank assigned creditor id), not BT-29.
    if (!id || id.schemeId === 'SEPA') continue;
    seller.identifiers.push(id);
    rec('', `BT-29[${seller.identifiers.length}]`, el);
    rec(`BT-29[${seller.identifiers.length}]/`, 'BT-29-1', el, 'schemeID');
  }
  el = cbc(legal, 'CompanyID');
  put(seller, 'legalRegistrationId', ident(el));
  rec('', 'BT-30', el);
  rec('', 'BT-30-1', el, 'schemeID');
  const tax = taxSchemes(party);
  put(seller, 'vatId', text(tax.vat));
  rec('', 'BT-31', tax.vat);
  put(seller, 'taxRegistrationId', text(tax.other));
  rec('', 'BT-32', tax.other);
  el = cbc(legal, 'CompanyLegalForm');
  put(seller, 'additionalLegalInformation', text(el));
  rec('', 'BT-33', el);
  el = cbc(party, 'EndpointID');
  put(seller, 'electronicAddress', ident(el));
  rec('', 'BT-34', el);
  rec('', 'BT-34-1', el, 'schemeID');
  seller.postalAddress = readAddress(
    cac(party, 'PostalAddress'),
    'BG-5',
    ['BT-35', 'BT-36', 'BT-162', 'BT-37', 'BT-38', 'BT-39', 'BT-40'],
    rec,
  );
  const contact = cac(party, 'Contact');
  if (contact) {
    rec('', 'BG-6', contact);
    seller.contact = readContact(contact, ['BT-41', 'BT-42', 'BT-43'], rec);
  }
  return seller;
}

function readBuyer(party: XmlElement | undefined, rec: Recorder): Buyer {
  rec('', 'BG-7', party);
  const legal = cac(party, 'PartyLegalEntity');
  let el = cbc(legal, 'RegistrationName');
  const buyer: Buyer = { name: req(el), postalAddress: { countryCode: '' } };
  rec('', 'BT-44', el);
  el = cbc(cac(party, 'PartyName'), 'Name');
  put(buyer, 'tradingName', text(el));
  rec('', 'BT-45', el);
  el = cbc(cac(party, 'PartyIdentification'), 'ID');
  put(buyer, 'identifier', ident(el));
  rec('', 'BT-46', el);
  rec('', 'BT-46-1', el, 'schemeID');
  el = cbc(legal, 'CompanyID');
  put(buyer, 'legalRegistrationId', ident(el));
  rec('', 'BT-47', el);
  rec('', 'BT-47-1', el, 'schemeID');
  const tax = taxSchemes(party);
  put(buyer, 'vatId', text(tax.vat));
  rec('', 'BT-48', tax.vat);
  el = cbc(party, 'EndpointID');
  put(buyer, 'electronicAddress', ident(el));
  rec('', 'BT-49', el);
  rec('', 'BT-49-1', el, 'schemeID');
  buyer.postalAddress = readAddress(
    cac(party, 'PostalAddress'),
    'BG-8',
    ['BT-50', 'BT-51', 'BT-163', 'BT-52', 'BT-53', 'BT-54', 'BT-55'],
    rec,
  );
  const contact = cac(party, 'Contact');
  if (contact) {
    rec('', 'BG-9', contact);
    buyer.contact = readContact(contact, ['BT-56', 'BT-57', 'BT-58'], rec);
  }
  return buyer;
}

function readPayment(
  inv: Invoice,
  root: XmlElement,
  isCredit: boolean,
  creditorId: string | undefined,
  rec: Recorder,
): void {
  const means = cacs(root, 'PaymentMeans');
  const first = means[0];
  if (isCredit) {
    // EN 16931-3-2: a UBL CreditNote carries BT-9 in PaymentMeans.
    const due = means.map((m) => cbc(m, 'PaymentDueDate')).find((e) => e);
    put(inv, 'dueDate', date(due));
    rec('', 'BT-9', due);
  }
  let directDebit: NonNullable<PaymentInstructions['directDebit']> | undefined;
  if (first) {
    rec('', 'BG-16', first);
    let el = cbc(first, 'PaymentMeansCode');
    const pay: PaymentInstructions = { meansCode: req(el), creditTransfers: [] };
    rec('', 'BT-81', el);
    const name = attr(el, 'name');
    put(pay, 'meansText', name);
    rec('', 'BT-82', el, 'name');
    el = cbc(first, 'PaymentID');
    put(pay, 'remittanceInformation', text(el));
    rec('', 'BT-83', el);
    for (const m of means) {
      const acct = cac(m, 'PayeeFinancialAccount');
      if (acct) {
        const n = pay.creditTransfers.length + 1;
        const p = `BG-17[${n}]/`;
        rec('', `BG-17[${n}]`, acct);
        el = cbc(acct, 'ID');
        const ct: CreditTransfer = { accountId: req(el) };
        rec(p, 'BT-84', el);
        el = cbc(acct, 'Name');
        put(ct, 'accountName', text(el));
        rec(p, 'BT-85', el);
        el = cbc(cac(acct, 'FinancialInstitutionBranch'), 'ID');
        put(ct, 'serviceProviderId', text(el));
        rec(p, 'BT-86', el);
        pay.creditTransfers.push(ct);
      }
      const card = cac(m, 'CardAccount');
      if (card && !pay.paymentCard) {
        rec('', 'BG-18', card);
        el = cbc(card, 'PrimaryAccountNumberID');
        pay.paymentCard = { primaryAccountNumber: req(el) };
        rec('', 'BT-87', el);
        el = cbc(card, 'HolderName');
        put(pay.paymentCard, 'holderName', text(el));
        rec('', 'BT-88', el);
      }
      const mandate = cac(m, 'PaymentMandate');
      if (mandate && !directDebit) {
        rec('', 'BG-19', mandate);
        directDebit = {};
        el = cbc(mandate, 'ID');
        put(directDebit, 'mandateReference', text(el));
        rec('', 'BT-89', el);
        el = cbc(cac(mandate, 'PayerFinancialAccount'), 'ID');
        put(directDebit, 'debitedAccountId', text(el));
        rec('', 'BT-91', el);
      }
    }
    inv.paymentInstructions = pay;
  }
  if (creditorId !== undefined) directDebit = { ...directDebit, creditorId };
  if (directDebit) {
    inv.paymentInstructions ??= { meansCode: '', creditTransfers: [] };
    inv.paymentInstructions.directDebit = directDebit;
  }
}

function readDocAllowanceCharge(
  ac: XmlElement,
  isCharge: boolean,
  n: number,
  rec: Recorder,
): DocumentAllowanceCharge {
  const [g, amount, base, pct, cat, rate, reason, code] = isCharge
    ? ['BG-21', 'BT-99', 'BT-100', 'BT-101', 'BT-102', 'BT-103', 'BT-104', 'BT-105']
    : ['BG-20', 'BT-92', 'BT-93', 'BT-94', 'BT-95', 'BT-96', 'BT-97', 'BT-98'];
  const p = `${g}[${n}]/`;
  rec('', `${g}[${n}]`, ac);
  const line = readAllowanceChargeCommon(ac, p, [amount, base, pct, reason, code], rec);
  const tc = cac(ac, 'TaxCategory');
  let el = cbc(tc, 'ID');
  const out: DocumentAllowanceCharge = { ...line, vatCategoryCode: req(el) };
  rec(p, cat, el);
  el = cbc(tc, 'Percent');
  put(out, 'vatRate', text(el));
  rec(p, rate, el);
  return out;
}

/** ids: amount, base amount, percentage, reason, reason code. */
function readAllowanceChargeCommon(
  ac: XmlElement,
  p: string,
  ids: string[],
  rec: Recorder,
): LineAllowanceCharge {
  const [amount, base, pct, reason, code] = ids as [string, string, string, string, string];
  let el = cbc(ac, 'Amount');
  const out: LineAllowanceCharge = { amount: req(el) };
  rec(p, amount, el);
  el = cbc(ac, 'BaseAmount');
  put(out, 'baseAmount', text(el));
  rec(p, base, el);
  el = cbc(ac, 'MultiplierFactorNumeric');
  put(out, 'percentage', text(el));
  rec(p, pct, el);
  el = cbc(ac, 'AllowanceChargeReason');
  put(out, 'reason', text(el));
  rec(p, reason, el);
  el = cbc(ac, 'AllowanceChargeReasonCode');
  put(out, 'reasonCode', text(el));
  rec(p, code, el);
  return out;
}

function readTaxTotals(inv: Invoice, root: XmlElement, rec: Recorder): void {
  const totals = cacs(root, 'TaxTotal');
  const accounting = inv.vatAccountingCurrencyCode;
  // BT-110 is the TaxTotal in the invoice currency with the breakdown; BT-111 the one in BT-6.
  let main = totals.find((t) => cac(t, 'TaxSubtotal')) ?? totals[0];
  if (accounting !== undefined && accounting !== inv.currencyCode) {
    main = totals.find((t) => attr(cbc(t, 'TaxAmount'), 'currencyID') !== accounting) ?? main;
  }
  for (const t of totals) {
    const amount = cbc(t, 'TaxAmount');
    if (t === main) {
      put(inv.totals, 'taxAmount', text(amount));
      rec('', 'BT-110', amount);
    } else if (!inv.totals.taxAmountInAccountingCurrency && amount) {
      const currencyId = attr(amount, 'currencyID');
      const value = req(amount);
      inv.totals.taxAmountInAccountingCurrency =
        currencyId === undefined ? { value } : { value, currencyId };
      rec('', 'BT-111', amount);
    }
  }
  cacs(main, 'TaxSubtotal').forEach((st, i) => {
    const p = `BG-23[${i + 1}]/`;
    rec('', `BG-23[${i + 1}]`, st);
    const cat = cac(st, 'TaxCategory');
    const taxable = cbc(st, 'TaxableAmount');
    const amount = cbc(st, 'TaxAmount');
    const code = cbc(cat, 'ID');
    const vb: VatBreakdown = {
      taxableAmount: req(taxable),
      taxAmount: req(amount),
      categoryCode: req(code),
    };
    rec(p, 'BT-116', taxable);
    rec(p, 'BT-117', amount);
    rec(p, 'BT-118', code);
    let el = cbc(cat, 'Percent');
    put(vb, 'rate', text(el));
    rec(p, 'BT-119', el);
    el = cbc(cat, 'TaxExemptionReason');
    put(vb, 'exemptionReason', text(el));
    rec(p, 'BT-120', el);
    el = cbc(cat, 'TaxExemptionReasonCode');
    put(vb, 'exemptionReasonCode', text(el));
    rec(p, 'BT-121', el);
    inv.vatBreakdown.push(vb);
  });
}

function readMonetaryTotal(inv: Invoice, lmt: XmlElement | undefined, rec: Recorder): void {
  rec('', 'BG-22', lmt);
  const t = inv.totals;
  let el = cbc(lmt, 'LineExtensionAmount');
  t.lineNetAmount = req(el);
  rec('', 'BT-106', el);
  el = cbc(lmt, 'AllowanceTotalAmount');
  put(t, 'allowanceTotal', text(el));
  rec('', 'BT-107', el);
  el = cbc(lmt, 'ChargeTotalAmount');
  put(t, 'chargeTotal', text(el));
  rec('', 'BT-108', el);
  el = cbc(lmt, 'TaxExclusiveAmount');
  t.taxExclusiveAmount = req(el);
  rec('', 'BT-109', el);
  el = cbc(lmt, 'TaxInclusiveAmount');
  t.taxInclusiveAmount = req(el);
  rec('', 'BT-112', el);
  el = cbc(lmt, 'PrepaidAmount');
  put(t, 'paidAmount', text(el));
  rec('', 'BT-113', el);
  el = cbc(lmt, 'PayableRoundingAmount');
  put(t, 'roundingAmount', text(el));
  rec('', 'BT-114', el);
  el = cbc(lmt, 'PayableAmount');
  t.payableAmount = req(el);
  rec('', 'BT-115', el);
}

function readLine(line: XmlElement, isCredit: boolean, p: string, rec: Recorder): InvoiceLine {
  let el = cbc(line, 'ID');
  const id = req(el);
  rec(p, 'BT-126', el);
  const qty = cbc(line, isCredit ? 'CreditedQuantity' : 'InvoicedQuantity');
  rec(p, 'BT-129', qty);
  rec(p, 'BT-130', qty, 'unitCode');
  const net = cbc(line, 'LineExtensionAmount');
  rec(p, 'BT-131', net);
  const item = cac(line, 'Item');
  const price = cac(line, 'Price');
  const vatCat = cac(item, 'ClassifiedTaxCategory');
  const out: InvoiceLine = {
    id,
    quantity: req(qty),
    unitCode: attr(qty, 'unitCode') ?? '',
    netAmount: req(net),
    allowances: [],
    charges: [],
    price: { netPrice: '' },
    vat: { categoryCode: '' },
    item: { name: '', classifications: [], attributes: [] },
  };
  el = cbc(line, 'Note');
  put(out, 'note', text(el));
  rec(p, 'BT-127', el);
  for (const dr of cacs(line, 'DocumentReference')) {
    if (req(cbc(dr, 'DocumentTypeCode')) === '130') {
      el = cbc(dr, 'ID');
      out.objectIdentifier = ident(el) ?? { value: '' };
      rec(p, 'BT-128', el);
      rec(p, 'BT-128-1', el, 'schemeID');
      break;
    }
  }
  el = cbc(cac(line, 'OrderLineReference'), 'LineID');
  put(out, 'purchaseOrderLineReference', text(el));
  rec(p, 'BT-132', el);
  el = cbc(line, 'AccountingCost');
  put(out, 'buyerAccountingReference', text(el));
  rec(p, 'BT-133', el);
  const period = cac(line, 'InvoicePeriod');
  if (period) out.period = readPeriod(period, p, 'BG-26', 'BT-134', 'BT-135', rec);
  for (const ac of cacs(line, 'AllowanceCharge')) {
    const isCharge = req(cbc(ac, 'ChargeIndicator')) === 'true';
    const list = isCharge ? out.charges : out.allowances;
    const g = `${isCharge ? 'BG-28' : 'BG-27'}[${list.length + 1}]`;
    rec(p, g, ac);
    const ids = isCharge
      ? ['BT-141', 'BT-142', 'BT-143', 'BT-144', 'BT-145']
      : ['BT-136', 'BT-137', 'BT-138', 'BT-139', 'BT-140'];
    list.push(readAllowanceChargeCommon(ac, `${p}${g}/`, ids, rec));
  }
  rec(p, 'BG-29', price);
  el = cbc(price, 'PriceAmount');
  out.price.netPrice = req(el);
  rec(p, 'BT-146', el);
  const priceAc = cac(price, 'AllowanceCharge');
  el = cbc(priceAc, 'Amount');
  put(out.price, 'discount', text(el));
  rec(p, 'BT-147', el);
  el = cbc(priceAc, 'BaseAmount');
  put(out.price, 'grossPrice', text(el));
  rec(p, 'BT-148', el);
  el = cbc(price, 'BaseQuantity');
  put(out.price, 'baseQuantity', text(el));
  put(out.price, 'baseQuantityUnitCode', attr(el, 'unitCode'));
  rec(p, 'BT-149', el);
  rec(p, 'BT-150', el, 'unitCode');
  rec(p, 'BG-30', vatCat);
  el = cbc(vatCat, 'ID');
  out.vat.categoryCode = req(el);
  rec(p, 'BT-151', el);
  el = cbc(vatCat, 'Percent');
  put(out.vat, 'rate', text(el));
  rec(p, 'BT-152', el);
  readItem(out, item, p, rec);
  return out;
}

function readItem(out: InvoiceLine, item: XmlElement | undefined, p: string, rec: Recorder): void {
  rec(p, 'BG-31', item);
  const it = out.item;
  let el = cbc(item, 'Name');
  it.name = req(el);
  rec(p, 'BT-153', el);
  el = cbc(item, 'Description');
  put(it, 'description', text(el));
  rec(p, 'BT-154', el);
  el = cbc(cac(item, 'SellersItemIdentification'), 'ID');
  put(it, 'sellerId', text(el));
  rec(p, 'BT-155', el);
  el = cbc(cac(item, 'BuyersItemIdentification'), 'ID');
  put(it, 'buyerId', text(el));
  rec(p, 'BT-156', el);
  el = cbc(cac(item, 'StandardItemIdentification'), 'ID');
  put(it, 'standardId', ident(el));
  rec(p, 'BT-157', el);
  rec(p, 'BT-157-1', el, 'schemeID');
  for (const cc of cacs(item, 'CommodityClassification')) {
    el = cbc(cc, 'ItemClassificationCode');
    if (!el) continue;
    const c: ItemClassification = { value: req(el) };
    put(c, 'schemeId', attr(el, 'listID'));
    put(c, 'schemeVersion', attr(el, 'listVersionID'));
    it.classifications.push(c);
    const q = `${p}BT-158[${it.classifications.length}]`;
    rec(q, '', el);
    rec(`${q}/`, 'BT-158-1', el, 'listID');
    rec(`${q}/`, 'BT-158-2', el, 'listVersionID');
  }
  el = cbc(cac(item, 'OriginCountry'), 'IdentificationCode');
  put(it, 'originCountryCode', text(el));
  rec(p, 'BT-159', el);
  cacs(item, 'AdditionalItemProperty').forEach((prop, i) => {
    const q = `${p}BG-32[${i + 1}]`;
    rec(q, '', prop);
    const name = cbc(prop, 'Name');
    const value = cbc(prop, 'Value');
    it.attributes.push({ name: req(name), value: req(value) });
    rec(`${q}/`, 'BT-160', name);
    rec(`${q}/`, 'BT-161', value);
  });
}
