import type { Invoice } from '../model/invoice';
import { CII_NS, QDT, RAM, UDT } from '../read/cii';
import { line } from './cii-lines';
import {
  VAT_POINT_CODE_TO_CII,
  address,
  agreement,
  d102,
  dateTime,
  docAllowanceCharge,
  docRef,
  idLeaf,
  partyId,
  paymentMeans,
  periodKids,
} from './cii-parts';
import { group, leaf, node, reqLeaf, serialize } from './xml-builder';

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
