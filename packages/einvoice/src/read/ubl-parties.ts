import type { Buyer, Contact, PostalAddress, Seller } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import { cac, cacs, cbc } from './ubl-syntax';

/** ids: line1, line2, line3, city, post code, subdivision, country. */
export function readAddress(
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

export function sepaId(party: XmlElement | undefined): string | undefined {
  for (const pi of cacs(party, 'PartyIdentification')) {
    const id = cbc(pi, 'ID');
    if (attr(id, 'schemeID') === 'SEPA') return req(id);
  }
  return undefined;
}

export function readSeller(party: XmlElement | undefined, rec: Recorder): Seller {
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

export function readBuyer(party: XmlElement | undefined, rec: Recorder): Buyer {
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
