import type {
  Contact,
  DocumentAllowanceCharge,
  Identifier,
  Invoice,
  InvoiceLine,
  LineAllowanceCharge,
  Period,
  PostalAddress,
} from '../model/invoice';
import { Dec, parseDecimal, roundAmount } from '../money/decimal';
import { group, leaf, node, reqLeaf } from './xml-builder';
import type { Kids, XNode } from './xml-builder';

/** The parts of a UBL document: parties, payment means, allowances and charges, lines. */
/**
 * UBL requires an amount in a price allowance: without BT-147 it is derived as gross − net price
 * (EN 16931: the net price is the gross price less the discount).
 */
export function sumOf(values: string[]): string {
  return roundAmount(values.reduce((s, v) => s.plus(parseDecimal(v) ?? 0), new Dec(0)));
}

function priceDiscount(gross: string | undefined, net: string): string {
  const g = parseDecimal(gross);
  const n = parseDecimal(net);
  return g && n ? g.minus(n).toFixed() : '0';
}

export function idLeaf(name: string, id: Identifier): XNode | undefined {
  return leaf(name, id.value, { schemeID: id.schemeId });
}

export function periodKids(p: Period | undefined): Kids {
  return [leaf('cbc:StartDate', p?.startDate), leaf('cbc:EndDate', p?.endDate)];
}

export function address(name: string, a: PostalAddress): XNode {
  return node(name, [
    leaf('cbc:StreetName', a.line1),
    leaf('cbc:AdditionalStreetName', a.line2),
    leaf('cbc:CityName', a.city),
    leaf('cbc:PostalZone', a.postCode),
    leaf('cbc:CountrySubentity', a.countrySubdivision),
    a.line3 !== undefined ? node('cac:AddressLine', [leaf('cbc:Line', a.line3)]) : undefined,
    group('cac:Country', [reqLeaf('cbc:IdentificationCode', a.countryCode)]),
  ]);
}

function contact(c: Contact | undefined): XNode | undefined {
  return (
    c &&
    node('cac:Contact', [
      leaf('cbc:Name', c.name),
      leaf('cbc:Telephone', c.telephone),
      leaf('cbc:ElectronicMail', c.email),
    ])
  );
}

export function vatScheme(id = 'VAT'): XNode {
  return node('cac:TaxScheme', [leaf('cbc:ID', id)]);
}

export function taxScheme(companyId: string | undefined, scheme: string): XNode | undefined {
  return companyId === undefined
    ? undefined
    : node('cac:PartyTaxScheme', [leaf('cbc:CompanyID', companyId), vatScheme(scheme)]);
}

export function sellerParty(inv: Invoice, creditorId: string | undefined): XNode {
  const s = inv.seller;
  return node('cac:Party', [
    s.electronicAddress && idLeaf('cbc:EndpointID', s.electronicAddress),
    ...s.identifiers.map((id) => node('cac:PartyIdentification', [idLeaf('cbc:ID', id)])),
    creditorId !== undefined
      ? node('cac:PartyIdentification', [leaf('cbc:ID', creditorId, { schemeID: 'SEPA' })])
      : undefined,
    s.tradingName !== undefined
      ? node('cac:PartyName', [leaf('cbc:Name', s.tradingName)])
      : undefined,
    address('cac:PostalAddress', s.postalAddress),
    taxScheme(s.vatId, 'VAT'),
    // Any tax scheme other than VAT marks BT-32; 'TAX' is the one the CEN examples use.
    taxScheme(s.taxRegistrationId, 'TAX'),
    node('cac:PartyLegalEntity', [
      reqLeaf('cbc:RegistrationName', s.name),
      s.legalRegistrationId && idLeaf('cbc:CompanyID', s.legalRegistrationId),
      leaf('cbc:CompanyLegalForm', s.additionalLegalInformation),
    ]),
    contact(s.contact),
  ]);
}

