import type {
  Contact,
  Identifier,
  Invoice,
  LineAllowanceCharge,
  Period,
  PostalAddress,
} from '../model/invoice';
import { CII_TO_VAT_POINT_CODE } from '../read/cii';
import { leaf, node, reqLeaf } from './xml-builder';
import type { Kids, XNode } from './xml-builder';

/** The parts of a CII document: dates, parties, references, payment means, allowances and charges. */
export const VAT_POINT_CODE_TO_CII: Record<string, string> = Object.fromEntries(
  Object.entries(CII_TO_VAT_POINT_CODE).map(([cii, model]) => [model, cii]),
);

/** 'YYYY-MM-DD' as CII format 102 'YYYYMMDD'; anything else as it is, for the rules to report. */
export function d102(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replace(/-/g, '') : date;
}

export function dateTime(name: string, date: string | undefined, ns = 'udt'): XNode | undefined {
  return date === undefined
    ? undefined
    : node(name, [leaf(`${ns}:DateTimeString`, d102(date), { format: '102' })]);
}

export function idLeaf(name: string, id: Identifier): XNode | undefined {
  return leaf(name, id.value, { schemeID: id.schemeId });
}

/** A party identifier: ram:GlobalID when it has a scheme, ram:ID otherwise (EN 16931-3-3). */
export function partyId(id: Identifier): XNode | undefined {
  return id.schemeId !== undefined ? idLeaf('ram:GlobalID', id) : leaf('ram:ID', id.value);
}

export function docRef(name: string, id: string | undefined): XNode | undefined {
  return id === undefined ? undefined : node(name, [leaf('ram:IssuerAssignedID', id)]);
}

export function periodKids(p: Period): Kids {
  return [dateTime('ram:StartDateTime', p.startDate), dateTime('ram:EndDateTime', p.endDate)];
}

export function address(a: PostalAddress): XNode {
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

export function agreement(inv: Invoice): XNode {
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
export function paymentMeans(inv: Invoice): Kids {
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

function isIban(id: string): boolean {
  return /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/.test(id.replace(/\s/g, ''));
}

export function docAllowanceCharge(
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

export function allowanceChargeKids(ac: LineAllowanceCharge, isCharge: boolean): Kids {
  return [
    node('ram:ChargeIndicator', [leaf('udt:Indicator', isCharge ? 'true' : 'false')]),
    leaf('ram:CalculationPercent', ac.percentage),
    leaf('ram:BasisAmount', ac.baseAmount),
    reqLeaf('ram:ActualAmount', ac.amount),
    leaf('ram:ReasonCode', ac.reasonCode),
    leaf('ram:Reason', ac.reason),
  ];
}
