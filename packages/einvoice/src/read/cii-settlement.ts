import type {
  CreditTransfer,
  DocumentAllowanceCharge,
  Invoice,
  PaymentInstructions,
  PrecedingInvoiceReference,
  VatBreakdown,
} from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, ident, kid, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import {
  CII_TO_VAT_POINT_CODE,
  QDT,
  UDT,
  date,
  dts,
  isChargeIndicator,
  partyIds,
  ram,
  rams,
  readAllowanceChargeCommon,
  readPeriod,
} from './cii-syntax';

export function readSettlement(inv: Invoice, s: XmlElement | undefined, rec: Recorder): void {
  let el = ram(s, 'InvoiceCurrencyCode');
  inv.currencyCode = req(el);
  rec('', 'BT-5', el);
  el = ram(s, 'TaxCurrencyCode');
  put(inv, 'vatAccountingCurrencyCode', text(el));
  rec('', 'BT-6', el);

  const payee = ram(s, 'PayeeTradeParty');
  if (payee) {
    rec('', 'BG-10', payee);
    el = ram(payee, 'Name');
    inv.payee = { name: req(el) };
    rec('', 'BT-59', el);
    el = partyIds(payee)[0];
    put(inv.payee, 'identifier', ident(el));
    rec('', 'BT-60', el);
    rec('', 'BT-60-1', el, 'schemeID');
    el = ram(ram(payee, 'SpecifiedLegalOrganization'), 'ID');
    put(inv.payee, 'legalRegistrationId', ident(el));
    rec('', 'BT-61', el);
    rec('', 'BT-61-1', el, 'schemeID');
  }
  readPayment(inv, s, rec);

  rams(s, 'ApplicableTradeTax').forEach((t, i) => {
    const p = `BG-23[${i + 1}]/`;
    rec('', `BG-23[${i + 1}]`, t);
    const basis = ram(t, 'BasisAmount');
    const amount = ram(t, 'CalculatedAmount');
    const code = ram(t, 'CategoryCode');
    const vb: VatBreakdown = {
      taxableAmount: req(basis),
      taxAmount: req(amount),
      categoryCode: req(code),
    };
    rec(p, 'BT-116', basis);
    rec(p, 'BT-117', amount);
    rec(p, 'BT-118', code);
    let e = ram(t, 'RateApplicablePercent');
    put(vb, 'rate', text(e));
    rec(p, 'BT-119', e);
    e = ram(t, 'ExemptionReason');
    put(vb, 'exemptionReason', text(e));
    rec(p, 'BT-120', e);
    e = ram(t, 'ExemptionReasonCode');
    put(vb, 'exemptionReasonCode', text(e));
    rec(p, 'BT-121', e);
    inv.vatBreakdown.push(vb);
    // BT-7 and BT-8 are document-level terms that CII repeats in each breakdown: the first one counts.
    e = kid(ram(t, 'TaxPointDate'), UDT, 'DateString');
    if (e && inv.vatPointDate === undefined) {
      inv.vatPointDate = date(e) ?? '';
      rec('', 'BT-7', e);
    }
    e = ram(t, 'DueDateTypeCode');
    if (e && inv.vatPointDateCode === undefined) {
      const code = req(e);
      inv.vatPointDateCode = CII_TO_VAT_POINT_CODE[code] ?? code;
      rec('', 'BT-8', e);
    }
  });
  const period = ram(s, 'BillingSpecifiedPeriod');
  if (period) inv.invoicingPeriod = readPeriod(period, '', ['BG-14', 'BT-73', 'BT-74'], rec);
  for (const ac of rams(s, 'SpecifiedTradeAllowanceCharge')) {
    const isCharge = isChargeIndicator(ac);
    const list = isCharge ? inv.charges : inv.allowances;
    list.push(readDocAllowanceCharge(ac, isCharge, list.length + 1, rec));
  }
  const terms = ram(s, 'SpecifiedTradePaymentTerms');
  el = ram(terms, 'Description');
  put(inv, 'paymentTerms', text(el));
  rec('', 'BT-20', el);
  el = dts(ram(terms, 'DueDateDateTime'));
  put(inv, 'dueDate', date(el));
  rec('', 'BT-9', el);
  readTotals(inv, ram(s, 'SpecifiedTradeSettlementHeaderMonetarySummation'), rec);
  rams(s, 'InvoiceReferencedDocument').forEach((ref, i) => {
    const p = `BG-3[${i + 1}]/`;
    rec('', `BG-3[${i + 1}]`, ref);
    let e = ram(ref, 'IssuerAssignedID');
    const preceding: PrecedingInvoiceReference = { reference: req(e) };
    rec(p, 'BT-25', e);
    e = kid(ram(ref, 'FormattedIssueDateTime'), QDT, 'DateTimeString');
    put(preceding, 'issueDate', date(e));
    rec(p, 'BT-26', e);
    inv.precedingInvoices.push(preceding);
  });
  el = ram(ram(s, 'ReceivableSpecifiedTradeAccountingAccount'), 'ID');
  put(inv, 'buyerAccountingReference', text(el));
  rec('', 'BT-19', el);
}

