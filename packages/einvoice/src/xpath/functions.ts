/** The XPath 2.0 functions the EN 16931 Schematron calls, with XPath's own rules on empty sequences. */
import type { Compiled, Ctx } from './compile';
import type { XAttr, XElem } from './xdm';
import { stringValue } from './xdm';
import type { Atomic, Item, Seq } from './values';
import {
  Dec,
  FALSE,
  TRUE,
  XPathDynamicError,
  bool,
  atomize,
  decimalOfText,
  isNode,
  isXmlSpace,
  lastingDecimal,
  numOperand,
  str,
  stringOf,
  toDate,
  toDecimal,
  toDouble,
  ebv,
} from './values';

type Fn = (args: Compiled[], ctx: Ctx) => Seq;

const one = (args: Compiled[], i: number, ctx: Ctx): Item | undefined => {
  const f = args[i];
  if (!f) throw new XPathDynamicError('missing argument');
  const v = f(ctx);
  return v[0];
};
const strArg = (args: Compiled[], i: number, ctx: Ctx): string => {
  const f = args[i];
  if (!f) throw new XPathDynamicError('missing argument');
  return str(f(ctx));
};
const ctxString = (ctx: Ctx): string =>
  isNode(ctx.item) ? stringValue(ctx.item) : stringOf(ctx.item);
/**
 * normalize-space() of a string: runs of XML whitespace become one space, none at either end. Only
 * XML whitespace: a no-break space, which String.prototype.trim() would remove, stays.
 */
export const normalize = (s: string): string =>
  isNormalized(s) ? s : s.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');

/**
 * Whether normalize-space() leaves `s` as it is: no tab, CR or LF, and single spaces between other
 * characters only. Codes, identifiers and amounts are so; a loop over their few characters costs
 * less than the regular expression and the trim, which would give back the same string.
 */
function isNormalized(s: string): boolean {
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (isXmlSpace(c)) return false;
    else space = false;
  }
  return !space || s.length === 0;
}

function roundHalfUp(a: Atomic): Item {
  const n = numOperand(a);
  if (n instanceof Dec) return roundDecimal(n);
  return Math.round(n);
}

/** fn:round() of an xs:decimal: the nearest integer, halves towards positive infinity (-2.5 gives -2). */
export function roundDecimal(n: Dec): Dec {
  return n.toDecimalPlaces(0, Dec.ROUND_HALF_CEIL);
}

/** Integers up to 64 as results, made once (decimals are immutable, sequences never changed in place). */
const SMALL_INTEGERS: Seq[] = Array.from({ length: 65 }, (_, i) => [lastingDecimal(i)]);
const integer = (n: number): Seq => SMALL_INTEGERS[n] ?? [new Dec(n)];

/** Characters of a string as XPath counts them: code points (a surrogate pair is one). */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const regexCache = new Map<string, RegExp>();
function xpathRegex(pattern: string, flags: string): RegExp {
  const key = `${flags}/${pattern}`;
  let re = regexCache.get(key);
  if (!re) {
    re = new RegExp(pattern, flags.replace(/[^imsx]/g, '').replace('x', '') + 'u');
    regexCache.set(key, re);
  }
  return re;
}

/** normalize-space() of an element's value, as its one-item sequence, computed once per element. */
function normalizedSeq(el: XElem): [string] {
  return (el.nsv ??= [normalize(stringValue(el))]);
}

/** normalize-space() of an element's value (kept on the element, as `normalize-space` keeps it). */
export function normalizedValue(el: XElem): string {
  return normalizedSeq(el)[0];
}

function decimalSeq(v: XElem | XAttr): Seq {
  let d = v.dec as Seq | undefined;
  if (d === undefined) {
    d = [decimalOfText(stringValue(v))];
    v.dec = d;
  }
  return d;
}

/**
 * xs:decimal() of a node's value, kept on the node as `xs:decimal` keeps it; raises the same dynamic
 * error when the value is not a decimal.
 */
export function nodeDecimal(v: XElem | XAttr): Dec {
  return decimalSeq(v)[0] as Dec;
}

