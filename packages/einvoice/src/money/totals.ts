import type { DocumentTotals, Invoice, VatBreakdown } from '../model/invoice';
import { Dec, decimalOrZero, parseDecimal, roundAmount } from './decimal';

/** What BT-131 is made of (EN 16931: quantity × (net price / base quantity) − allowances + charges). */
export interface LineAmountInput {
  /** BT-129 */
  quantity: string;
  /** BT-146 */
  netPrice: string;
  /** BT-149, 1 when absent */
  baseQuantity?: string;
  /** BT-136 of each line allowance */
  allowances?: string[];
  /** BT-141 of each line charge */
  charges?: string[];
}

/** BT-131 Invoice line net amount, rounded to 2 decimals. */
export function lineNetAmount(input: LineAmountInput): string {
  const base = parseDecimal(input.baseQuantity);
  const unit = decimalOrZero(input.netPrice).div(base && !base.isZero() ? base : 1);
  let net = decimalOrZero(input.quantity).mul(unit);
  for (const a of input.allowances ?? []) net = net.minus(decimalOrZero(a));
  for (const c of input.charges ?? []) net = net.plus(decimalOrZero(c));
  return roundAmount(net);
}

/** One line, document allowance or charge as the totals see it. */
export interface TaxedAmount {
  /** BT-131, BT-92 or BT-99 */
  amount: string;
  /** BT-151, BT-95 or BT-102 */
  vatCategoryCode: string;
  /** BT-152, BT-96 or BT-103 */
  vatRate?: string;
}

export interface TotalsInput {
  lines: TaxedAmount[];
  allowances?: TaxedAmount[];
  charges?: TaxedAmount[];
  /** BT-113 */
  paidAmount?: string;
  /** BT-114 */
  roundingAmount?: string;
}

export interface TotalsResult {
  /** BG-23, one per VAT category and rate, in order of first appearance. */
  vatBreakdown: VatBreakdown[];
  /** BG-22 */
  totals: DocumentTotals;
}

/** Categories whose VAT amount is always zero (BR-Z-09, BR-E-09, BR-AE-09, BR-IC-09, BR-G-09, BR-O-09). */
const ZERO_TAX = new Set(['Z', 'E', 'AE', 'K', 'G', 'O']);

/**
 * The VAT breakdown and document totals of an invoice from its lines, allowances and charges, by the
 * EN 16931 rules: BR-CO-10 to BR-CO-16 for the totals, BR-S-08 (and its siblings per category) for
 * each taxable amount, BR-CO-17 for each VAT amount (taxable × rate / 100, rounded to 2 decimals).
 * Strings in, strings out (2 decimals); absent or unreadable amounts count as zero.
 */
export function computeTotals(input: TotalsInput): TotalsResult {
  const groups = new Map<string, { code: string; rate?: string; taxable: Dec }>();
  const add = (item: TaxedAmount, sign: 1 | -1) => {
    const code = item.vatCategoryCode.trim();
    const rate = parseDecimal(item.vatRate);
    const key = `${code}|${rate ? rate.toString() : ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        code,
        taxable: new Dec(0),
        ...(item.vatRate !== undefined && rate ? { rate: item.vatRate.trim() } : {}),
      };
      groups.set(key, g);
    }
    g.taxable = g.taxable.plus(decimalOrZero(item.amount).mul(sign));
  };
  const sum = (items: TaxedAmount[] | undefined) =>
    (items ?? []).reduce((s, i) => s.plus(decimalOrZero(i.amount)), new Dec(0));

  input.lines.forEach((l) => add(l, 1));
  input.allowances?.forEach((a) => add(a, -1));
  input.charges?.forEach((c) => add(c, 1));

  const vatBreakdown: VatBreakdown[] = [];
  let taxTotal = new Dec(0);
  for (const g of groups.values()) {
    const rate = parseDecimal(g.rate) ?? new Dec(0);
    const taxAmount = ZERO_TAX.has(g.code) ? '0.00' : roundAmount(g.taxable.mul(rate).div(100));
    taxTotal = taxTotal.plus(taxAmount);
    const vb: VatBreakdown = {
      taxableAmount: roundAmount(g.taxable),
      taxAmount,
      categoryCode: g.code,
    };
    // Category O (not subject to VAT) carries no rate; every other category does (0 for the exempt ones).
    if (g.code !== 'O') vb.rate = g.rate ?? '0';
    vatBreakdown.push(vb);
  }

  const lineNet = sum(input.lines);
  const allowances = sum(input.allowances);
  const charges = sum(input.charges);
  const taxExclusive = lineNet.minus(allowances).plus(charges);
  const taxInclusive = taxExclusive.plus(taxTotal);
  const paid = parseDecimal(input.paidAmount);
  const rounding = parseDecimal(input.roundingAmount);
  const payable = taxInclusive.minus(paid ?? 0).plus(rounding ?? 0);

  const totals: DocumentTotals = {
    lineNetAmount: roundAmount(lineNet),
    taxExclusiveAmount: roundAmount(taxExclusive),
    taxAmount: roundAmount(taxTotal),
    taxInclusiveAmount: roundAmount(taxInclusive),
    payableAmount: roundAmount(payable),
  };
  if (input.allowances?.length) totals.allowanceTotal = roundAmount(allowances);
  if (input.charges?.length) totals.chargeTotal = roundAmount(charges);
  if (paid) totals.paidAmount = roundAmount(paid);
  if (rounding) totals.roundingAmount = roundAmount(rounding);
  return { vatBreakdown, totals };
}

/**
 * `computeTotals` over an invoice of the model: its lines (BT-131, BG-30), document allowances and
 * charges, paid and rounding amounts. The line net amounts are taken as they are; compute them
 * first with `lineNetAmount` when they come from a form.
 */
export function computeInvoiceTotals(
  inv: Pick<Invoice, 'lines' | 'allowances' | 'charges' | 'totals'>,
): TotalsResult {
  return computeTotals({
    lines: inv.lines.map((l) => ({
      amount: l.netAmount,
      vatCategoryCode: l.vat.categoryCode,
      vatRate: l.vat.rate,
    })),
    allowances: inv.allowances,
    charges: inv.charges,
    paidAmount: inv.totals.paidAmount,
    roundingAmount: inv.totals.roundingAmount,
  });
}
