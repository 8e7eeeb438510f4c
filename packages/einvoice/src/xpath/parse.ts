/**
 * Parser for the XPath 2.0 subset that the EN 16931 Schematron uses (paths with predicates, axes child,
 * attribute, self, parent, ancestor, preceding, descendant-or-self; general and value comparisons;
 * arithmetic; `some/every ... satisfies`; `cast as`; unions, `except`; function calls). Produces an AST
 * that `compile.ts` turns into closures once per expression.
 */

import { intern } from '../xml/names';

export type Ast =
  | { t: 'num'; v: string }
  | { t: 'str'; v: string }
  | { t: 'var'; name: string }
  | { t: 'ctx' }
  | { t: 'root' }
  | { t: 'seq'; items: Ast[] }
  | { t: 'bin'; op: string; l: Ast; r: Ast }
  | { t: 'neg'; e: Ast }
  | { t: 'quant'; every: boolean; bindings: { name: string; e: Ast }[]; sat: Ast }
  | { t: 'for'; bindings: { name: string; e: Ast }[]; ret: Ast }
  | { t: 'if'; c: Ast; a: Ast; b: Ast }
  | { t: 'cast'; e: Ast; type: string }
  | { t: 'call'; name: string; args: Ast[] }
  | { t: 'path'; l: Ast; r: Ast; deep: boolean }
  | { t: 'step'; axis: Axis; test: NameTest; preds: Ast[] }
  | { t: 'filter'; e: Ast; preds: Ast[] };

export type Axis =
  | 'child'
  | 'attribute'
  | 'self'
  | 'parent'
  | 'ancestor'
  | 'ancestor-or-self'
  | 'preceding'
  | 'descendant'
  | 'descendant-or-self'
  | 'following';

/** A name test with its prefix already resolved: ns undefined = any namespace, local '*' = any name. */
export interface NameTest {
  ns: string | undefined;
  local: string;
  /** node() / text() kind tests */
  kind?: 'node' | 'text';
}

export class XPathSyntaxError extends Error {}

interface Tok {
  k: 'name' | 'num' | 'str' | 'var' | 'op';
  v: string;
}

