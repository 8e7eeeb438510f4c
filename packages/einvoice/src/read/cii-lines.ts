import type { InvoiceLine, ItemClassification } from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import { isChargeIndicator, ram, rams, readAllowanceChargeCommon, readPeriod } from './cii-syntax';

export function readLine(line: XmlElement, p: string, rec: Recorder): InvoiceLine {
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
