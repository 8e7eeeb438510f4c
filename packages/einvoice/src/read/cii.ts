import { emptyInvoice, kindOfTypeCode } from '../model/invoice';
import type {
  Contact,
  CreditTransfer,
  DocumentAllowanceCharge,
  Identifier,
  Invoice,
  InvoiceLine,
  InvoiceNote,
  ItemClassification,
  LineAllowanceCharge,
  PaymentInstructions,
  Period,
  PostalAddress,
  PrecedingInvoiceReference,
  SupportingDocument,
  VatBreakdown,
} from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, kid, kids, put, req, text } from './helpers';
import type { Recorder } from './source-map';

export const CII_NS = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
export const RAM =
  'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100';
export const UDT = 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100';
export const QDT = 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100';

const ram = (el: XmlElement | undefined, local: string) => kid(el, RAM, local);
const rams = (el: XmlElement | undefined, local: string) => kids(el, RAM, local);
const rsm = (el: XmlElement | undefined, local: string) => kid(el, CII_NS, local);

/** BT-8: CII uses UNTDID 2475 codes where the model (and UBL) use UNTDID 2005. */
export const CII_TO_VAT_POINT_CODE: Readonly<Record<string, string>> = {
  '5': '3',
  '29': '35',
  '72': '432',
};

/** A date in CII's format 102 (YYYYMMDD) as 'YYYY-MM-DD'; anything else is kept as written for the rules. */
function date(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = el.text.trim();
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;
}

/** The DateTimeString (udt or qdt) inside a date-time element. */
function dts(el: XmlElement | undefined): XmlElement | undefined {
  return kid(el, UDT, 'DateTimeString') ?? kid(el, QDT, 'DateTimeString');
}

/**
 * Reads a UN/CEFACT CII D16B CrossIndustryInvoice tree (also the XML of Factur-X/ZUGFeRD) into the
 * model, following the EN 16931-3-3 syntax binding. Tolerant, like the UBL reader.
 */
export function readCii(root: XmlElement, rec: Recorder): Invoice {
  const ctx = rsm(root, 'ExchangedDocumentContext');
  const doc = rsm(root, 'ExchangedDocument');
  const tx = rsm(root, 'SupplyChainTradeTransaction');
  const agreement = ram(tx, 'ApplicableHeaderTradeAgreement');
  const delivery = ram(tx, 'ApplicableHeaderTradeDelivery');
  const settlement = ram(tx, 'ApplicableHeaderTradeSettlement');

  let el = ram(doc, 'TypeCode');
  const typeCode = req(el);
  const inv = emptyInvoice(kindOfTypeCode(typeCode));
  inv.typeCode = typeCode;
  rec('', 'BG-0', root);
  rec('', 'BT-3', el);
  el = ram(doc, 'ID');
  inv.number = req(el);
  rec('', 'BT-1', el);
  el = dts(ram(doc, 'IssueDateTime'));
  inv.issueDate = date(el) ?? '';
  rec('', 'BT-2', el);
  rams(doc, 'IncludedNote').forEach((n, i) => {
    const p = `BG-1[${i + 1}]/`;
    rec('', `BG-1[${i + 1}]`, n);
    const content = ram(n, 'Content');
    const subject = ram(n, 'SubjectCode');
    const note: InvoiceNote = { text: req(content) };
    put(note, 'subjectCode', text(subject));
    inv.notes.push(note);
    rec(p, 'BT-22', content);
    rec(p, 'BT-21', subject);
  });
  rec('', 'BG-2', ctx);
  el = ram(ram(ctx, 'BusinessProcessSpecifiedDocumentContextParameter'), 'ID');
  put(inv.processControl, 'businessProcessType', text(el));
  rec('', 'BT-23', el);
  el = ram(ram(ctx, 'GuidelineSpecifiedDocumentContextParameter'), 'ID');
  inv.processControl.specificationIdentifier = req(el);
  rec('', 'BT-24', el);

  readAgreement(inv, agreement, rec);
  readDelivery(inv, delivery, rec);
  readSettlement(inv, settlement, rec);
  rams(tx, 'IncludedSupplyChainTradeLineItem').forEach((line, i) => {
    rec('', `BG-25[${i + 1}]`, line);
    inv.lines.push(readLine(line, `BG-25[${i + 1}]/`, rec));
  });
  return inv;
}