export function buyerParty(inv: Invoice): XNode {
  const b = inv.buyer;
  return node('cac:Party', [
    b.electronicAddress && idLeaf('cbc:EndpointID', b.electronicAddress),
    b.identifier && node('cac:PartyIdentification', [idLeaf('cbc:ID', b.identifier)]),
    b.tradingName !== undefined
      ? node('cac:PartyName', [leaf('cbc:Name', b.tradingName)])
      : undefined,
    address('cac:PostalAddress', b.postalAddress),
    taxScheme(b.vatId, 'VAT'),
    node('cac:PartyLegalEntity', [
      reqLeaf('cbc:RegistrationName', b.name),
      b.legalRegistrationId && idLeaf('cbc:CompanyID', b.legalRegistrationId),
    ]),
    contact(b.contact),
  ]);
}

/** One PaymentMeans per credit transfer account (UBL has one account per PaymentMeans). */
export function paymentMeans(inv: Invoice, credit: boolean): Kids {
  const pay = inv.paymentInstructions;
  const due = credit ? leaf('cbc:PaymentDueDate', inv.dueDate) : undefined;
  const dd = pay?.directDebit;
  const mandate = dd && (dd.mandateReference !== undefined || dd.debitedAccountId !== undefined);
  const needed =
    pay &&
    (pay.meansCode !== '' ||
      pay.meansText !== undefined ||
      pay.remittanceInformation !== undefined ||
      pay.creditTransfers.length > 0 ||
      pay.paymentCard ||
      mandate);
  if (!pay || !needed) {
    // A UBL CreditNote can carry BT-9 only in PaymentMeans, whose code is mandatory in the schema.
    return due ? [node('cac:PaymentMeans', [leaf('cbc:PaymentMeansCode', '1'), due])] : [];
  }
  // PaymentMeansCode is mandatory; CII can carry BT-83 or BT-91 without it. 'ZZZ' is UNCL 4461's "mutually defined".
  const code = pay.meansCode === '' ? 'ZZZ' : pay.meansCode;
  const accounts = pay.creditTransfers.length > 0 ? pay.creditTransfers : [undefined];
  // UBL has one account per PaymentMeans; the other terms go in the first (UBL-SR-46: BT-82 once).
  return accounts.map((ct, i) =>
    node('cac:PaymentMeans', [
      leaf('cbc:PaymentMeansCode', code, { name: i === 0 ? pay.meansText : undefined }),
      i === 0 ? due : undefined,
      i === 0 ? leaf('cbc:PaymentID', pay.remittanceInformation) : undefined,
      i === 0 && pay.paymentCard
        ? node('cac:CardAccount', [
            leaf('cbc:PrimaryAccountNumberID', pay.paymentCard.primaryAccountNumber),
            // NetworkID is mandatory in UBL but not an EN 16931 term.
            leaf('cbc:NetworkID', 'NA'),
            leaf('cbc:HolderName', pay.paymentCard.holderName),
          ])
        : undefined,
      ct &&
        node('cac:PayeeFinancialAccount', [
          leaf('cbc:ID', ct.accountId),
          leaf('cbc:Name', ct.accountName),
          ct.serviceProviderId !== undefined
            ? node('cac:FinancialInstitutionBranch', [leaf('cbc:ID', ct.serviceProviderId)])
            : undefined,
        ]),
      i === 0 && dd && mandate
        ? node('cac:PaymentMandate', [
            leaf('cbc:ID', dd.mandateReference),
            dd.debitedAccountId !== undefined
              ? node('cac:PayerFinancialAccount', [leaf('cbc:ID', dd.debitedAccountId)])
              : undefined,
          ])
        : undefined,
    ]),
  );
}

function allowanceChargeKids(
  ac: LineAllowanceCharge,
  isCharge: boolean,
  cur: string | undefined,
): Kids {
  return [
    leaf('cbc:ChargeIndicator', isCharge ? 'true' : 'false'),
    leaf('cbc:AllowanceChargeReasonCode', ac.reasonCode),
    leaf('cbc:AllowanceChargeReason', ac.reason),
    leaf('cbc:MultiplierFactorNumeric', ac.percentage),
    reqLeaf('cbc:Amount', ac.amount, { currencyID: cur }),
    leaf('cbc:BaseAmount', ac.baseAmount, { currencyID: cur }),
  ];
}

