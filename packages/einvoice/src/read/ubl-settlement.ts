import type {
  CreditTransfer,
  DocumentAllowanceCharge,
  Invoice,
  PaymentInstructions,
  VatBreakdown,
} from '../model/invoice';
import type { XmlElement } from '../xml/types';
import { attr, put, req, text } from './helpers';
import type { Recorder } from './source-map';
import { cac, cacs, cbc, date, readAllowanceChargeCommon } from './ubl-syntax';

export function readPayment(
  inv: Invoice,
  root: XmlElement,
  isCredit: boolean,
  creditorId: string | undefined,
  rec: Recorder,
): void {
  const means = cacs(root, 'PaymentMeans');
  const first = means[0];
  if (isCredit) {
    // EN 16931-3-2: a UBL CreditNote carries BT-9 in PaymentMeans.
    const due = means.map((m) => cbc(m, 'PaymentDueDate')).find((e) => e);
    put(inv, 'dueDate', date(due));
    rec('', 'BT-9', due);
  }
  let directDebit: NonNullable<PaymentInstructions['directDebit']> | undefined;
  if (first) {
    rec('', 'BG-16', first);
    let el = cbc(first, 'PaymentMeansCode');
    const pay: PaymentInstructions = { meansCode: req(el), creditTransfers: [] };
    rec('', 'BT-81', el);
    const name = attr(el, 'name');
    put(pay, 'meansText', name);
    rec('', 'BT-82', el, 'name');
    el = cbc(first, 'PaymentID');
    put(pay, 'remittanceInformation', text(el));
    rec('', 'BT-83', el);
    for (const m of means) {
      const acct = cac(m, 'PayeeFinancialAccount');
      if (acct) {
        const n = pay.creditTransfers.length + 1;
        const p = `BG-17[${n}]/`;
        rec('', `BG-17[${n}]`, acct);
        el = cbc(acct, 'ID');
        const ct: CreditTransfer = { accountId: req(el) };
        rec(p, 'BT-84', el);
        el = cbc(acct, 'Name');
        put(ct, 'accountName', text(el));
        rec(p, 'BT-85', el);
        el = cbc(cac(acct, 'FinancialInstitutionBranch'), 'ID');
        put(ct, 'serviceProviderId', text(el));
        rec(p, 'BT-86', el);
        pay.creditTransfers.push(ct);
      }
      const card = cac(m, 'CardAccount');
      if (card && !pay.paymentCard) {
        rec('', 'BG-18', card);
        el = cbc(card, 'PrimaryAccountNumberID');
        pay.paymentCard = { primaryAccountNumber: req(el) };
        rec('', 'BT-87', el);
        el = cbc(card, 'HolderName');
        put(pay.paymentCard, 'holderName', text(el));
        rec('', 'BT-88', el);
      }
      const mandate = cac(m, 'PaymentMandate');
      if (mandate && !directDebit) {
        rec('', 'BG-19', mandate);
        directDebit = {};
        el = cbc(mandate, 'ID');
        put(directDebit, 'mandateReference', text(el));
        rec('', 'BT-89', el);
        el = cbc(cac(mandate, 'PayerFinancialAccount'), 'ID');
        put(directDebit, 'debitedAccountId', text(el));
        rec('', 'BT-91', el);
      }
    }
    inv.paymentInstructions = pay;
  }
  if (creditorId !== undefined) directDebit = { ...directDebit, creditorId };
  if (directDebit) {
    inv.paymentInstructions ??= { meansCode: '', creditTransfers: [] };
    inv.paymentInstructions.directDebit = directDebit;
  }
}

export function readDocAllowanceCharge(
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
  const line = readAllowanceChargeCommon(ac, p, [amount, base, pct, reason, code], rec);
  const tc = cac(ac, 'TaxCategory');
  let el = cbc(tc, 'ID');
  const out: DocumentAllowanceCharge = { ...line, vatCategoryCode: req(el) };
  rec(p, cat, el);
  el = cbc(tc, 'Percent');
  put(out, 'vatRate', text(el));
  rec(p, rate, el);
  return out;
}

export function readTaxTotals(inv: Invoice, root: XmlElement, rec: Recorder): void {
  const totals = cacs(root, 'TaxTotal');
  const accounting = inv.vatAccountingCurrencyCode;
  // BT-110 is the TaxTotal in the invoice currency with the breakdown; BT-111 the one in BT-6.
  let main = totals.find((t) => cac(t, 'TaxSubtotal')) ?? totals[0];
  if (accounting !== undefined && accounting !== inv.currencyCode) {
    main = totals.find((t) => attr(cbc(t, 'TaxAmount'), 'currencyID') !== accounting) ?? main;
  }
  for (const t of totals) {
    const amount = cbc(t, 'TaxAmount');
    if (t === main) {
      put(inv.totals, 'taxAmount', text(amount));
      rec('', 'BT-110', amount);
    } else if (!inv.totals.taxAmountInAccountingCurrency && amount) {
      const currencyId = attr(amount, 'currencyID');
      const value = req(amount);
      inv.totals.taxAmountInAccountingCurrency =
        currencyId === undefined ? { value } : { value, currencyId };
      rec('', 'BT-111', amount);
    }
  }
  cacs(main, 'TaxSubtotal').forEach((st, i) => {
    const p = `BG-23[${i + 1}]/`;
    rec('', `BG-23[${i + 1}]`, st);
    const cat = cac(st, 'TaxCategory');
    const taxable = cbc(st, 'TaxableAmount');
    const amount = cbc(st, 'TaxAmount');
    const code = cbc(cat, 'ID');
    const vb: VatBreakdown = {
      taxableAmount: req(taxable),
      taxAmount: req(amount),
      categoryCode: req(code),
    };
    rec(p, 'BT-116', taxable);
    rec(p, 'BT-117', amount);
    rec(p, 'BT-118', code);
    let el = cbc(cat, 'Percent');
    put(vb, 'rate', text(el));
    rec(p, 'BT-119', el);
    el = cbc(cat, 'TaxExemptionReason');
    put(vb, 'exemptionReason', text(el));
    rec(p, 'BT-120', el);
    el = cbc(cat, 'TaxExemptionReasonCode');
    put(vb, 'exemptionReasonCode', text(el));
    rec(p, 'BT-121', el);
    inv.vatBreakdown.push(vb);
  });
}

export function readMonetaryTotal(inv: Invoice, lmt: XmlElement | undefined, rec: Recorder): void {
  rec('', 'BG-22', lmt);
  const t = inv.totals;
  let el = cbc(lmt, 'LineExtensionAmount');
  t.lineNetAmount = req(el);
  rec('', 'BT-106', el);
  el = cbc(lmt, 'AllowanceTotalAmount');
  put(t, 'allowanceTotal', text(el));
  rec('', 'BT-107', el);
  el = cbc(lmt, 'ChargeTotalAmount');
  put(t, 'chargeTotal', text(el));
  rec('', 'BT-108', el);
  el = cbc(lmt, 'TaxExclusiveAmount');
  t.taxExclusiveAmount = req(el);
  rec('', 'BT-109', el);
  el = cbc(lmt, 'TaxInclusiveAmount');
  t.taxInclusiveAmount = req(el);
  rec('', 'BT-112', el);
  el = cbc(lmt, 'PrepaidAmount');
  put(t, 'paidAmount', text(el));
  rec('', 'BT-113', el);
  el = cbc(lmt, 'PayableRoundingAmount');
  put(t, 'roundingAmount', text(el));
  rec('', 'BT-114', el);
  el = cbc(lmt, 'PayableAmount');
  t.payableAmount = req(el);
  rec('', 'BT-115', el);
}