function readRef(el: XmlElement | undefined, id: string, rec: Recorder): string | undefined {
  const ref = ram(el, 'IssuerAssignedID');
  rec('', id, ref);
  return text(ref);
}

function readAgreement(inv: Invoice, agreement: XmlElement | undefined, rec: Recorder): void {
  let el = ram(agreement, 'BuyerReference');
  put(inv, 'buyerReference', text(el));
  rec('', 'BT-10', el);
  const seller = ram(agreement, 'SellerTradeParty');
  rec('', 'BG-4', seller);
  el = ram(seller, 'Name');
  inv.seller.name = req(el);
  rec('', 'BT-27', el);
  const sellerLegal = ram(seller, 'SpecifiedLegalOrganization');
  el = ram(sellerLegal, 'TradingBusinessName');
  put(inv.seller, 'tradingName', text(el));
  rec('', 'BT-28', el);
  for (const id of partyIds(seller)) {
    inv.seller.identifiers.push(ident(id) as Identifier);
    const n = inv.seller.identifiers.length;
    rec('', `BT-29[${n}]`, id);
    rec(`BT-29[${n}]/`, 'BT-29-1', id, 'schemeID');
  }
  el = ram(sellerLegal, 'ID');
  put(inv.seller, 'legalRegistrationId', ident(el));
  rec('', 'BT-30', el);
  rec('', 'BT-30-1', el, 'schemeID');
  el = taxRegistration(seller, 'VA');
  put(inv.seller, 'vatId', text(el));
  rec('', 'BT-31', el);
  el = taxRegistration(seller, 'FC');
  put(inv.seller, 'taxRegistrationId', text(el));
  rec('', 'BT-32', el);
  el = ram(seller, 'Description');
  put(inv.seller, 'additionalLegalInformation', text(el));
  rec('', 'BT-33', el);
  el = ram(ram(seller, 'URIUniversalCommunication'), 'URIID');
  put(inv.seller, 'electronicAddress', ident(el));
  rec('', 'BT-34', el);
  rec('', 'BT-34-1', el, 'schemeID');
  inv.seller.postalAddress = readAddress(
    ram(seller, 'PostalTradeAddress'),
    'BG-5',
    ['BT-35', 'BT-36', 'BT-162', 'BT-37', 'BT-38', 'BT-39', 'BT-40'],
    rec,
  );
  put(
    inv.seller,
    'contact',
    readContact(ram(seller, 'DefinedTradeContact'), ['BG-6', 'BT-41', 'BT-42', 'BT-43'], rec),
  );

  const buyer = ram(agreement, 'BuyerTradeParty');
  rec('', 'BG-7', buyer);
  el = ram(buyer, 'Name');
  inv.buyer.name = req(el);
  rec('', 'BT-44', el);
  const buyerLegal = ram(buyer, 'SpecifiedLegalOrganization');
  el = ram(buyerLegal, 'TradingBusinessName');
  put(inv.buyer, 'tradingName', text(el));
  rec('', 'BT-45', el);
  el = partyIds(buyer)[0];
  put(inv.buyer, 'identifier', ident(el));
  rec('', 'BT-46', el);
  rec('', 'BT-46-1', el, 'schemeID');
  el = ram(buyerLegal, 'ID');
  put(inv.buyer, 'legalRegistrationId', ident(el));
  rec('', 'BT-47', el);
  rec('', 'BT-47-1', el, 'schemeID');
  el = taxRegistration(buyer, 'VA');
  put(inv.buyer, 'vatId', text(el));
  rec('', 'BT-48', el);
  el = ram(ram(buyer, 'URIUniversalCommunication'), 'URIID');
  put(inv.buyer, 'electronicAddress', ident(el));
  rec('', 'BT-49', el);
  rec('', 'BT-49-1', el, 'schemeID');
  inv.buyer.postalAddress = readAddress(
    ram(buyer, 'PostalTradeAddress'),
    'BG-8',
    ['BT-50', 'BT-51', 'BT-163', 'BT-52', 'BT-53', 'BT-54', 'BT-55'],
    rec,
  );
  put(
    inv.buyer,
    'contact',
    readContact(ram(buyer, 'DefinedTradeContact'), ['BG-9', 'BT-56', 'BT-57', 'BT-58'], rec),
  );

  const rep = ram(agreement, 'SellerTaxRepresentativeTradeParty');
  if (rep) {
    rec('', 'BG-11', rep);
    const name = ram(rep, 'Name');
    const vat = taxRegistration(rep, 'VA');
    rec('', 'BT-62', name);
    rec('', 'BT-63', vat);
    inv.sellerTaxRepresentative = {
      name: req(name),
      vatId: req(vat),
      postalAddress: readAddress(
        ram(rep, 'PostalTradeAddress'),
        'BG-12',
        ['BT-64', 'BT-65', 'BT-164', 'BT-66', 'BT-67', 'BT-68', 'BT-69'],
        rec,
      ),
    };
  }
  put(
    inv,
    'salesOrderReference',
    readRef(ram(agreement, 'SellerOrderReferencedDocument'), 'BT-14', rec),
  );
  put(
    inv,
    'purchaseOrderReference',
    readRef(ram(agreement, 'BuyerOrderReferencedDocument'), 'BT-13', rec),
  );
  put(
    inv,
    'contractReference',
    readRef(ram(agreement, 'ContractReferencedDocument'), 'BT-12', rec),
  );
  for (const ard of rams(agreement, 'AdditionalReferencedDocument')) {
    const code = text(ram(ard, 'TypeCode'));
    el = ram(ard, 'IssuerAssignedID');
    if (code === '50' && inv.tenderOrLotReference === undefined) {
      inv.tenderOrLotReference = req(el);
      rec('', 'BT-17', el);
    } else if (code === '130' && !inv.invoicedObjectIdentifier) {
      const scheme = ram(ard, 'ReferenceTypeCode');
      inv.invoicedObjectIdentifier = { value: req(el) };
      put(inv.invoicedObjectIdentifier, 'schemeId', text(scheme));
      rec('', 'BT-18', el);
      rec('', 'BT-18-1', scheme);
    } else {
      inv.supportingDocuments.push(
        readSupportingDocument(ard, inv.supportingDocuments.length + 1, rec),
      );
    }
  }
  el = ram(ram(agreement, 'SpecifiedProcuringProject'), 'ID');
  put(inv, 'projectReference', text(el));
  rec('', 'BT-11', el);
}

