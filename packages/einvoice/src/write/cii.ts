import type {
  Contact,
  Identifier,
  Invoice,
  InvoiceLine,
  LineAllowanceCharge,
  Period,
  PostalAddress,
} from '../model/invoice';
import { parseDecimal } from '../money/decimal';
import { CII_NS, CII_TO_VAT_POINT_CODE, QDT, RAM, UDT } from '../read/cii';
import { group, leaf, node, reqLeaf, serialize } from './xml-builder';
import type { XNode } from './xml-builder';

type Kids = (XNode | undefined)[];

const VAT_POINT_CODE_TO_CII: Record<string, string> = Object.fromEntries(
  Object.entries(CII_TO_VAT_POINT_CODE).map(([cii, model]) => [model, cii]),
);

/** 'YYYY-MM-DD' as CII format 102 'YYYYMMDD'; anything else as it is, for the rules to report. */
function d102(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replace(/-/g, '') : date;
}

function dateTime(name: string, date: string | undefined, ns = 'udt'): XNode | undefined {
  return date === undefined
    ? undefined
    : node(name, [leaf(`${ns}:DateTimeString`, d102(date), { format: '102' })]);
}

/**
 * Writes the model as a UN/CEFACT CII D16B CrossIndustryInvoice (invoices and credit notes alike,
 * told apart by BT-3), following the EN 16931-3-3 binding, elements in the schema's order.
 * Limits of the syntax: one preceding invoice reference (BG-3) only.
 */
