import type { Invoice } from '../model/invoice';
import { CAC, CBC, UBL_CREDITNOTE_NS, UBL_INVOICE_NS } from '../read/ubl';
import { group, leaf, node, reqLeaf, serialize } from './xml-builder';
import type { Kids } from './xml-builder';
import {
  address,
  buyerParty,
  docAllowanceCharge,
  idLeaf,
  line,
  paymentMeans,
  periodKids,
  sellerParty,
  sumOf,
  taxScheme,
  vatScheme,
} from './ubl-parts';

/**
 * Writes the model as a UBL 2.1 Invoice or, for `kind: 'creditNote'`, CreditNote, following the
 * EN 16931-3-2 binding, elements in the schema's order. Optional terms are written when defined
 * (even empty), required ones when not empty.
 */
export function writeUbl(inv: Invoice): string {
  const credit = inv.kind === 'creditNote';
  const cur = inv.currencyCode || undefined;
  const amt = (name: string, v: string | undefined) => leaf(`cbc:${name}`, v, { currencyID: cur });
  const reqAmt = (name: string, v: string) => reqLeaf(`cbc:${name}`, v, { currencyID: cur });
  const t = inv.totals;
  const pay = inv.paymentInstructions;
  const notes = inv.notes.map((n) =>
    leaf('cbc:Note', n.subjectCode !== undefined ? `#${n.subjectCode}#${n.text}` : n.text),
  );
  const typeCode = reqLeaf(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', inv.typeCode);
  const taxPoint = leaf('cbc:TaxPointDate', inv.vatPointDate);
  const creditorId = pay?.directDebit?.creditorId;
  const additionalDocs: Kids = [
    inv.invoicedObjectIdentifier &&
      node('cac:AdditionalDocumentReference', [
        idLeaf('cbc:ID', inv.invoicedObjectIdentifier),
        leaf('cbc:DocumentTypeCode', '130'),
      ]),
    credit && inv.projectReference !== undefined
      ? node('cac:AdditionalDocumentReference', [
          leaf('cbc:ID', inv.projectReference),
          leaf('cbc:DocumentTypeCode', '50'),
        ])
      : undefined,
    ...inv.supportingDocuments.map((d) =>
      node('cac:AdditionalDocumentReference', [
        reqLeaf('cbc:ID', d.reference),
        leaf('cbc:DocumentDescription', d.description),
        group('cac:Attachment', [
          d.attachment &&
            leaf('cbc:EmbeddedDocumentBinaryObject', d.attachment.content, {
              mimeCode: d.attachment.mimeCode,
              filename: d.attachment.filename,
            }),
          d.externalLocation !== undefined
            ? node('cac:ExternalReference', [leaf('cbc:URI', d.externalLocation)])
            : undefined,
        ]),
      ]),
    ),
  ];
  const ref = (name: string, v: string | undefined) =>
    v === undefined ? undefined : node(`cac:${name}`, [leaf('cbc:ID', v)]);
  const root = node(
    credit ? 'CreditNote' : 'Invoice',
    [
      reqLeaf('cbc:CustomizationID', inv.processControl.specificationIdentifier),
      leaf('cbc:ProfileID', inv.processControl.businessProcessType),
      reqLeaf('cbc:ID', inv.number),
      reqLeaf('cbc:IssueDate', inv.issueDate),
      credit ? undefined : leaf('cbc:DueDate', inv.dueDate),
      credit ? taxPoint : typeCode,
      credit ? typeCode : undefined,
      ...notes,
      credit ? undefined : taxPoint,
      reqLeaf('cbc:DocumentCurrencyCode', inv.currencyCode),
      leaf('cbc:TaxCurrencyCode', inv.vatAccountingCurrencyCode),
      leaf('cbc:AccountingCost', inv.buyerAccountingReference),
      leaf('cbc:BuyerReference', inv.buyerReference),
      inv.invoicingPeriod || inv.vatPointDateCode !== undefined
        ? node('cac:InvoicePeriod', [
            ...periodKids(inv.invoicingPeriod),
            leaf('cbc:DescriptionCode', inv.vatPointDateCode),
          ])
        : undefined,
      inv.purchaseOrderReference !== undefined || inv.salesOrderReference !== undefined
        ? node('cac:OrderReference', [
            // EN 16931-3-2: OrderReference/ID is mandatory; 'NA' when only BT-14 is known.
            leaf('cbc:ID', inv.purchaseOrderReference ?? 'NA'),
            leaf('cbc:SalesOrderID', inv.salesOrderReference),
          ])
        : undefined,
      ...inv.precedingInvoices.map((p) =>
        node('cac:BillingReference', [
          node('cac:InvoiceDocumentReference', [
            reqLeaf('cbc:ID', p.reference),
            leaf('cbc:IssueDate', p.issueDate),
          ]),
        ]),
      ),
      ref('DespatchDocumentReference', inv.despatchAdviceReference),
      ref('ReceiptDocumentReference', inv.receivingAdviceReference),
      credit ? undefined : ref('OriginatorDocumentReference', inv.tenderOrLotReference),
      ref('ContractDocumentReference', inv.contractReference),
      ...additionalDocs,
      credit
        ? ref('OriginatorDocumentReference', inv.tenderOrLotReference)
        : ref('ProjectReference', inv.projectReference),
      node('cac:AccountingSupplierParty', [sellerParty(inv, inv.payee ? undefined : creditorId)]),
      node('cac:AccountingCustomerParty', [buyerParty(inv)]),
      inv.payee &&
        node('cac:PayeeParty', [
          inv.payee.identifier &&
            node('cac:PartyIdentification', [idLeaf('cbc:ID', inv.payee.identifier)]),
          creditorId !== undefined
            ? node('cac:PartyIdentification', [leaf('cbc:ID', creditorId, { schemeID: 'SEPA' })])
            : undefined,
          inv.payee.name !== ''
            ? node('cac:PartyName', [leaf('cbc:Name', inv.payee.name)])
            : undefined,
          inv.payee.legalRegistrationId &&
            node('cac:PartyLegalEntity', [idLeaf('cbc:CompanyID', inv.payee.legalRegistrationId)]),
        ]),
      inv.sellerTaxRepresentative &&
        node('cac:TaxRepresentativeParty', [
          group('cac:PartyName', [reqLeaf('cbc:Name', inv.sellerTaxRepresentative.name)]),
          address('cac:PostalAddress', inv.sellerTaxRepresentative.postalAddress),
          taxScheme(inv.sellerTaxRepresentative.vatId || undefined, 'VAT'),
        ]),
      inv.delivery &&
        node('cac:Delivery', [
          leaf('cbc:ActualDeliveryDate', inv.delivery.actualDeliveryDate),
          inv.delivery.locationId || inv.delivery.address
            ? node('cac:DeliveryLocation', [
                inv.delivery.locationId && idLeaf('cbc:ID', inv.delivery.locationId),
                inv.delivery.address && address('cac:Address', inv.delivery.address),
              ])
            : undefined,
          inv.delivery.partyName !== undefined
            ? node('cac:DeliveryParty', [
                node('cac:PartyName', [leaf('cbc:Name', inv.delivery.partyName)]),
              ])
            : undefined,
        ]),
      ...paymentMeans(inv, credit),
      inv.paymentTerms !== undefined
        ? node('cac:PaymentTerms', [leaf('cbc:Note', inv.paymentTerms)])
        : undefined,
      ...inv.allowances.map((a) => docAllowanceCharge(a, false, cur)),
      ...inv.charges.map((c) => docAllowanceCharge(c, true, cur)),
      t.taxAmount !== undefined || inv.vatBreakdown.length > 0
        ? node('cac:TaxTotal', [
            // TaxAmount is mandatory in UBL; CII may leave BT-110 out (no VAT): BR-CO-14 gives it.
            amt('TaxAmount', t.taxAmount ?? sumOf(inv.vatBreakdown.map((vb) => vb.taxAmount))),
            ...inv.vatBreakdown.map((vb) =>
              node('cac:TaxSubtotal', [
                reqAmt('TaxableAmount', vb.taxableAmount),
                reqAmt('TaxAmount', vb.taxAmount),
                node('cac:TaxCategory', [
                  reqLeaf('cbc:ID', vb.categoryCode),
                  leaf('cbc:Percent', vb.rate),
                  leaf('cbc:TaxExemptionReasonCode', vb.exemptionReasonCode),
                  leaf('cbc:TaxExemptionReason', vb.exemptionReason),
                  vatScheme(),
                ]),
              ]),
            ),
          ])
        : undefined,
      t.taxAmountInAccountingCurrency &&
        node('cac:TaxTotal', [
          leaf('cbc:TaxAmount', t.taxAmountInAccountingCurrency.value, {
            currencyID: t.taxAmountInAccountingCurrency.currencyId ?? inv.vatAccountingCurrencyCode,
          }),
        ]),
      node('cac:LegalMonetaryTotal', [
        reqAmt('LineExtensionAmount', t.lineNetAmount),
        reqAmt('TaxExclusiveAmount', t.taxExclusiveAmount),
        reqAmt('TaxInclusiveAmount', t.taxInclusiveAmount),
        amt('AllowanceTotalAmount', t.allowanceTotal),
        amt('ChargeTotalAmount', t.chargeTotal),
        amt('PrepaidAmount', t.paidAmount),
        amt('PayableRoundingAmount', t.roundingAmount),
        reqAmt('PayableAmount', t.payableAmount),
      ]),
      ...inv.lines.map((l) => line(l, credit, cur)),
    ],
    {
      xmlns: credit ? UBL_CREDITNOTE_NS : UBL_INVOICE_NS,
      'xmlns:cac': CAC,
      'xmlns:cbc': CBC,
    },
  );
  return serialize(root);
}