/** Party identifiers: ram:ID (no scheme) and ram:GlobalID (with schemeID), in document order. */
function partyIds(party: XmlElement | undefined): XmlElement[] {
  if (!party) return [];
  return party.children.filter((c) => c.ns === RAM && (c.local === 'ID' || c.local === 'GlobalID'));
}

function taxRegistration(
  party: XmlElement | undefined,
  scheme: 'VA' | 'FC',
): XmlElement | undefined {
  for (const tr of rams(party, 'SpecifiedTaxRegistration')) {
    const id = ram(tr, 'ID');
    if (attr(id, 'schemeID') === scheme) return id;
  }
  return undefined;
}

function readSupportingDocument(ard: XmlElement, n: number, rec: Recorder): SupportingDocument {
  const p = `BG-24[${n}]/`;
  rec('', `BG-24[${n}]`, ard);
  let el = ram(ard, 'IssuerAssignedID');
  const doc: SupportingDocument = { reference: req(el) };
  rec(p, 'BT-122', el);
  el = ram(ard, 'Name');
  put(doc, 'description', text(el));
  rec(p, 'BT-123', el);
  el = ram(ard, 'URIID');
  put(doc, 'externalLocation', text(el));
  rec(p, 'BT-124', el);
  el = ram(ard, 'AttachmentBinaryObject');
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
  const fields: [keyof PostalAddress, string, string][] = [
    ['line1', 'LineOne', l1],
    ['line2', 'LineTwo', l2],
    ['line3', 'LineThree', l3],
    ['city', 'CityName', city],
    ['postCode', 'PostcodeCode', pc],
    ['countrySubdivision', 'CountrySubDivisionName', sub],
  ];
  for (const [key, local, id] of fields) {
    const e = ram(el, local);
    put(addr, key, text(e));
    rec('', id, e);
  }
  const e = ram(el, 'CountryID');
  addr.countryCode = req(e);
  rec('', country, e);
  return addr;
}

