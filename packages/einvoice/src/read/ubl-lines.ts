import type { InvoiceLine, ItemClassification } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import { cac, cacs, cbc, readAllowanceChargeCommon, readPeriod } from './ubl-syntax';

export function readLine(
  line: XmlElement,
  isCredit: boolean,
  p: string,
  rec: Recorder,
): InvoiceLine {
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
