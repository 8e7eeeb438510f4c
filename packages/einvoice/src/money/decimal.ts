import DecimalJs from 'decimal.js';

/**
 * Decimal arithmetic for money, isolated from any other decimal.js user: 40 significant digits
 * (exact for any invoice amount) and rounding half away from zero, which is what EN 16931 expects
 * of rounded amounts (0.005 → 0.01, -0.005 → -0.01).
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Parses a decimal string ('1250.5', '-3', ' 0.005 '); undefined when it is not a plain decimal number. */
export function parseDecimal(value: string | undefined): Dec | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  return DECIMAL.test(s) ? new Dec(s) : undefined;
}

/** Parses a decimal, reading an absent or invalid value as zero (for sums over what a form has). */
export function decimalOrZero(value: string | undefined): Dec {
  return parseDecimal(value) ?? new Dec(0);
}

/** Rounds to `places` decimals, half away from zero, and formats with exactly that many decimals. */
export function roundAmount(value: Dec | string, places = 2): string {
  const d = typeof value === 'string' ? decimalOrZero(value) : value;
  const s = d.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** Number of decimals written in a decimal string ('12.50' → 2), as the BR-DEC rules count them. */
export function countDecimals(value: string): number {
  const s = value.trim();
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Whether two decimal strings denote the same number ('20' and '20.00'). */
export function sameDecimal(a: string | undefined, b: string | undefined): boolean {
  const x = parseDecimal(a);
  const y = parseDecimal(b);
  return x !== undefined && y !== undefined && x.equals(y);
}
