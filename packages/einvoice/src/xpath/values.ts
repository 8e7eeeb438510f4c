/**
 * XPath 2.0 atomic values and the conversions the EN 16931 Schematron relies on. Decimal arithmetic
 * is exact (decimal.js), as in Saxon: the totals rules (BR-CO-10 ...) compare `xs:decimal` sums with
 * `=`, where binary floating point would give false failures. Untyped values in arithmetic become
 * doubles, as XPath 2.0 says, so `cbc:Amount > 0` behaves as in the official artefacts.
 */
import Decimal from 'decimal.js';
import type { XNode } from './xdm';
import { stringValue } from './xdm';

export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

/**
 * A decimal kept for the life of the process (a literal of the rules, a shared result), made as a
 * copy of the parsed value. decimal.js makes a value's digit list from an array literal, and once
 * most of what a literal makes outlives a minor collection, V8 makes that literal's later arrays in
 * the old generation: the rules' constants would bring that on every decimal read from an invoice
 * afterwards (see `ParsedElement` in xml/scanner.ts). A copy's digit list comes from `slice`.
 */
export function lastingDecimal(v: string | number): Dec {
  return new Dec(new Dec(v));
}

/** The value of a numeric literal: an xs:double when written with an exponent, else an xs:decimal. */
export function numericLiteral(text: string): number | Dec {
  return text.includes('e') || text.includes('E') ? Number(text) : lastingDecimal(text);
}

/** xs:untypedAtomic: the typed value of a node in an untyped document. */
export class Untyped {
  constructor(readonly s: string) {}
}

/** xs:date, kept as its 'YYYY-MM-DD' part (time zones play no part in the EN 16931 rules). */
export class XDate {
  constructor(readonly s: string) {}
}

export type Atomic = string | number | boolean | Dec | Untyped | XDate;
export type Item = XNode | Atomic;
export type Seq = Item[];

export class XPathDynamicError extends Error {}

/**
 * The two boolean results, shared: results are never changed in place (node sequences are handed
 * out straight from the document's indexes too), and rules produce millions of them.
 */
export const TRUE: Seq = [true];
export const FALSE: Seq = [false];
export const bool = (b: boolean): Seq => (b ? TRUE : FALSE);

/** Nodes are the only items with a `kind` (Untyped, XDate and Dec have none): one test, not four. */
export function isNode(i: Item): i is XNode {
  return typeof i === 'object' && (i as { kind?: unknown }).kind !== undefined;
}

export function atomize(i: Item): Atomic {
  return isNode(i) ? new Untyped(stringValue(i)) : i;
}

export function stringOf(a: Atomic): string {
  if (typeof a === 'string') return a;
  if (a instanceof Untyped || a instanceof XDate) return a.s;
  if (typeof a === 'boolean') return a ? 'true' : 'false';
  if (typeof a === 'number') return Number.isInteger(a) ? String(a) : String(a);
  return a.toString();
}

/** fn:string() of the first item (empty → ''). */
export function str(seq: Seq): string {
  const first = seq[0];
  return first === undefined ? '' : isNode(first) ? stringValue(first) : stringOf(first);
}

const DECIMAL = /^[ \t\r\n]*[+-]?(\d+(\.\d*)?|\.\d+)[ \t\r\n]*$/;

/** Whether a character code is XML whitespace (space, tab, CR, LF). */
export const isXmlSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * `s` without XML whitespace (space, tab, CR, LF) at either end, as a cast from a string reads it;
 * other spaces (no-break ...), which String.prototype.trim() would remove, stay and fail the cast.
 */
function trimXml(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && isXmlSpace(s.charCodeAt(from))) from++;
  while (to > from && isXmlSpace(s.charCodeAt(to - 1))) to--;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

export function toDecimal(a: Atomic): Dec {
  if (a instanceof Dec) return a;
  if (typeof a === 'number') {
    if (!Number.isFinite(a)) throw new XPathDynamicError('cannot cast NaN/INF to xs:decimal');
    return new Dec(a);
  }
  if (typeof a === 'boolean') return new Dec(a ? 1 : 0);
  return decimalOfText(stringOf(a));
}

/**
 * Decimals cast from short texts, by text: the same amounts, rates and quantities come back within
 * an invoice and from one invoice to the next, and reading one costs several times a look-up. Only
 * texts of up to `KEPT_TEXT` characters, which V8 always makes as strings of their own (a longer one
 * may be a slice that would keep a whole document alive); emptied when full. Decimals are never
 * changed once made, so one value can serve every node that holds its text.
 */
const keptDecimals = new Map<string, Dec>();
const KEPT_TEXT = 12;
const KEPT_DECIMALS = 4096;

/** The cast of a text to xs:decimal, or the dynamic error XPath raises when it is no decimal. */
export function decimalOfText(s: string): Dec {
  let d = keptDecimals.get(s);
  if (d !== undefined) return d;
  if (!DECIMAL.test(s)) throw new XPathDynamicError(`"${s}" is not an xs:decimal`);
  d = new Dec(trimXml(s));
  if (s.length <= KEPT_TEXT) {
    if (keptDecimals.size >= KEPT_DECIMALS) keptDecimals.clear();
    keptDecimals.set(s, d);
  }
  return d;
}

export function toDouble(a: Atomic): number {
  if (typeof a === 'number') return a;
  if (a instanceof Dec) return a.toNumber();
  if (typeof a === 'boolean') return a ? 1 : 0;
  const s = trimXml(stringOf(a));
  if (s === 'INF') return Infinity;
  if (s === '-INF') return -Infinity;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return NaN;
  return Number(s);
}

