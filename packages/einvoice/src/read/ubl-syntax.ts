import type { LineAllowanceCharge, Period } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { kid, kids, put, req, text } from './helpers';
import type { Recorder } from './source-map';

/** UBL 2.1 namespaces and the small helpers every part of the UBL reader shares. */
export const UBL_INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';

export const UBL_CREDITNOTE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';

export const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';

export const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';

/** A UBL date: xsd:date allows a time zone ('2016-04-04+01:00'); the model's plain date drops it. */
export function date(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const s = el.text.trim();
  return /^\d{4}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})$/.test(s) ? s.slice(0, 10) : s;
}

export const cbc = (el: XmlElement | undefined, local: string) => kid(el, CBC, local);

export const cac = (el: XmlElement | undefined, local: string) => kid(el, CAC, local);

export const cacs = (el: XmlElement | undefined, local: string) => kids(el, CAC, local);

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

/** ids: amount, base amount, percentage, reason, reason code. */
export function readAllowanceChargeCommon(
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