const FUNCTIONS: Record<string, Fn> = {
  not: (a, c) => bool(!ebv((a[0] as Compiled)(c))),
  exists: (a, c) => bool((a[0] as Compiled)(c).length > 0),
  empty: (a, c) => bool((a[0] as Compiled)(c).length === 0),
  boolean: (a, c) => bool(ebv((a[0] as Compiled)(c))),
  true: () => TRUE,
  false: () => FALSE,
  count: (a, c) => integer((a[0] as Compiled)(c).length),
  sum: (a, c) => {
    const items = (a[0] as Compiled)(c).map(atomize);
    if (items.length === 0) return [new Dec(0)];
    let acc: number | Dec | undefined;
    for (const i of items) {
      const n = numOperand(i);
      if (acc === undefined) acc = n;
      else if (acc instanceof Dec && n instanceof Dec) acc = acc.plus(n);
      else
        acc = (acc instanceof Dec ? acc.toNumber() : acc) + (n instanceof Dec ? n.toNumber() : n);
    }
    return acc === undefined ? [] : [acc];
  },
  round: (a, c) => {
    const v = one(a, 0, c);
    return v === undefined ? [] : [roundHalfUp(atomize(v))];
  },
  abs: (a, c) => {
    const v = one(a, 0, c);
    if (v === undefined) return [];
    const n = numOperand(atomize(v));
    return [n instanceof Dec ? n.abs() : Math.abs(n)];
  },
  string: (a, c) => [a.length ? strArg(a, 0, c) : ctxString(c)],
  'normalize-space': (a, c) => {
    // The VAT rules normalise the same codes (`normalize-space(cbc:ID) = 'S'`) for every category:
    // once per element.
    const v = a.length ? (a[0] as Compiled)(c) : [c.item];
    const first = v[0];
    if (first === undefined) return [''];
    if (isNode(first) && first.kind === 'elem') return normalizedSeq(first);
    return [normalize(isNode(first) ? stringValue(first) : stringOf(first))];
  },
  'string-length': (a, c) => integer(codePoints(a.length ? strArg(a, 0, c) : ctxString(c))),
  'upper-case': (a, c) => [strArg(a, 0, c).toUpperCase()],
  'lower-case': (a, c) => [strArg(a, 0, c).toLowerCase()],
  contains: (a, c) => bool(strArg(a, 0, c).includes(strArg(a, 1, c))),
  'starts-with': (a, c) => bool(strArg(a, 0, c).startsWith(strArg(a, 1, c))),
  'ends-with': (a, c) => bool(strArg(a, 0, c).endsWith(strArg(a, 1, c))),
  'substring-after': (a, c) => {
    const s = strArg(a, 0, c);
    const t = strArg(a, 1, c);
    const i = s.indexOf(t);
    return [i < 0 ? '' : s.slice(i + t.length)];
  },
  'substring-before': (a, c) => {
    const s = strArg(a, 0, c);
    const i = s.indexOf(strArg(a, 1, c));
    return [i < 0 ? '' : s.slice(0, i)];
  },
  substring: (a, c) => {
    const chars = [...strArg(a, 0, c)];
    const startItem = one(a, 1, c);
    const start = Math.round(Number(stringOf(atomize(startItem ?? ''))));
    const lenItem = a.length > 2 ? one(a, 2, c) : undefined;
    const end =
      lenItem === undefined ? Infinity : start + Math.round(Number(stringOf(atomize(lenItem))));
    return [chars.filter((_, i) => i + 1 >= start && i + 1 < end).join('')];
  },
  concat: (a, c) => [a.map((_, i) => strArg(a, i, c)).join('')],
  name: (a, c) => {
    const n = a.length ? one(a, 0, c) : c.item;
    return [n !== undefined && isNode(n) && n.kind !== 'doc' ? n.name : ''];
  },
  'local-name': (a, c) => {
    const n = a.length ? one(a, 0, c) : c.item;
    return [n !== undefined && isNode(n) && n.kind !== 'doc' ? n.local : ''];
  },
  matches: (a, c) => [
    xpathRegex(strArg(a, 1, c), a.length > 2 ? strArg(a, 2, c) : '').test(strArg(a, 0, c)),
  ],
  'distinct-values': (a, c) => {
    const seen = new Set<string>();
    const out: Seq = [];
    for (const i of (a[0] as Compiled)(c).map(atomize)) {
      const k = stringOf(i);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(i);
      }
    }
    return out;
  },
  'xs:decimal': (a, c) => {
    const v = one(a, 0, c);
    if (v === undefined) return [];
    if (!isNode(v)) return [toDecimal(v)];
    // Amounts and rates are cast again and again (each VAT rate, each line): once per node.
    if (v.kind === 'doc') return [toDecimal(atomize(v))];
    return decimalSeq(v);
  },
  'xs:date': (a, c) => {
    const v = one(a, 0, c);
    return v === undefined ? [] : [toDate(atomize(v))];
  },
  number: (a, c) => {
    const v = a.length ? one(a, 0, c) : c.item;
    if (v === undefined) return [NaN];
    return [toDouble(stringOf(atomize(v)))];
  },
};

export function callFunction(name: string, args: Compiled[], ctx: Ctx): Seq {
  const fn = FUNCTIONS[name.startsWith('fn:') ? name.slice(3) : name];
  if (!fn) throw new XPathDynamicError(`unsupported function ${name}()`);
  return fn(args, ctx);
}

/**
 * The implementation of a function, looked up once when the expression is compiled (not at each
 * call); an unknown name still fails only when the call is evaluated, as before.
 */
export function functionCall(name: string): (args: Compiled[], ctx: Ctx) => Seq {
  const fn = FUNCTIONS[name.startsWith('fn:') ? name.slice(3) : name];
  return (
    fn ??
    (() => {
      throw new XPathDynamicError(`unsupported function ${name}()`);
    })
  );
}

export function isKnownFunction(name: string): boolean {
  return (name.startsWith('fn:') ? name.slice(3) : name) in FUNCTIONS;
}