export function toBoolean(a: Atomic): boolean {
  if (typeof a === 'boolean') return a;
  if (typeof a === 'number') return a !== 0 && !Number.isNaN(a);
  if (a instanceof Dec) return !a.isZero();
  const s = trimXml(stringOf(a));
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  throw new XPathDynamicError(`"${s}" is not an xs:boolean`);
}

const DATE = /^[ \t\r\n]*(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?[ \t\r\n]*$/;

export function toDate(a: Atomic): XDate {
  if (a instanceof XDate) return a;
  const m = DATE.exec(stringOf(a));
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new XPathDynamicError(`"${stringOf(a)}" is not an xs:date`);
  }
  return new XDate(`${m[1]}-${m[2]}-${m[3]}`);
}

export function isNumeric(a: Atomic): a is number | Dec {
  return typeof a === 'number' || a instanceof Dec;
}

/** Effective boolean value (XPath 2.0 §2.4.3). */
export function ebv(seq: Seq): boolean {
  const first = seq[0];
  if (first === undefined) return false;
  if (isNode(first)) return true;
  if (seq.length > 1)
    throw new XPathDynamicError('effective boolean value of a sequence of atomic values');
  if (typeof first === 'boolean') return first;
  if (typeof first === 'string') return first.length > 0;
  if (first instanceof Untyped) return first.s.length > 0;
  if (typeof first === 'number') return first !== 0 && !Number.isNaN(first);
  if (first instanceof Dec) return !first.isZero();
  throw new XPathDynamicError('effective boolean value of a date');
}

/**
 * `x.cmp(y)` without the copy of `y` that decimal.js makes on each call: the rules compare decimals
 * millions of times. Finite values are compared from decimal.js's documented instance properties
 * (sign `s`, exponent `e`, digits `d` in base 10^7, most significant first, no trailing zero word);
 * infinities and NaN go through `cmp` itself.
 */
export function compareDecimals(x: Dec, y: Dec): number {
  const { d: xd, s: xs, e: xe } = x as unknown as DecimalParts;
  const { d: yd, s: ys, e: ye } = y as unknown as DecimalParts;
  if (!xd || !yd) return x.cmp(y);
  const xZero = xd[0] === 0;
  const yZero = yd[0] === 0;
  if (xZero || yZero) return xZero ? (yZero ? 0 : -ys) : xs;
  if (xs !== ys) return xs;
  // Same sign: the larger magnitude is the larger value when positive, the smaller when negative.
  if (xe !== ye) return xe > ye === xs > 0 ? 1 : -1;
  const n = Math.min(xd.length, yd.length);
  for (let i = 0; i < n; i++) {
    if (xd[i] !== yd[i]) return (xd[i] as number) > (yd[i] as number) === xs > 0 ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length === xs > 0 ? 1 : -1;
}

interface DecimalParts {
  d: number[] | null;
  s: number;
  e: number;
}

/** `x op y` for a general comparison operator, on numbers. */
export function compareNumbers(op: string, x: number, y: number): boolean {
  switch (op) {
    case '=':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

function cmpOrder(op: string, c: number): boolean {
  return compareNumbers(op, c, 0);
}

/** Compares two atomic values; `general` applies the untyped-value casts of general comparisons. */
export function compareAtomic(op: string, a: Atomic, b: Atomic, general: boolean): boolean {
  if (general) {
    if (a instanceof Untyped && b instanceof Untyped)
      return cmpOrder(op, a.s < b.s ? -1 : a.s > b.s ? 1 : 0);
    if (a instanceof Untyped) a = castLike(a, b);
    if (b instanceof Untyped) b = castLike(b, a);
  } else {
    if (a instanceof Untyped) a = a.s;
    if (b instanceof Untyped) b = b.s;
  }
  if (isNumeric(a) && isNumeric(b)) {
    if (a instanceof Dec && b instanceof Dec) return cmpOrder(op, compareDecimals(a, b));
    return compareNumbers(op, toDouble(a), toDouble(b));
  }
  if (typeof a === 'string' && typeof b === 'string')
    return cmpOrder(op, a < b ? -1 : a > b ? 1 : 0);
  if (typeof a === 'boolean' && typeof b === 'boolean')
    return compareNumbers(op, Number(a), Number(b));
  if (a instanceof XDate && b instanceof XDate)
    return cmpOrder(op, a.s < b.s ? -1 : a.s > b.s ? 1 : 0);
  throw new XPathDynamicError(`cannot compare ${stringOf(a)} with ${stringOf(b)}`);
}

function castLike(u: Untyped, other: Atomic): Atomic {
  if (isNumeric(other)) return toDouble(u);
  if (typeof other === 'boolean') return toBoolean(u);
  if (other instanceof XDate) return toDate(u);
  return u.s;
}

export type NumVal = number | Dec;

/** Numeric operand of arithmetic: untyped → xs:double. */
export function numOperand(a: Atomic): NumVal {
  if (a instanceof Dec || typeof a === 'number') return a;
  if (a instanceof Untyped) return toDouble(a);
  throw new XPathDynamicError(`not a number: ${stringOf(a)}`);
}

export function arith(op: string, x: NumVal, y: NumVal): NumVal {
  if (x instanceof Dec && y instanceof Dec) {
    switch (op) {
      case '+':
        return x.plus(y);
      case '-':
        return x.minus(y);
      case '*':
        return x.times(y);
      case 'div':
        if (y.isZero()) throw new XPathDynamicError('division by zero');
        return x.div(y);
      case 'idiv':
        return x.div(y).trunc();
      default:
        return x.mod(y);
    }
  }
  const a = toDouble(x);
  const b = toDouble(y);
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case 'div':
      return a / b;
    case 'idiv':
      return Math.trunc(a / b);
    default:
      return a % b;
  }
}
