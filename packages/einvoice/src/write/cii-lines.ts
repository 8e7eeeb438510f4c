import type { InvoiceLine } from '../model/invoice';
import { parseDecimal } from '../money/decimal';
import { allowanceChargeKids, idLeaf, periodKids } from './cii-parts';
import { leaf, node, reqLeaf } from './xml-builder';
import type { XNode } from './xml-builder';

/** CII requires a gross price with a price discount: net + discount (EN 16931: net = gross − discount). */
function grossFromDiscount(net: string, discount: string | undefined): string | undefined {
  const n = parseDecimal(net);
  const d = parseDecimal(discount);
  return n && d ? n.plus(d).toFixed() : undefined;
}

export function line(l: InvoiceLine): XNode {
  const it = l.item;
  const p = l.price;
  return node('ram:IncludedSupplyChainTradeLineItem', [
    node('ram:AssociatedDocumentLineDocument', [
      reqLeaf('ram:LineID', l.id),
      l.note !== undefined ? node('ram:IncludedNote', [leaf('ram:Content', l.note)]) : undefined,
    ]),
    node('ram:SpecifiedTradeProduct', [
      it.standardId && idLeaf('ram:GlobalID', it.standardId),
      leaf('ram:SellerAssignedID', it.sellerId),
      leaf('ram:BuyerAssignedID', it.buyerId),
      reqLeaf('ram:Name', it.name),
      leaf('ram:Description', it.description),
      ...it.attributes.map((a) =>
        node('ram:ApplicableProductCharacteristic', [
          leaf('ram:Description', a.name),
          leaf('ram:Value', a.value),
        ]),
      ),
      ...it.classifications.map((c) =>
        node('ram:DesignatedProductClassification', [
          leaf('ram:ClassCode', c.value, { listID: c.schemeId, listVersionID: c.schemeVersion }),
        ]),
      ),
      it.originCountryCode !== undefined
        ? node('ram:OriginTradeCountry', [leaf('ram:ID', it.originCountryCode)])
        : undefined,
    ]),
    node('ram:SpecifiedLineTradeAgreement', [
      l.purchaseOrderLineReference !== undefined
        ? node('ram:BuyerOrderReferencedDocument', [
            leaf('ram:LineID', l.purchaseOrderLineReference),
          ])
        : undefined,
      p.grossPrice !== undefined || p.discount !== undefined
        ? node('ram:GrossPriceProductTradePrice', [
            leaf('ram:ChargeAmount', p.grossPrice ?? grossFromDiscount(p.netPrice, p.discount)),
            p.discount !== undefined
              ? node('ram:AppliedTradeAllowanceCharge', [
                  node('ram:ChargeIndicator', [leaf('udt:Indicator', 'false')]),
                  leaf('ram:ActualAmount', p.discount),
                ])
              : undefined,
          ])
        : undefined,
      node('ram:NetPriceProductTradePrice', [
        reqLeaf('ram:ChargeAmount', p.netPrice),
        leaf('ram:BasisQuantity', p.baseQuantity, { unitCode: p.baseQuantityUnitCode }),
      ]),
    ]),
    node('ram:SpecifiedLineTradeDelivery', [
      reqLeaf('ram:BilledQuantity', l.quantity, { unitCode: l.unitCode || undefined }),
    ]),
    node('ram:SpecifiedLineTradeSettlement', [
      node('ram:ApplicableTradeTax', [
        leaf('ram:TypeCode', 'VAT'),
        reqLeaf('ram:CategoryCode', l.vat.categoryCode),
        leaf('ram:RateApplicablePercent', l.vat.rate),
      ]),
      l.period && node('ram:BillingSpecifiedPeriod', periodKids(l.period)),
      ...l.allowances.map((a) =>
        node('ram:SpecifiedTradeAllowanceCharge', allowanceChargeKids(a, false)),
      ),
      ...l.charges.map((c) =>
        node('ram:SpecifiedTradeAllowanceCharge', allowanceChargeKids(c, true)),
      ),
      node('ram:SpecifiedTradeSettlementLineMonetarySummation', [
        reqLeaf('ram:LineTotalAmount', l.netAmount),
      ]),
      l.objectIdentifier &&
        node('ram:AdditionalReferencedDocument', [
          leaf('ram:IssuerAssignedID', l.objectIdentifier.value),
          leaf('ram:TypeCode', '130'),
          leaf('ram:ReferenceTypeCode', l.objectIdentifier.schemeId),
        ]),
      l.buyerAccountingReference !== undefined
        ? node('ram:ReceivableSpecifiedTradeAccountingAccount', [
            leaf('ram:ID', l.buyerAccountingReference),
          ])
        : undefined,
    ]),
  ]);
}