/** ids: group, contact point, telephone, email. */
function readContact(
  el: XmlElement | undefined,
  ids: string[],
  rec: Recorder,
): Contact | undefined {
  if (!el) return undefined;
  const [group, name, phone, email] = ids as [string, string, string, string];
  rec('', group, el);
  const contact: Contact = {};
  let e = ram(el, 'PersonName') ?? ram(el, 'DepartmentName');
  put(contact, 'name', text(e));
  rec('', name, e);
  e = ram(ram(el, 'TelephoneUniversalCommunication'), 'CompleteNumber');
  put(contact, 'telephone', text(e));
  rec('', phone, e);
  e = ram(ram(el, 'EmailURIUniversalCommunication'), 'URIID');
  put(contact, 'email', text(e));
  rec('', email, e);
  return contact;
}

function readDelivery(inv: Invoice, delivery: XmlElement | undefined, rec: Recorder): void {
  const shipTo = ram(delivery, 'ShipToTradeParty');
  const event = ram(delivery, 'ActualDeliverySupplyChainEvent');
  if (shipTo || event) {
    rec('', 'BG-13', shipTo ?? event);
    const d: NonNullable<Invoice['delivery']> = {};
    let el = ram(shipTo, 'Name');
    put(d, 'partyName', text(el));
    rec('', 'BT-70', el);
    el = partyIds(shipTo)[0];
    put(d, 'locationId', ident(el));
    rec('', 'BT-71', el);
    rec('', 'BT-71-1', el, 'schemeID');
    el = dts(ram(event, 'OccurrenceDateTime'));
    put(d, 'actualDeliveryDate', date(el));
    rec('', 'BT-72', el);
    const addr = ram(shipTo, 'PostalTradeAddress');
    if (addr)
      d.address = readAddress(
        addr,
        'BG-15',
        ['BT-75', 'BT-76', 'BT-165', 'BT-77', 'BT-78', 'BT-79', 'BT-80'],
        rec,
      );
    inv.delivery = d;
  }
  put(
    inv,
    'despatchAdviceReference',
    readRef(ram(delivery, 'DespatchAdviceReferencedDocument'), 'BT-16', rec),
  );
  put(
    inv,
    'receivingAdviceReference',
    readRef(ram(delivery, 'ReceivingAdviceReferencedDocument'), 'BT-15', rec),
  );
}

function readPeriod(
  el: XmlElement,
  prefix: string,
  ids: [string, string, string],
  rec: Recorder,
): Period {
  const period: Period = {};
  rec(prefix, ids[0], el);
  const start = dts(ram(el, 'StartDateTime'));
  const end = dts(ram(el, 'EndDateTime'));
  put(period, 'startDate', date(start));
  put(period, 'endDate', date(end));
  rec(prefix, ids[1], start);
  rec(prefix, ids[2], end);
  return period;
}