const NAME = /[A-Za-z_][\w.-]*(?::(?:[A-Za-z_][\w.-]*|\*))?|\*:[A-Za-z_][\w.-]*/y;
const NUM = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const OPS = [
  '!=',
  '<=',
  '>=',
  '//',
  '::',
  '..',
  '<<',
  '>>',
  '(',
  ')',
  '[',
  ']',
  ',',
  '/',
  '@',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '|',
  '.',
  '$',
];

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new XPathSyntaxError(`unterminated string in ${src}`);
        if (src[j] === ch) {
          if (src[j + 1] === ch) {
            s += ch;
            j += 2;
            continue;
          }
          break;
        }
        s += src[j];
        j++;
      }
      out.push({ k: 'str', v: s });
      i = j + 1;
      continue;
    }
    NUM.lastIndex = i;
    const num = /[\d.]/.test(ch) ? NUM.exec(src) : null;
    if (num && !(ch === '.' && !/\d/.test(src[i + 1] ?? ''))) {
      out.push({ k: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    NAME.lastIndex = i;
    const name = /[A-Za-z_*]/.test(ch) ? NAME.exec(src) : null;
    if (name && !(ch === '*' && !name[0].startsWith('*:'))) {
      out.push({ k: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new XPathSyntaxError(`unexpected "${ch}" in ${src}`);
    if (op === '$') {
      NAME.lastIndex = i + 1;
      const v = NAME.exec(src);
      if (!v) throw new XPathSyntaxError(`bad variable in ${src}`);
      out.push({ k: 'var', v: v[0] });
      i += 1 + v[0].length;
      continue;
    }
    out.push({ k: 'op', v: op });
    i += op.length;
  }
  return out;
}

const OPERATOR_NAMES = new Set([
  'and',
  'or',
  'div',
  'idiv',
  'mod',
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'to',
  'union',
  'intersect',
  'except',
  'is',
  'cast',
  'castable',
  'instance',
  'treat',
  'satisfies',
  'in',
  'then',
  'else',
  'as',
  'return',
]);

/** Parses `src`; `ns` maps the prefixes of the Schematron's `<ns>` declarations to URIs. */
export function parseXPath(src: string, ns: Record<string, string>): Ast {
  const toks = tokenize(src);
  // After an operand, `*` is multiplication and `and`, `div`, ... are operators (XPath 2.0 §A.2.2).
  let p = 0;
  const peek = (o = 0): Tok | undefined => toks[p + o];
  const isOp = (v: string): boolean => {
    const t = peek();
    return t !== undefined && (t.k === 'op' || t.k === 'name') && t.v === v;
  };
  const eat = (v: string): boolean => {
    if (isOp(v)) {
      p++;
      return true;
    }
    return false;
  };
  const expect = (v: string): void => {
    if (!eat(v)) throw new XPathSyntaxError(`expected "${v}" at token ${p} in ${src}`);
  };
  // Names are interned as the XML scanner interns the document's, so that name tests compare by
  // identity.
  const resolve = (qname: string): NameTest => {
    if (qname === '*') return { ns: undefined, local: '*' };
    const idx = qname.indexOf(':');
    if (idx < 0) return { ns: '', local: intern(qname) };
    const prefix = qname.slice(0, idx);
    const local = intern(qname.slice(idx + 1));
    if (prefix === '*') return { ns: undefined, local };
    const uri = ns[prefix];
    if (uri === undefined) throw new XPathSyntaxError(`unknown prefix ${prefix} in ${src}`);
    return { ns: intern(uri), local };
  };

  const expr = (): Ast => {
    const first = single();
    if (!isOp(',')) return first;
    const items = [first];
    while (eat(',')) items.push(single());
    return { t: 'seq', items };
  };
  const single = (): Ast => {
    const t = peek();
    const n = peek(1);
    if (t?.k === 'name' && (t.v === 'some' || t.v === 'every' || t.v === 'for') && n?.k === 'var') {
      p++;
      const bindings: { name: string; e: Ast }[] = [];
      do {
        const v = peek();
        if (v?.k !== 'var') throw new XPathSyntaxError(`expected variable in ${src}`);
        p++;
        expect('in');
        bindings.push({ name: v.v, e: single() });
      } while (eat(','));
      if (t.v === 'for') {
        expect('return');
        return { t: 'for', bindings, ret: single() };
      }
      expect('satisfies');
      return { t: 'quant', every: t.v === 'every', bindings, sat: single() };
    }
    if (t?.k === 'name' && t.v === 'if' && n?.v === '(') {
      p += 2;
      const c = expr();
      expect(')');
      expect('then');
      const a = single();
      expect('else');
      return { t: 'if', c, a, b: single() };
    }
    return or();
  };
  const binLevel = (next: () => Ast, ops: string[]): (() => Ast) => {
    return () => {
      let l = next();
      for (;;) {
        const t = peek();
        if (!t || (t.k !== 'op' && t.k !== 'name') || !ops.includes(t.v)) return l;
        p++;
        l = { t: 'bin', op: t.v, l, r: next() };
      }
    };
  };
  const unary = (): Ast => {
    if (eat('-')) return { t: 'neg', e: unary() };
    if (eat('+')) return unary();
    return castExpr();
  };
  const castExpr = (): Ast => {
    const e = pathExpr();
    if (isOp('cast') && peek(1)?.v === 'as') {
      p += 2;
      const type = peek();
      if (type?.k !== 'name') throw new XPathSyntaxError(`expected type in ${src}`);
      p++;
      eat('?');
      return { t: 'cast', e, type: type.v };
    }
    return e;
  };
  const union = binLevel(binLevel(unary, ['intersect', 'except']), ['|', 'union']);
  const mult = binLevel(union, ['*', 'div', 'idiv', 'mod']);
  const add = binLevel(mult, ['+', '-']);
  const range = binLevel(add, ['to']);
  const cmp = binLevel(range, [
    '=',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    'eq',
    'ne',
    'lt',
    'le',
    'gt',
    'ge',
    'is',
  ]);
  const and = binLevel(cmp, ['and']);
  const or = binLevel(and, ['or']);

  const startsStep = (): boolean => {
    const t = peek();
    if (!t) return false;
    if (t.k !== 'op') return !(t.k === 'name' && OPERATOR_NAMES.has(t.v) && p > 0);
    return ['@', '.', '..', '(', '*'].includes(t.v);
  };
  const pathExpr = (): Ast => {
    if (isOp('/')) {
      p++;
      return startsStep() ? relPath({ t: 'root' }, false) : { t: 'root' };
    }
    if (eat('//')) return relPath({ t: 'root' }, true);
    return relPath(undefined, false);
  };
  const relPath = (start: Ast | undefined, deep: boolean): Ast => {
    let cur: Ast = start ? { t: 'path', l: start, r: step(), deep } : step();
    for (;;) {
      if (eat('/')) cur = { t: 'path', l: cur, r: step(), deep: false };
      else if (eat('//')) cur = { t: 'path', l: cur, r: step(), deep: true };
      else return cur;
    }
  };
  const preds = (): Ast[] => {
    const out: Ast[] = [];
    while (eat('[')) {
      out.push(expr());
      expect(']');
    }
    return out;
  };
  const step = (): Ast => {
    const t = peek();
    if (!t) throw new XPathSyntaxError(`unexpected end of ${src}`);
    if (t.k === 'op' && t.v === '..') {
      p++;
      return {
        t: 'step',
        axis: 'parent',
        test: { ns: undefined, local: '*', kind: 'node' },
        preds: preds(),
      };
    }
    if (t.k === 'op' && t.v === '@') {
      p++;
      const n = peek();
      if (n?.k !== 'name' && !(n?.k === 'op' && n.v === '*'))
        throw new XPathSyntaxError(`bad attribute in ${src}`);
      p++;
      const test =
        n.v === '*'
          ? { ns: undefined, local: '*' }
          : n.v.includes(':')
            ? resolve(n.v)
            : { ns: '', local: intern(n.v) };
      return { t: 'step', axis: 'attribute', test, preds: preds() };
    }
    if (t.k === 'op' && t.v === '*') {
      p++;
      return { t: 'step', axis: 'child', test: { ns: undefined, local: '*' }, preds: preds() };
    }
    if (t.k === 'name' && peek(1)?.v === '::') {
      p += 2;
      const n = peek();
      if (!n || (n.k !== 'name' && n.v !== '*'))
        throw new XPathSyntaxError(`bad axis step in ${src}`);
      p++;
      let test: NameTest;
      if (n.k === 'name' && (n.v === 'node' || n.v === 'text') && isOp('(')) {
        p++;
        expect(')');
        test = { ns: undefined, local: '*', kind: n.v };
      } else {
        test = t.v === 'attribute' && !n.v.includes(':') ? { ns: '', local: n.v } : resolve(n.v);
      }
      return { t: 'step', axis: t.v as Axis, test, preds: preds() };
    }
    if (t.k === 'name' && peek(1)?.v === '(') {
      if (t.v === 'node' || t.v === 'text') {
        p += 2;
        expect(')');
        return {
          t: 'step',
          axis: 'child',
          test: { ns: undefined, local: '*', kind: t.v },
          preds: preds(),
        };
      }
      p += 2;
      const args: Ast[] = [];
      if (!eat(')')) {
        do args.push(single());
        while (eat(','));
        expect(')');
      }
      return withPreds({ t: 'call', name: t.v, args });
    }
    if (t.k === 'name') {
      p++;
      return { t: 'step', axis: 'child', test: resolve(t.v), preds: preds() };
    }
    p++;
    switch (t.k) {
      case 'num':
        return withPreds({ t: 'num', v: t.v });
      case 'str':
        return withPreds({ t: 'str', v: t.v });
      case 'var':
        return withPreds({ t: 'var', name: t.v });
      case 'op':
        if (t.v === '.') return withPreds({ t: 'ctx' });
        if (t.v === '(') {
          if (eat(')')) return withPreds({ t: 'seq', items: [] });
          const e = expr();
          expect(')');
          return withPreds(e);
        }
    }
    throw new XPathSyntaxError(`unexpected "${t.v}" in ${src}`);
  };
  const withPreds = (e: Ast): Ast => {
    const ps = preds();
    return ps.length ? { t: 'filter', e, preds: ps } : e;
  };

  const ast = expr();
  if (p !== toks.length) throw new XPathSyntaxError(`trailing tokens at ${p} in ${src}`);
  return ast;
}
