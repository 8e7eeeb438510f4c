export {
  Dec,
  parseDecimal,
  decimalOrZero,
  roundAmount,
  countDecimals,
  sameDecimal,
} from './decimal';
export { lineNetAmount, computeTotals, computeInvoiceTotals } from './totals';
export type { LineAmountInput, TaxedAmount, TotalsInput, TotalsResult } from './totals';