function readSettlement(inv: Invoice, s: XmlElement | undefined, rec: Recorder): void {
  let el = ram(s, 'InvoiceCurrencyCode');
  inv.currencyCode = req(el);
  rec('', 'BT-5', el);
  el = ram(s, 'TaxCurrencyCode');
  put(inv, 'vatAccountingCurrencyCode', text(el));
  rec('', 'BT-6', el);

  const payee = ram(s, 'PayeeTradeParty');
  if (payee) {
    rec('', 'BG-10', payee);
    el = ram(payee, 'Name');
    inv.payee = { name: req(el) };
    rec('', 'BT-59', el);
    el = partyIds(payee)[0];
    put(inv.payee, 'identifier', ident(el));
    rec('', 'BT-60', el);
    rec('', 'BT-60-1', el, 'schemeID');
    el = ram(ram(payee, 'SpecifiedLegalOrganization'), 'ID');
    put(inv.payee, 'legalRegistrationId', ident(el));
    rec('', 'BT-61', el);
    rec('', 'BT-61-1', el, 'schemeID');
  }
  readPayment(inv, s, rec);

  rams(s, 'ApplicableTradeTax').forEach((t, i) => {
    const p = `BG-23[${i + 1}]/`;
    rec('', `BG-23[${i + 1}]`, t);
    const basis = ram(t, 'BasisAmount');
    const amount = ram(t, 'CalculatedAmount');
    const code = ram(t, 'CategoryCode');
    const vb: VatBreakdown = {
      taxableAmount: req(basis),
      taxAmount: req(amount),
      categoryCode: req(code),
    };
    rec(p, 'BT-116', basis);
    rec(p, 'BT-117', amount);
    rec(p, 'BT-118', code);
    let e = ram(t, 'RateApplicablePercent');
    put(vb, 'rate', text(e));
    rec(p, 'BT-119', e);
    e = ram(t, 'ExemptionReason');
    put(vb, 'exemptionReason', text(e));
    rec(p, 'BT-120', e);
    e = ram(t, 'ExemptionReasonCode');
    put(vb, 'exemptionReasonCode', text(e));
    rec(p, 'BT-121', e);
    inv.vatBreakdown.push(vb);
    // BT-7 and BT-8 are document-level terms that CII repeats in each breakdown: the first one counts.
    e = kid(ram(t, 'TaxPointDate'), UDT, 'DateString');
    if (e && inv.vatPointDate === undefined) {
      inv.vatPointDate = date(e) ?? '';
      rec('', 'BT-7', e);
    }
    e = ram(t, 'DueDateTypeCode');
    if (e && inv.vatPointDateCode === undefined) {
      const code = req(e);
      inv.vatPointDateCode = CII_TO_VAT_POINT_CODE[code] ?? code;
      rec('', 'BT-8', e);
    }
  });
  const period = ram(s, 'BillingSpecifiedPeriod');
  if (period) inv.invoicingPeriod = readPeriod(period, '', ['BG-14', 'BT-73', 'BT-74'], rec);
  for (const ac of rams(s, 'SpecifiedTradeAllowanceCharge')) {
    const isCharge = isChargeIndicator(ac);
    const list = isCharge ? inv.charges : inv.allowances;
    list.push(readDocAllowanceCharge(ac, isCharge, list.length + 1, rec));
  }
  const terms = ram(s, 'SpecifiedTradePaymentTerms');
  el = ram(terms, 'Description');
  put(inv, 'paymentTerms', text(el));
  rec('', 'BT-20', el);
  el = dts(ram(terms, 'DueDateDateTime'));
  put(inv, 'dueDate', date(el));
  rec('', 'BT-9', el);
  readTotals(inv, ram(s, 'SpecifiedTradeSettlementHeaderMonetarySummation'), rec);
  rams(s, 'InvoiceReferencedDocument').forEach((ref, i) => {
    const p = `BG-3[${i + 1}]/`;
    rec('', `BG-3[${i + 1}]`, ref);
    let e = ram(ref, 'IssuerAssignedID');
    const preceding: PrecedingInvoiceReference = { reference: req(e) };
    rec(p, 'BT-25', e);
    e = kid(ram(ref, 'FormattedIssueDateTime'), QDT, 'DateTimeString');
    put(preceding, 'issueDate', date(e));
    rec(p, 'BT-26', e);
    inv.precedingInvoices.push(preceding);
  });
  el = ram(ram(s, 'ReceivableSpecifiedTradeAccountingAccount'), 'ID');
  put(inv, 'buyerAccountingReference', text(el));
  rec('', 'BT-19', el);
}

