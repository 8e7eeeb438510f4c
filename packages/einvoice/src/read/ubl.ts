import { emptyInvoice } from '../model/invoice';
import type { Invoice, PrecedingInvoiceReference, SupportingDocument } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, kids, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import { readLine } from './ubl-lines';
import { readAddress, readBuyer, readSeller, sepaId } from './ubl-parties';
import {
  readDocAllowanceCharge,
  readMonetaryTotal,
  readPayment,
  readTaxTotals,
} from './ubl-settlement';
import { CBC, cac, cacs, cbc, date, readPeriod } from './ubl-syntax';

export { UBL_INVOICE_NS, UBL_CREDITNOTE_NS, CBC, CAC } from './ubl-syntax';

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
