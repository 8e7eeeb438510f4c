import type { Identifier, Invoice, SupportingDocument } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import {
  date,
  dts,
  partyIds,
  ram,
  rams,
  readAddress,
  readContact,
  taxRegistration,
} from './cii-syntax';

function readRef(el: XmlElement | undefined, id: string, rec: Recorder): string | undefined {
  const ref = ram(el, 'IssuerAssignedID');
  rec('', id, ref);
  return text(ref);
}

export function readAgreement(
  inv: Invoice,
  agreement: XmlElement | undefined,
  rec: Recorder,
): void {
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

export function readDelivery(inv: Invoice, delivery: XmlElement | undefined, rec: Recorder): void {
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