function readPayment(inv: Invoice, s: XmlElement | undefined, rec: Recorder): void {
  const means = rams(s, 'SpecifiedTradeSettlementPaymentMeans');
  const first = means[0];
  let el: XmlElement | undefined;
  if (first) {
    rec('', 'BG-16', first);
    el = ram(first, 'TypeCode');
    const pay: PaymentInstructions = { meansCode: req(el), creditTransfers: [] };
    rec('', 'BT-81', el);
    el = ram(first, 'Information');
    put(pay, 'meansText', text(el));
    rec('', 'BT-82', el);
    for (const m of means) {
      const acct = ram(m, 'PayeePartyCreditorFinancialAccount');
      if (acct) {
        const n = pay.creditTransfers.length + 1;
        const p = `BG-17[${n}]/`;
        rec('', `BG-17[${n}]`, acct);
        el = ram(acct, 'IBANID') ?? ram(acct, 'ProprietaryID');
        const ct: CreditTransfer = { accountId: req(el) };
        rec(p, 'BT-84', el);
        el = ram(acct, 'AccountName');
        put(ct, 'accountName', text(el));
        rec(p, 'BT-85', el);
        el = ram(ram(m, 'PayeeSpecifiedCreditorFinancialInstitution'), 'BICID');
        put(ct, 'serviceProviderId', text(el));
        rec(p, 'BT-86', el);
        pay.creditTransfers.push(ct);
      }
      const card = ram(m, 'ApplicableTradeSettlementFinancialCard');
      if (card && !pay.paymentCard) {
        rec('', 'BG-18', card);
        el = ram(card, 'ID');
        pay.paymentCard = { primaryAccountNumber: req(el) };
        rec('', 'BT-87', el);
        el = ram(card, 'CardholderName');
        put(pay.paymentCard, 'holderName', text(el));
        rec('', 'BT-88', el);
      }
    }
    inv.paymentInstructions = pay;
  }
  const mandate = ram(ram(s, 'SpecifiedTradePaymentTerms'), 'DirectDebitMandateID');
  const creditor = ram(s, 'CreditorReferenceID');
  const debited = means
    .map((m) => ram(ram(m, 'PayerPartyDebtorFinancialAccount'), 'IBANID'))
    .find((e) => e);
  if (mandate || creditor || debited) {
    const dd: NonNullable<PaymentInstructions['directDebit']> = {};
    put(dd, 'mandateReference', text(mandate));
    put(dd, 'creditorId', text(creditor));
    put(dd, 'debitedAccountId', text(debited));
    rec('', 'BG-19', mandate ?? creditor ?? debited);
    rec('', 'BT-89', mandate);
    rec('', 'BT-90', creditor);
    rec('', 'BT-91', debited);
    inv.paymentInstructions ??= { meansCode: '', creditTransfers: [] };
    inv.paymentInstructions.directDebit = dd;
  }
  el = ram(s, 'PaymentReference');
  if (el) {
    inv.paymentInstructions ??= { meansCode: '', creditTransfers: [] };
    inv.paymentInstructions.remittanceInformation = req(el);
    rec('', 'BT-83', el);
  }
}

function isChargeIndicator(ac: XmlElement): boolean {
  return req(kid(ram(ac, 'ChargeIndicator'), UDT, 'Indicator')) === 'true';
}

/** ids: amount, base amount, percentage, reason, reason code. */
function readAllowanceChargeCommon(
  ac: XmlElement,
  p: string,
  ids: string[],
  rec: Recorder,
): LineAllowanceCharge {
  const [amount, base, pct, reason, code] = ids as [string, string, string, string, string];
  let el = ram(ac, 'ActualAmount');
  const out: LineAllowanceCharge = { amount: req(el) };
  rec(p, amount, el);
  el = ram(ac, 'BasisAmount');
  put(out, 'baseAmount', text(el));
  rec(p, base, el);
  el = ram(ac, 'CalculationPercent');
  put(out, 'percentage', text(el));
  rec(p, pct, el);
  el = ram(ac, 'Reason');
  put(out, 'reason', text(el));
  rec(p, reason, el);
  el = ram(ac, 'ReasonCode');
  put(out, 'reasonCode', text(el));
  rec(p, code, el);
  return out;
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
  const common = readAllowanceChargeCommon(ac, p, [amount, base, pct, reason, code], rec);
  const tax = ram(ac, 'CategoryTradeTax');
  let el = ram(tax, 'CategoryCode');
  const out: DocumentAllowanceCharge = { ...common, vatCategoryCode: req(el) };
  rec(p, cat, el);
  el = ram(tax, 'RateApplicablePercent');
  put(out, 'vatRate', text(el));
  rec(p, rate, el);
  return out;
}