export function writeCii(inv: Invoice): string {
  const cur = inv.currencyCode || undefined;
  const t = inv.totals;
  const amt = (name: string, v: string | undefined) => leaf(`ram:${name}`, v);
  const reqAmt = (name: string, v: string) => reqLeaf(`ram:${name}`, v);
  const pc = inv.processControl;
  const preceding = inv.precedingInvoices[0];
  const root = node(
    'rsm:CrossIndustryInvoice',
    [
      node('rsm:ExchangedDocumentContext', [
        pc.businessProcessType !== undefined
          ? node('ram:BusinessProcessSpecifiedDocumentContextParameter', [
              leaf('ram:ID', pc.businessProcessType),
            ])
          : undefined,
        node('ram:GuidelineSpecifiedDocumentContextParameter', [
          reqLeaf('ram:ID', pc.specificationIdentifier),
        ]),
      ]),
      node('rsm:ExchangedDocument', [
        reqLeaf('ram:ID', inv.number),
        reqLeaf('ram:TypeCode', inv.typeCode),
        node('ram:IssueDateTime', [
          leaf('udt:DateTimeString', d102(inv.issueDate), { format: '102' }),
        ]),
        ...inv.notes.map((n) =>
          node('ram:IncludedNote', [
            leaf('ram:Content', n.text),
            leaf('ram:SubjectCode', n.subjectCode),
          ]),
        ),
      ]),
      node('rsm:SupplyChainTradeTransaction', [
        ...inv.lines.map(line),
        agreement(inv),
        node('ram:ApplicableHeaderTradeDelivery', [
          inv.delivery &&
          (inv.delivery.partyName !== undefined ||
            inv.delivery.locationId ||
            inv.delivery.address ||
            inv.delivery.actualDeliveryDate === undefined)
            ? node('ram:ShipToTradeParty', [
                inv.delivery.locationId && partyId(inv.delivery.locationId),
                leaf('ram:Name', inv.delivery.partyName),
                inv.delivery.address && address(inv.delivery.address),
              ])
            : undefined,
          inv.delivery?.actualDeliveryDate !== undefined
            ? node('ram:ActualDeliverySupplyChainEvent', [
                dateTime('ram:OccurrenceDateTime', inv.delivery.actualDeliveryDate),
              ])
            : undefined,
          docRef('ram:DespatchAdviceReferencedDocument', inv.despatchAdviceReference),
          docRef('ram:ReceivingAdviceReferencedDocument', inv.receivingAdviceReference),
        ]),
        node('ram:ApplicableHeaderTradeSettlement', [
          leaf('ram:CreditorReferenceID', inv.paymentInstructions?.directDebit?.creditorId),
          leaf('ram:PaymentReference', inv.paymentInstructions?.remittanceInformation),
          // CII's BR-53 wants BT-6 to differ from BT-5; equal, it says nothing and is left out.
          inv.vatAccountingCurrencyCode !== inv.currencyCode
            ? leaf('ram:TaxCurrencyCode', inv.vatAccountingCurrencyCode)
            : undefined,
          reqLeaf('ram:InvoiceCurrencyCode', inv.currencyCode),
          inv.payee &&
            node('ram:PayeeTradeParty', [
              inv.payee.identifier && partyId(inv.payee.identifier),
              reqLeaf('ram:Name', inv.payee.name),
              inv.payee.legalRegistrationId &&
                node('ram:SpecifiedLegalOrganization', [
                  idLeaf('ram:ID', inv.payee.legalRegistrationId),
                ]),
            ]),
          ...paymentMeans(inv),
          ...inv.vatBreakdown.map((vb, i) =>
            node('ram:ApplicableTradeTax', [
              reqAmt('CalculatedAmount', vb.taxAmount),
              leaf('ram:TypeCode', 'VAT'),
              leaf('ram:ExemptionReason', vb.exemptionReason),
              reqAmt('BasisAmount', vb.taxableAmount),
              reqLeaf('ram:CategoryCode', vb.categoryCode),
              leaf('ram:ExemptionReasonCode', vb.exemptionReasonCode),
              // BT-7 and BT-8 are document-level; CII carries them in the breakdown: the first one.
              i === 0 && inv.vatPointDate !== undefined
                ? node('ram:TaxPointDate', [
                    leaf('udt:DateString', d102(inv.vatPointDate), { format: '102' }),
                  ])
                : undefined,
              i === 0 && inv.vatPointDateCode !== undefined
                ? leaf(
                    'ram:DueDateTypeCode',
                    VAT_POINT_CODE_TO_CII[inv.vatPointDateCode] ?? inv.vatPointDateCode,
                  )
                : undefined,
              leaf('ram:RateApplicablePercent', vb.rate),
            ]),
          ),
          inv.invoicingPeriod &&
            node('ram:BillingSpecifiedPeriod', periodKids(inv.invoicingPeriod)),
          ...inv.allowances.map((a) => docAllowanceCharge(a, false, a.vatCategoryCode, a.vatRate)),
          ...inv.charges.map((c) => docAllowanceCharge(c, true, c.vatCategoryCode, c.vatRate)),
          group('ram:SpecifiedTradePaymentTerms', [
            leaf('ram:Description', inv.paymentTerms),
            dateTime('ram:DueDateDateTime', inv.dueDate),
            leaf(
              'ram:DirectDebitMandateID',
              inv.paymentInstructions?.directDebit?.mandateReference,
            ),
          ]),
          node('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
            reqAmt('LineTotalAmount', t.lineNetAmount),
            amt('ChargeTotalAmount', t.chargeTotal),
            amt('AllowanceTotalAmount', t.allowanceTotal),
            reqAmt('TaxBasisTotalAmount', t.taxExclusiveAmount),
            leaf('ram:TaxTotalAmount', t.taxAmount, { currencyID: cur }),
            t.taxAmountInAccountingCurrency &&
              leaf('ram:TaxTotalAmount', t.taxAmountInAccountingCurrency.value, {
                currencyID:
                  t.taxAmountInAccountingCurrency.currencyId ?? inv.vatAccountingCurrencyCode,
              }),
            amt('RoundingAmount', t.roundingAmount),
            reqAmt('GrandTotalAmount', t.taxInclusiveAmount),
            amt('TotalPrepaidAmount', t.paidAmount),
            reqAmt('DuePayableAmount', t.payableAmount),
          ]),
          preceding &&
            node('ram:InvoiceReferencedDocument', [
              reqLeaf('ram:IssuerAssignedID', preceding.reference),
              dateTime('ram:FormattedIssueDateTime', preceding.issueDate, 'qdt'),
            ]),
          inv.buyerAccountingReference !== undefined
            ? node('ram:ReceivableSpecifiedTradeAccountingAccount', [
                leaf('ram:ID', inv.buyerAccountingReference),
              ])
            : undefined,
        ]),
      ]),
    ],
    { 'xmlns:rsm': CII_NS, 'xmlns:qdt': QDT, 'xmlns:ram': RAM, 'xmlns:udt': UDT },
  );
  return serialize(root);
}

function idLeaf(name: string, id: Identifier): XNode | undefined {
  return leaf(name, id.value, { schemeID: id.schemeId });
}

/** A party identifier: ram:GlobalID when it has a scheme, ram:ID otherwise (EN 16931-3-3). */
function partyId(id: Identifier): XNode | undefined {
  return id.schemeId !== undefined ? idLeaf('ram:GlobalID', id) : leaf('ram:ID', id.value);
}

