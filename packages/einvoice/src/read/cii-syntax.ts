import type { Contact, LineAllowanceCharge, Period, PostalAddress } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, kid, kids, put, req, text } from './helpers';
import type { Recorder } from './source-map';

/** CII D16B namespaces and the small helpers every part of the CII reader shares. */
export const CII_NS = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';

export const RAM =
  'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100';

export const UDT = 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100';

export const QDT = 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100';

export const ram = (el: XmlElement | undefined, local: string) => kid(el, RAM, local);

export const rams = (el: XmlElement | undefined, local: string) => kids(el, RAM, local);

export const rsm = (el: XmlElement | undefined, local: string) => kid(el, CII_NS, local);

/** BT-8: CII uses UNTDID 2475 codes where the model (and UBL) use UNTDID 2005. */
export const CII_TO_VAT_POINT_CODE: Readonly<Record<string, string>> = {
  '5': '3',
  '29': '35',
  '72': '432',
};

/** A date in CII's format 102 (YYYYMMDD) as 'YYYY-MM-DD'; anything else is kept as written for the rules. */
export function date(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = el.text.trim();
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;
}

/** The DateTimeString (udt or qdt) inside a date-time element. */
export function dts(el: XmlElement | undefined): XmlElement | undefined {
  return kid(el, UDT, 'DateTimeString') ?? kid(el, QDT, 'DateTimeString');
}

/** Party identifiers: ram:ID (no scheme) and ram:GlobalID (with schemeID), in document order. */
export function partyIds(party: XmlElement | undefined): XmlElement[] {
  if (!party) return [];
  return party.children.filter((c) => c.ns === RAM && (c.local === 'ID' || c.local === 'GlobalID'));
}

export function taxRegistration(
  party: XmlElement | undefined,
  scheme: 'VA' | 'FC',
): XmlElement | undefined {
  for (const tr of rams(party, 'SpecifiedTaxRegistration')) {
    const id = ram(tr, 'ID');
    if (attr(id, 'schemeID') === scheme) return id;
  }
  return undefined;
}

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
export function readContact(
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

export function readPeriod(
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

/** ids: amount, base amount, percentage, reason, reason code. */
export function readAllowanceChargeCommon(
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

export function isChargeIndicator(ac: XmlElement): boolean {
  return req(kid(ram(ac, 'ChargeIndicator'), UDT, 'Indicator')) === 'true';
}