function readTotals(inv: Invoice, sum: XmlElement | undefined, rec: Recorder): void {
  rec('', 'BG-22', sum);
  const t = inv.totals;
  const one = (local: string, id: string): string | undefined => {
    const e = ram(sum, local);
    rec('', id, e);
    return text(e);
  };
  t.lineNetAmount = one('LineTotalAmount', 'BT-106') ?? '';
  put(t, 'chargeTotal', one('ChargeTotalAmount', 'BT-108'));
  put(t, 'allowanceTotal', one('AllowanceTotalAmount', 'BT-107'));
  t.taxExclusiveAmount = one('TaxBasisTotalAmount', 'BT-109') ?? '';
  // BT-110 is in the invoice currency, BT-111 in the VAT accounting currency (BT-6).
  const taxTotals = rams(sum, 'TaxTotalAmount');
  const accounting = inv.vatAccountingCurrencyCode;
  const separate = accounting !== undefined && accounting !== inv.currencyCode;
  let main = taxTotals[0];
  if (separate)
    main =
      taxTotals.find((e) => attr(e, 'currencyID') !== accounting) ??
      (taxTotals.length > 1 ? main : undefined);
  for (const e of taxTotals) {
    if (e === main) {
      t.taxAmount = req(e);
      rec('', 'BT-110', e);
    } else if (!t.taxAmountInAccountingCurrency) {
      const currencyId = attr(e, 'currencyID');
      t.taxAmountInAccountingCurrency =
        currencyId === undefined ? { value: req(e) } : { value: req(e), currencyId };
      rec('', 'BT-111', e);
    }
  }
  put(t, 'roundingAmount', one('RoundingAmount', 'BT-114'));
  t.taxInclusiveAmount = one('GrandTotalAmount', 'BT-112') ?? '';
  put(t, 'paidAmount', one('TotalPrepaidAmount', 'BT-113'));
  t.payableAmount = one('DuePayableAmount', 'BT-115') ?? '';
}