export function docAllowanceCharge(
  ac: DocumentAllowanceCharge,
  isCharge: boolean,
  cur: string | undefined,
): XNode {
  return node('cac:AllowanceCharge', [
    ...allowanceChargeKids(ac, isCharge, cur),
    node('cac:TaxCategory', [
      reqLeaf('cbc:ID', ac.vatCategoryCode),
      leaf('cbc:Percent', ac.vatRate),
      vatScheme(),
    ]),
  ]);
}

export function line(l: InvoiceLine, credit: boolean, cur: string | undefined): XNode {
  const it = l.item;
  const p = l.price;
  return node(credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine', [
    reqLeaf('cbc:ID', l.id),
    leaf('cbc:Note', l.note),
    reqLeaf(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', l.quantity, {
      unitCode: l.unitCode || undefined,
    }),
    reqLeaf('cbc:LineExtensionAmount', l.netAmount, { currencyID: cur }),
    leaf('cbc:AccountingCost', l.buyerAccountingReference),
    l.period && node('cac:InvoicePeriod', periodKids(l.period)),
    l.purchaseOrderLineReference !== undefined
      ? node('cac:OrderLineReference', [leaf('cbc:LineID', l.purchaseOrderLineReference)])
      : undefined,
    l.objectIdentifier &&
      node('cac:DocumentReference', [
        idLeaf('cbc:ID', l.objectIdentifier),
        leaf('cbc:DocumentTypeCode', '130'),
      ]),
    ...l.allowances.map((a) => node('cac:AllowanceCharge', allowanceChargeKids(a, false, cur))),
    ...l.charges.map((c) => node('cac:AllowanceCharge', allowanceChargeKids(c, true, cur))),
    node('cac:Item', [
      leaf('cbc:Description', it.description),
      reqLeaf('cbc:Name', it.name),
      it.buyerId !== undefined
        ? node('cac:BuyersItemIdentification', [leaf('cbc:ID', it.buyerId)])
        : undefined,
      it.sellerId !== undefined
        ? node('cac:SellersItemIdentification', [leaf('cbc:ID', it.sellerId)])
        : undefined,
      it.standardId && node('cac:StandardItemIdentification', [idLeaf('cbc:ID', it.standardId)]),
      it.originCountryCode !== undefined
        ? node('cac:OriginCountry', [leaf('cbc:IdentificationCode', it.originCountryCode)])
        : undefined,
      ...it.classifications.map((c) =>
        node('cac:CommodityClassification', [
          leaf('cbc:ItemClassificationCode', c.value, {
            listID: c.schemeId,
            listVersionID: c.schemeVersion,
          }),
        ]),
      ),
      node('cac:ClassifiedTaxCategory', [
        reqLeaf('cbc:ID', l.vat.categoryCode),
        leaf('cbc:Percent', l.vat.rate),
        vatScheme(),
      ]),
      ...it.attributes.map((a) =>
        node('cac:AdditionalItemProperty', [leaf('cbc:Name', a.name), leaf('cbc:Value', a.value)]),
      ),
    ]),
    node('cac:Price', [
      reqLeaf('cbc:PriceAmount', p.netPrice, { currencyID: cur }),
      leaf('cbc:BaseQuantity', p.baseQuantity, { unitCode: p.baseQuantityUnitCode }),
      p.discount !== undefined || p.grossPrice !== undefined
        ? node('cac:AllowanceCharge', [
            leaf('cbc:ChargeIndicator', 'false'),
            leaf('cbc:Amount', p.discount ?? priceDiscount(p.grossPrice, p.netPrice), {
              currencyID: cur,
            }),
            leaf('cbc:BaseAmount', p.grossPrice, { currencyID: cur }),
          ])
        : undefined,
    ]),
  ]);
}