function readPayment(inv: Invoice, s: XmlElement | undefined, rec: Recorder): void {
  const means = rams(s, 'SpecifiedTradeSettlementPaymentMeans');
  const first = means[0];
  let el: XmlElement | undefined;
  if (first) {
    rec('', 'BG-16', first);
    el = ram(first, 'TypeCode');
    const pay: PaymentInstructions = { meansCode: req(el), creditTransfers: [] };
    rec('', 'BT-81', el);
    el = ram(first, 'Information');
    put(pay, 'meansText', text(el));
    rec('', 'BT-82', el);
    for (const m of means) {
      const acct = ram(m, 'PayeePartyCreditorFinancialAccount');
      if (acct) {
        const n = pay.creditTransfers.length + 1;
        const p = `BG-17[${n}]/`;
        rec('', `BG-17[${n}]`, acct);
        el = ram(acct, 'IBANID') ?? ram(acct, 'ProprietaryID');
        const ct: CreditTransfer = { accountId: req(el) };
        rec(p, 'BT-84', el);
        el = ram(acct, 'AccountName');
        put(ct, 'accountName', text(el));
        rec(p, 'BT-85', el);
        el = ram(ram(m, 'PayeeSpecifiedCreditorFinancialInstitution'), 'BICID');
        put(ct, 'serviceProviderId', text(el));
        rec(p, 'BT-86', el);
        pay.creditTransfers.push(ct);
      }
      const card = ram(m, 'ApplicableTradeSettlementFinancialCard');
      if (card && !pay.paymentCard) {
        rec('', 'BG-18', card);
        el = ram(card, 'ID');
        pay.paymentCard = { primaryAccountNumber: req(el) };
        rec('', 'BT-87', el);
        el = ram(card, 'CardholderName');
        put(pay.paymentCard, 'holderName', text(el));
        rec('', 'BT-88', el);
      }
    }
    inv.paymentInstructions = pay;
  }
  const mandate = ram(ram(s, 'SpecifiedTradePaymentTerms'), 'DirectDebitMandateID');
  const creditor = ram(s, 'CreditorReferenceID');
  const debited = means
    .map((m) => ram(ram(m, 'PayerPartyDebtorFinancialAccount'), 'IBANID'))
    .find((e) => e);
  if (mandate || creditor || debited) {
    const dd: NonNullable<PaymentInstructions['directDebit']> = {};
    put(dd, 'mandateReference', text(mandate));
    put(dd, 'creditorId', text(creditor));
    put(dd, 'debitedAccountId', text(debited));
    rec('', 'BG-19', mandate ?? creditor ?? debited);
    rec('', 'BT-89', mandate);
    rec('', 'BT-90', creditor);
    rec('', 'BT-91', debited);
    inv.paymentInstructions ??= { meansCode: '', creditTransfers: [] };
    inv.paymentInstructions.directDebit = dd;
  }
  el = ram(s, 'PaymentReference');
  if (el) {
    inv.paymentInstructions ??= { meansCode: '', creditTransfers: [] };
    inv.paymentInstructions.remittanceInformation = req(el);
    rec('', 'BT-83', el);
  }
}

function readDocAllowanceCharge(
  ac: XmlElement,
  isCharge: boolean,
  n: number,
  rec: Recorder,
): DocumentAllowanceCharge {
  const [g, amount, base, pct, cat, rate, reason, code] = isCharge
    ? ['BG-21', 'BT-99', 'BT-100', 'BT-101', 'BT-102', 'BT-103', 'BT-104', 'BT-105']
    : ['BG-20', 'BT-92', 'BT-93', 'BT-94', 'BT-95', 'BT-96', 'BT-97', 'BT-98'];
  const p = `${g}[${n}]/`;
  rec('', `${g}[${n}]`, ac);
  const common = readAllowanceChargeCommon(ac, p, [amount, base, pct, reason, code], rec);
  const tax = ram(ac, 'CategoryTradeTax');
  let el = ram(tax, 'CategoryCode');
  const out: DocumentAllowanceCharge = { ...common, vatCategoryCode: req(el) };
  rec(p, cat, el);
  el = ram(tax, 'RateApplicablePercent');
  put(out, 'vatRate', text(el));
  rec(p, rate, el);
  return out;
}

function readTotals(inv: Invoice, sum: XmlElement | undefined, rec: Recorder): void {
  rec('', 'BG-22', sum);
  const t = inv.totals;
  const one = (local: string, id: string): string | undefined => {
    const e = ram(sum, local);
    rec('', id, e);
    return text(e);
  };
  t.lineNetAmount = one('LineTotalAmount', 'BT-106') ?? '';
  put(t, 'chargeTotal', one('ChargeTotalAmount', 'BT-108'));
  put(t, 'allowanceTotal', one('AllowanceTotalAmount', 'BT-107'));
  t.taxExclusiveAmount = one('TaxBasisTotalAmount', 'BT-109') ?? '';
  // BT-110 is in the invoice currency, BT-111 in the VAT accounting currency (BT-6).
  const taxTotals = rams(sum, 'TaxTotalAmount');
  const accounting = inv.vatAccountingCurrencyCode;
  const separate = accounting !== undefined && accounting !== inv.currencyCode;
  let main = taxTotals[0];
  if (separate)
    main =
      taxTotals.find((e) => attr(e, 'currencyID') !== accounting) ??
      (taxTotals.length > 1 ? main : undefined);
  for (const e of taxTotals) {
    if (e === main) {
      t.taxAmount = req(e);
      rec('', 'BT-110', e);
    } else if (!t.taxAmountInAccountingCurrency) {
      const currencyId = attr(e, 'currencyID');
      t.taxAmountInAccountingCurrency =
        currencyId === undefined ? { value: req(e) } : { value: req(e), currencyId };
      rec('', 'BT-111', e);
    }
  }
  put(t, 'roundingAmount', one('RoundingAmount', 'BT-114'));
  t.taxInclusiveAmount = one('GrandTotalAmount', 'BT-112') ?? '';
  put(t, 'paidAmount', one('TotalPrepaidAmount', 'BT-113'));
  t.payableAmount = one('DuePayableAmount', 'BT-115') ?? '';
}