function readLine(line: XmlElement, p: string, rec: Recorder): InvoiceLine {
  const docLine = ram(line, 'AssociatedDocumentLineDocument');
  const product = ram(line, 'SpecifiedTradeProduct');
  const agreement = ram(line, 'SpecifiedLineTradeAgreement');
  const delivery = ram(line, 'SpecifiedLineTradeDelivery');
  const settlement = ram(line, 'SpecifiedLineTradeSettlement');
  const idEl = ram(docLine, 'LineID');
  const qty = ram(delivery, 'BilledQuantity');
  const net = ram(
    ram(settlement, 'SpecifiedTradeSettlementLineMonetarySummation'),
    'LineTotalAmount',
  );
  rec(p, 'BT-126', idEl);
  rec(p, 'BT-129', qty);
  rec(p, 'BT-130', qty, 'unitCode');
  rec(p, 'BT-131', net);
  const out: InvoiceLine = {
    id: req(idEl),
    quantity: req(qty),
    unitCode: attr(qty, 'unitCode') ?? '',
    netAmount: req(net),
    allowances: [],
    charges: [],
    price: { netPrice: '' },
    vat: { categoryCode: '' },
    item: { name: '', classifications: [], attributes: [] },
  };
  let el = ram(ram(docLine, 'IncludedNote'), 'Content');
  put(out, 'note', text(el));
  rec(p, 'BT-127', el);
  for (const ard of rams(settlement, 'AdditionalReferencedDocument')) {
    if (req(ram(ard, 'TypeCode')) !== '130') continue;
    el = ram(ard, 'IssuerAssignedID');
    const scheme = ram(ard, 'ReferenceTypeCode');
    out.objectIdentifier = { value: req(el) };
    put(out.objectIdentifier, 'schemeId', text(scheme));
    rec(p, 'BT-128', el);
    rec(p, 'BT-128-1', scheme);
    break;
  }
  el = ram(ram(agreement, 'BuyerOrderReferencedDocument'), 'LineID');
  put(out, 'purchaseOrderLineReference', text(el));
  rec(p, 'BT-132', el);
  el = ram(ram(settlement, 'ReceivableSpecifiedTradeAccountingAccount'), 'ID');
  put(out, 'buyerAccountingReference', text(el));
  rec(p, 'BT-133', el);
  const period = ram(settlement, 'BillingSpecifiedPeriod');
  if (period) out.period = readPeriod(period, p, ['BG-26', 'BT-134', 'BT-135'], rec);
  for (const ac of rams(settlement, 'SpecifiedTradeAllowanceCharge')) {
    const isCharge = isChargeIndicator(ac);
    const list = isCharge ? out.charges : out.allowances;
    const g = `${isCharge ? 'BG-28' : 'BG-27'}[${list.length + 1}]`;
    rec(p, g, ac);
    const ids = isCharge
      ? ['BT-141', 'BT-142', 'BT-143', 'BT-144', 'BT-145']
      : ['BT-136', 'BT-137', 'BT-138', 'BT-139', 'BT-140'];
    list.push(readAllowanceChargeCommon(ac, `${p}${g}/`, ids, rec));
  }

  const netPrice = ram(agreement, 'NetPriceProductTradePrice');
  const gross = ram(agreement, 'GrossPriceProductTradePrice');
  rec(p, 'BG-29', netPrice);
  el = ram(netPrice, 'ChargeAmount');
  out.price.netPrice = req(el);
  rec(p, 'BT-146', el);
  el = ram(ram(gross, 'AppliedTradeAllowanceCharge'), 'ActualAmount');
  put(out.price, 'discount', text(el));
  rec(p, 'BT-147', el);
  el = ram(gross, 'ChargeAmount');
  put(out.price, 'grossPrice', text(el));
  rec(p, 'BT-148', el);
  el = ram(netPrice, 'BasisQuantity') ?? ram(gross, 'BasisQuantity');
  put(out.price, 'baseQuantity', text(el));
  put(out.price, 'baseQuantityUnitCode', attr(el, 'unitCode'));
  rec(p, 'BT-149', el);
  rec(p, 'BT-150', el, 'unitCode');

  const tax = ram(settlement, 'ApplicableTradeTax');
  rec(p, 'BG-30', tax);
  el = ram(tax, 'CategoryCode');
  out.vat.categoryCode = req(el);
  rec(p, 'BT-151', el);
  el = ram(tax, 'RateApplicablePercent');
  put(out.vat, 'rate', text(el));
  rec(p, 'BT-152', el);

  rec(p, 'BG-31', product);
  const it = out.item;
  el = ram(product, 'Name');
  it.name = req(el);
  rec(p, 'BT-153', el);
  el = ram(product, 'Description');
  put(it, 'description', text(el));
  rec(p, 'BT-154', el);
  el = ram(product, 'SellerAssignedID');
  put(it, 'sellerId', text(el));
  rec(p, 'BT-155', el);
  el = ram(product, 'BuyerAssignedID');
  put(it, 'buyerId', text(el));
  rec(p, 'BT-156', el);
  el = ram(product, 'GlobalID');
  put(it, 'standardId', ident(el));
  rec(p, 'BT-157', el);
  rec(p, 'BT-157-1', el, 'schemeID');
  for (const pc of rams(product, 'DesignatedProductClassification')) {
    el = ram(pc, 'ClassCode');
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
  el = ram(ram(product, 'OriginTradeCountry'), 'ID');
  put(it, 'originCountryCode', text(el));
  rec(p, 'BT-159', el);
  rams(product, 'ApplicableProductCharacteristic').forEach((pc, i) => {
    const q = `${p}BG-32[${i + 1}]`;
    rec(q, '', pc);
    const name = ram(pc, 'Description');
    const value = ram(pc, 'Value');
    it.attributes.push({ name: req(name), value: req(value) });
    rec(`${q}/`, 'BT-160', name);
    rec(`${q}/`, 'BT-161', value);
  });
  return out;
}