function docRef(name: string, id: string | undefined): XNode | undefined {
  return id === undefined ? undefined : node(name, [leaf('ram:IssuerAssignedID', id)]);
}

function periodKids(p: Period): Kids {
  return [dateTime('ram:StartDateTime', p.startDate), dateTime('ram:EndDateTime', p.endDate)];
}

function address(a: PostalAddress): XNode {
  return node('ram:PostalTradeAddress', [
    leaf('ram:PostcodeCode', a.postCode),
    leaf('ram:LineOne', a.line1),
    leaf('ram:LineTwo', a.line2),
    leaf('ram:LineThree', a.line3),
    leaf('ram:CityName', a.city),
    reqLeaf('ram:CountryID', a.countryCode),
    leaf('ram:CountrySubDivisionName', a.countrySubdivision),
  ]);
}

function contact(c: Contact | undefined): XNode | undefined {
  return (
    c &&
    node('ram:DefinedTradeContact', [
      leaf('ram:PersonName', c.name),
      c.telephone !== undefined
        ? node('ram:TelephoneUniversalCommunication', [leaf('ram:CompleteNumber', c.telephone)])
        : undefined,
      c.email !== undefined
        ? node('ram:EmailURIUniversalCommunication', [leaf('ram:URIID', c.email)])
        : undefined,
    ])
  );
}

function taxRegistration(id: string | undefined, scheme: 'VA' | 'FC'): XNode | undefined {
  return id === undefined
    ? undefined
    : node('ram:SpecifiedTaxRegistration', [leaf('ram:ID', id, { schemeID: scheme })]);
}

function uri(id: Identifier | undefined): XNode | undefined {
  return id && node('ram:URIUniversalCommunication', [idLeaf('ram:URIID', id)]);
}

function agreement(inv: Invoice): XNode {
  const s = inv.seller;
  const b = inv.buyer;
  const rep = inv.sellerTaxRepresentative;
  return node('ram:ApplicableHeaderTradeAgreement', [
    leaf('ram:BuyerReference', inv.buyerReference),
    node('ram:SellerTradeParty', [
      ...s.identifiers.filter((id) => id.schemeId === undefined).map(partyId),
      ...s.identifiers.filter((id) => id.schemeId !== undefined).map(partyId),
      reqLeaf('ram:Name', s.name),
      leaf('ram:Description', s.additionalLegalInformation),
      s.legalRegistrationId || s.tradingName !== undefined
        ? node('ram:SpecifiedLegalOrganization', [
            s.legalRegistrationId && idLeaf('ram:ID', s.legalRegistrationId),
            leaf('ram:TradingBusinessName', s.tradingName),
          ])
        : undefined,
      contact(s.contact),
      address(s.postalAddress),
      uri(s.electronicAddress),
      taxRegistration(s.vatId, 'VA'),
      taxRegistration(s.taxRegistrationId, 'FC'),
    ]),
    node('ram:BuyerTradeParty', [
      b.identifier && partyId(b.identifier),
      reqLeaf('ram:Name', b.name),
      b.legalRegistrationId || b.tradingName !== undefined
        ? node('ram:SpecifiedLegalOrganization', [
            b.legalRegistrationId && idLeaf('ram:ID', b.legalRegistrationId),
            leaf('ram:TradingBusinessName', b.tradingName),
          ])
        : undefined,
      contact(b.contact),
      address(b.postalAddress),
      uri(b.electronicAddress),
      taxRegistration(b.vatId, 'VA'),
    ]),
    rep &&
      node('ram:SellerTaxRepresentativeTradeParty', [
        reqLeaf('ram:Name', rep.name),
        address(rep.postalAddress),
        taxRegistration(rep.vatId || undefined, 'VA'),
      ]),
    docRef('ram:SellerOrderReferencedDocument', inv.salesOrderReference),
    docRef('ram:BuyerOrderReferencedDocument', inv.purchaseOrderReference),
    docRef('ram:ContractReferencedDocument', inv.contractReference),
    ...inv.supportingDocuments.map((d) =>
      node('ram:AdditionalReferencedDocument', [
        reqLeaf('ram:IssuerAssignedID', d.reference),
        leaf('ram:URIID', d.externalLocation),
        leaf('ram:TypeCode', '916'),
        leaf('ram:Name', d.description),
        d.attachment &&
          leaf('ram:AttachmentBinaryObject', d.attachment.content, {
            mimeCode: d.attachment.mimeCode,
            filename: d.attachment.filename,
          }),
      ]),
    ),
    inv.tenderOrLotReference !== undefined
      ? node('ram:AdditionalReferencedDocument', [
          leaf('ram:IssuerAssignedID', inv.tenderOrLotReference),
          leaf('ram:TypeCode', '50'),
        ])
      : undefined,
    inv.invoicedObjectIdentifier &&
      node('ram:AdditionalReferencedDocument', [
        leaf('ram:IssuerAssignedID', inv.invoicedObjectIdentifier.value),
        leaf('ram:TypeCode', '130'),
        leaf('ram:ReferenceTypeCode', inv.invoicedObjectIdentifier.schemeId),
      ]),
    inv.projectReference !== undefined
      ? node('ram:SpecifiedProcuringProject', [
          leaf('ram:ID', inv.projectReference),
          // Name is mandatory in CII but not an EN 16931 term.
          leaf('ram:Name', 'Project reference'),
        ])
      : undefined,
  ]);
}

/** One SpecifiedTradeSettlementPaymentMeans per credit transfer account. */
function paymentMeans(inv: Invoice): Kids {
  const pay = inv.paymentInstructions;
  if (!pay) return [];
  if (
    pay.meansCode === '' &&
    pay.creditTransfers.length === 0 &&
    !pay.paymentCard &&
    pay.meansText === undefined
  ) {
    // Only direct debit ids or remittance information: they live elsewhere in CII.
    if (pay.directDebit?.debitedAccountId === undefined) return [];
  }
  const accounts = pay.creditTransfers.length > 0 ? pay.creditTransfers : [undefined];
  return accounts.map((ct, i) =>
    node('ram:SpecifiedTradeSettlementPaymentMeans', [
      leaf('ram:TypeCode', pay.meansCode),
      leaf('ram:Information', pay.meansText),
      i === 0 && pay.paymentCard
        ? node('ram:ApplicableTradeSettlementFinancialCard', [
            leaf('ram:ID', pay.paymentCard.primaryAccountNumber),
            leaf('ram:CardholderName', pay.paymentCard.holderName),
          ])
        : undefined,
      i === 0 && pay.directDebit?.debitedAccountId !== undefined
        ? node('ram:PayerPartyDebtorFinancialAccount', [
            leaf('ram:IBANID', pay.directDebit.debitedAccountId),
          ])
        : undefined,
      ct &&
        node('ram:PayeePartyCreditorFinancialAccount', [
          isIban(ct.accountId) ? leaf('ram:IBANID', ct.accountId) : undefined,
          leaf('ram:AccountName', ct.accountName),
          isIban(ct.accountId) ? undefined : leaf('ram:ProprietaryID', ct.accountId),
        ]),
      ct?.serviceProviderId !== undefined
        ? node('ram:PayeeSpecifiedCreditorFinancialInstitution', [
            leaf('ram:BICID', ct.serviceProviderId),
          ])
        : undefined,
    ]),
  );
}

/** CII requires a gross price with a price discount: net + discount (EN 16931: net = gross − discount). */
function grossFromDiscount(net: string, discount: string | undefined): string | undefined {
  const n = parseDecimal(net);
  const d = parseDecimal(discount);
  return n && d ? n.plus(d).toFixed() : undefined;
}

function isIban(id: string): boolean {
  return /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/.test(id.replace(/\s/g, ''));
}

function allowanceChargeKids(ac: LineAllowanceCharge, isCharge: boolean): Kids {
  return [
    node('ram:ChargeIndicator', [leaf('udt:Indicator', isCharge ? 'true' : 'false')]),
    leaf('ram:CalculationPercent', ac.percentage),
    leaf('ram:BasisAmount', ac.baseAmount),
    reqLeaf('ram:ActualAmount', ac.amount),
    leaf('ram:ReasonCode', ac.reasonCode),
    leaf('ram:Reason', ac.reason),
  ];
}

function docAllowanceCharge(
  ac: LineAllowanceCharge,
  isCharge: boolean,
  category: string,
  rate: string | undefined,
): XNode {
  return node('ram:SpecifiedTradeAllowanceCharge', [
    ...allowanceChargeKids(ac, isCharge),
    node('ram:CategoryTradeTax', [
      leaf('ram:TypeCode', 'VAT'),
      reqLeaf('ram:CategoryCode', category),
      leaf('ram:RateApplicablePercent', rate),
    ]),
  ]);
}

function line(l: InvoiceLine): XNode {
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
