/**
 * Turns an XPath AST into a closure, once; evaluating it is then only function calls over the tree.
 * `//name` from the document root is answered from the name index built by `buildXdm`.
 */
import type { Ast, Axis, NameTest } from './parse';
import type { KeptValue, XDoc, XElem, XNode } from './xdm';
import { attributesNamed, childrenNamed, expandedName, memoSlot } from './xdm';
import { functionCall, normalize, normalizedValue } from './functions';
import { compileGeneralComparison } from './compare';

const GENERAL_COMPARISONS = new Set(['=', '!=', '<', '<=', '>', '>=']);
import type { Item, Seq } from './values';
import {
  Dec,
  FALSE,
  TRUE,
  XPathDynamicError,
  bool,
  arith,
  atomize,
  compareAtomic,
  compareNumbers,
  ebv,
  isNode,
  isNumeric,
  numOperand,
  numericLiteral,
  toBoolean,
  toDate,
  toDecimal,
  toDouble,
  stringOf,
  str,
} from './values';

export interface Ctx {
  item: Item;
  pos: number;
  size: number;
  doc: XDoc;
  vars: Record<string, Seq>;
}

export type Compiled = (ctx: Ctx) => Seq;

const matches = (n: XNode, test: NameTest): boolean => {
  if (test.kind === 'node') return true;
  if (test.kind === 'text') return false;
  if (n.kind === 'doc') return false;
  return (
    (test.local === '*' || n.local === test.local) && (test.ns === undefined || n.ns === test.ns)
  );
};

function axisNodes(n: XNode, axis: Axis, test: NameTest, doc: XDoc): XNode[] {
  const out: XNode[] = [];
  switch (axis) {
    case 'child': {
      const kids = n.kind === 'elem' ? n.children : n.kind === 'doc' ? [n.root] : [];
      for (const c of kids) if (matches(c, test)) out.push(c);
      return out;
    }
    case 'attribute':
      if (n.kind === 'elem') for (const a of n.attributes) if (matches(a, test)) out.push(a);
      return out;
    case 'self':
      if (matches(n, test)) out.push(n);
      return out;
    case 'parent':
      if (n.kind !== 'doc' && matches(n.parent, test)) out.push(n.parent);
      return out;
    case 'ancestor':
    case 'ancestor-or-self': {
      let cur: XNode | undefined =
        axis === 'ancestor' ? (n.kind === 'doc' ? undefined : n.parent) : n;
      while (cur) {
        if (matches(cur, test)) out.push(cur);
        cur = cur.kind === 'doc' ? undefined : cur.parent;
      }
      return out.reverse();
    }
    case 'descendant':
    case 'descendant-or-self': {
      if (axis === 'descendant-or-self' && matches(n, test)) out.push(n);
      if (n.kind === 'doc') descendants(n.root, test, out);
      else if (n.kind === 'elem') for (const c of n.children) descendants(c, test, out);
      return out;
    }
    case 'preceding':
    case 'following': {
      const ancestors = new Set<XNode>();
      for (let cur: XNode = n; cur.kind !== 'doc'; cur = cur.parent) ancestors.add(cur.parent);
      const pool =
        test.local !== '*' && test.ns !== undefined
          ? (doc.byName.get(expandedName(test.ns, test.local)) ?? [])
          : doc.all;
      for (const e of pool) {
        if (
          axis === 'preceding'
            ? e.order < n.order && !ancestors.has(e)
            : e.order > n.order && !isAncestor(n, e)
        ) {
          if (matches(e, test)) out.push(e);
        }
      }
      return out;
    }
  }
}

/**
 * `e` and its descendants that match, in document order. Functions called per evaluation are
 * declared at module level: the TypeScript loader keeps function names by wrapping each named
 * closure in a call that sets its name, at every creation.
 */
function descendants(e: XElem, test: NameTest, out: XNode[]): void {
  if (matches(e, test)) out.push(e);
  for (const c of e.children) descendants(c, test, out);
}

function isAncestor(a: XNode, d: XNode): boolean {
  for (let cur: XNode = d; cur.kind !== 'doc'; cur = cur.parent) if (cur.parent === a) return true;
  return false;
}

function applyPreds(items: Seq, preds: Compiled[], ctx: Ctx): Seq {
  let cur = items;
  for (const pred of preds) {
    const next: Seq = [];
    const size = cur.length;
    // One context object per predicate pass, moved from item to item: closures read it only while
    // they run (quantifiers copy it), so nothing sees it change.
    const scratch: Ctx = { item: ctx.item, pos: 0, size, doc: ctx.doc, vars: ctx.vars };
    for (let i = 0; i < size; i++) {
      const item = cur[i] as Item;
      scratch.item = item;
      scratch.pos = i + 1;
      const r = pred(scratch);
      const first = r[0];
      if (r.length === 1 && first !== undefined && !isNode(first) && isNumeric(first)) {
        if (toDouble(first) === i + 1) next.push(item);
      } else if (ebv(r)) next.push(item);
    }
    cur = next;
  }
  return cur;
}

function sortDedupe(nodes: XNode[]): XNode[] {
  // Most steps already yield distinct nodes in document order: check that before sorting.
  let ordered = true;
  for (let i = 1; i < nodes.length; i++) {
    if ((nodes[i] as XNode).order <= (nodes[i - 1] as XNode).order) {
      ordered = false;
      break;
    }
  }
  if (ordered) return nodes;
  const seen = new Set<XNode>();
  const out: XNode[] = [];
  for (const n of nodes) {
    if (!seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return out.sort((a, b) => a.order - b.order);
}

const contextNode = (ctx: Ctx): XNode => {
  if (!isNode(ctx.item)) throw new XPathDynamicError('context item is not a node');
  return ctx.item;
};

export function compile(ast: Ast): Compiled {
  switch (ast.t) {
    // A literal's value is one sequence for every evaluation: results are never changed in place.
    case 'num': {
      const v: Seq = [numericLiteral(ast.v)];
      return () => v;
    }
    case 'str': {
      const v: Seq = [ast.v];
      return () => v;
    }
    case 'var': {
      const name = ast.name;
      return (ctx) => {
        const v = ctx.vars[name];
        if (!v) throw new XPathDynamicError(`unbound variable $${name}`);
        return v;
      };
    }
    case 'ctx':
      return (ctx) => [ctx.item];
    case 'root':
      return (ctx) => [ctx.doc];
    case 'seq': {
      // `(expr)` is a sequence of one: the expression itself, without a copy per evaluation.
      if (ast.items.length === 1) return compile(ast.items[0] as Ast);
      if (ast.items.length === 0) return () => [];
      const items = ast.items.map(compile);
      return (ctx) => {
        const out: Item[] = [];
        for (const f of items) for (const x of f(ctx)) out.push(x);
        return out;
      };
    }
    case 'neg': {
      const e = compile(ast.e);
      return (ctx) => {
        const v = e(ctx);
        const a = v[0];
        if (a === undefined) return [];
        const n = numOperand(atomize(a));
        return [n instanceof Dec ? n.neg() : -n];
      };
    }
    case 'if': {
      const [c, a, b] = [compile(ast.c), compile(ast.a), compile(ast.b)];
      return (ctx) => (ebv(c(ctx)) ? a(ctx) : b(ctx));
    }
    case 'cast': {
      const e = compile(ast.e);
      const type = ast.type;
      return (ctx) => {
        const v = e(ctx);
        const a = v[0];
        if (a === undefined) return [];
        return [castTo(type, atomize(a))];
      };
    }
    case 'quant': {
      const bindings = ast.bindings.map((b) => ({ name: b.name, e: compile(b.e) }));
      const sat = compile(ast.sat);
      const every = ast.every;
      return (ctx) => bool(quantified(bindings, sat, every, ctx, 0, ctx.vars));
    }
    case 'for': {
      const bindings = ast.bindings.map((b) => ({ name: b.name, e: compile(b.e) }));
      const ret = compile(ast.ret);
      return (ctx) => {
        const out: Item[] = [];
        forEach(bindings, ret, ctx, 0, ctx.vars, out);
        return out;
      };
    }
    case 'call': {
      const fast = compileExistence(ast) ?? compileCodeList(ast) ?? compileNameTest(ast);
      if (fast) return fast;
      const args = ast.args.map(compile);
      const fn = functionCall(ast.name);
      const call: Compiled = (ctx) => fn(args, ctx);
      return AGGREGATES.has(ast.name) && usesVariables(ast) && !usesPosition(ast)
        ? perBinding(call, JSON.stringify(ast))
        : call;
    }
    case 'filter': {
      const e = compile(ast.e);
      const preds = ast.preds.map(compile);
      return (ctx) => applyPreds(e(ctx), preds, ctx);
    }
    case 'step': {
      const split = splitStepPredicates(ast);
      if (split) {
        // `cac:InvoiceLine[category = 'S'][rate = $rate]`: the lines of category S are the same for
        // every rate; only the predicates that read a variable are evaluated each time.
        const head = perNode(compile(split.head), JSON.stringify(split.head));
        const rest = split.rest.map(compile);
        return (ctx) => applyPreds(head(ctx), rest, ctx);
      }
      const { axis, test } = ast;
      const preds = ast.preds.map(compile);
      if (axis === 'child' && test.ns !== undefined && test.local !== '*' && !test.kind) {
        // The most frequent step: named children, looked up by expanded name.
        const key = expandedName(test.ns, test.local);
        return (ctx) => {
          const n = contextNode(ctx);
          const nodes =
            n.kind === 'elem' ? childrenNamed(n, key) : axisNodes(n, axis, test, ctx.doc);
          return preds.length ? applyPreds(nodes, preds, ctx) : nodes;
        };
      }
      return (ctx) => {
        const nodes = axisNodes(contextNode(ctx), axis, test, ctx.doc);
        return preds.length ? applyPreds(nodes, preds, ctx) : nodes;
      };
    }
    case 'path':
      if (isAbsolute(ast)) return memoized(compilePath(ast), JSON.stringify(ast));
      if (usesPosition(ast)) return compilePath(ast);
      if (!usesVariables(ast)) return perNode(compilePath(ast), JSON.stringify(ast));
      return perBinding(compilePath(ast), JSON.stringify(ast));
    case 'bin':
      if (GENERAL_COMPARISONS.has(ast.op))
        return (
          compileCountComparison(ast) ??
          compileNormalizedEquality(ast) ??
          compileGeneralComparison(ast.op, ast.l, ast.r, compile)
        );
      return compileCodeListTest(ast) ?? compileBinary(ast.op, compile(ast.l), compile(ast.r));
  }
}

interface Binding {
  name: string;
  e: Compiled;
}

/** `some/every $a in A, $b in B satisfies sat`, from binding `i` on. */
function quantified(
  bindings: Binding[],
  sat: Compiled,
  every: boolean,
  ctx: Ctx,
  i: number,
  vars: Record<string, Seq>,
): boolean {
  const b = bindings[i];
  if (!b) return ebv(sat({ ...ctx, vars }));
  for (const item of b.e({ ...ctx, vars })) {
    const r = quantified(bindings, sat, every, ctx, i + 1, { ...vars, [b.name]: [item] });
    if (every ? !r : r) return r;
  }
  return every;
}

/** `for $a in A, $b in B return ret`, from binding `i` on, appending to `out`. */
function forEach(
  bindings: Binding[],
  ret: Compiled,
  ctx: Ctx,
  i: number,
  vars: Record<string, Seq>,
  out: Item[],
): void {
  const b = bindings[i];
  if (!b) {
    out.push(...ret({ ...ctx, vars }));
    return;
  }
  for (const item of b.e({ ...ctx, vars }))
    forEach(bindings, ret, ctx, i + 1, { ...vars, [b.name]: [item] }, out);
}

function castTo(type: string, a: ReturnType<typeof atomize>): Item {
  switch (type) {
    case 'xs:boolean':
      return toBoolean(a);
    case 'xs:decimal':
      return toDecimal(a);
    case 'xs:date':
      return toDate(a);
    case 'xs:double':
      return toDouble(a);
    case 'xs:string':
      return stringOf(a);
    default:
      throw new XPathDynamicError(`unsupported cast to ${type}`);
  }
}

function compilePath(ast: Extract<Ast, { t: 'path' }>): Compiled {
  const r = ast.r;
  // `//name` from the root: the name index answers it in document order.
  if (
    ast.deep &&
    ast.l.t === 'root' &&
    r.t === 'step' &&
    r.axis === 'child' &&
    r.test.ns !== undefined &&
    r.test.local !== '*'
  ) {
    const split = splitStepPredicates(r);
    if (split) {
      // As for a step: the variable-free predicates once per document, the others each time.
      const headPath: Ast = { ...ast, r: split.head };
      const head = memoized(compilePath(headPath), JSON.stringify(headPath));
      const rest = split.rest.map(compile);
      return (ctx) => applyPreds(head(ctx), rest, ctx);
    }
    const key = expandedName(r.test.ns, r.test.local);
    const preds = r.preds.map(compile);
    return (ctx) => {
      const nodes = ctx.doc.byName.get(key) ?? [];
      return preds.length ? applyPreds(nodes, preds, ctx) : nodes;
    };
  }
  // `//(a | b)` from the root (BR-CO-10's invoice or credit note lines): the name index again.
  const names = ast.deep && ast.l.t === 'root' ? unionOfNamedChildren(r) : undefined;
  if (names) {
    return (ctx) => sortDedupe(names.flatMap((key) => ctx.doc.byName.get(key) ?? []));
  }
  // `//@name` from the root: the attribute index answers it.
  if (
    ast.deep &&
    ast.l.t === 'root' &&
    r.t === 'step' &&
    r.axis === 'attribute' &&
    r.test.ns !== undefined &&
    r.test.local !== '*' &&
    r.preds.length === 0
  ) {
    const key = expandedName(r.test.ns, r.test.local);
    return (ctx) => attributesNamed(ctx.doc, key);
  }
  const left = compile(ast.l);
  const right = compile(r);
  const deep = ast.deep;
  const leftNodes = yieldsNodes(ast.l);
  const rightNodes = yieldsNodes(r);
  // A plain named child step is walked directly, without a context object per input node.
  const child = plainStepName(r, 'child');
  return (ctx) => {
    let inputs = left(ctx);
    if (!leftNodes)
      for (const n of inputs)
        if (!isNode(n)) throw new XPathDynamicError('path step on an atomic value');
    if (deep) {
      const expanded: XNode[] = [];
      for (const n of inputs as XNode[]) {
        expanded.push(
          ...axisNodes(
            n,
            'descendant-or-self',
            { ns: undefined, local: '*', kind: 'node' },
            ctx.doc,
          ),
        );
      }
      inputs = expanded.length > 1 ? sortDedupe(expanded) : expanded;
    }
    const size = inputs.length;
    if (child) {
      const out: XNode[] = [];
      for (const n of inputs as XNode[]) {
        const kids = n.kind === 'elem' ? n.children : n.kind === 'doc' ? [n.root] : [];
        for (const c of kids) if (c.local === child.local && c.ns === child.ns) out.push(c);
      }
      return size > 1 && out.length > 1 ? sortDedupe(out) : out;
    }
    if (size === 1)
      return right({ item: inputs[0] as Item, pos: 1, size: 1, doc: ctx.doc, vars: ctx.vars });
    const out: Item[] = [];
    let allNodes = true;
    const scratch: Ctx = { item: ctx.item, pos: 0, size, doc: ctx.doc, vars: ctx.vars };
    for (let i = 0; i < size; i++) {
      scratch.item = inputs[i] as Item;
      scratch.pos = i + 1;
      for (const x of right(scratch)) {
        if (!rightNodes && allNodes && !isNode(x)) allNodes = false;
        out.push(x);
      }
    }
    return allNodes && out.length > 1 ? sortDedupe(out as XNode[]) : out;
  };
}

/** The name a step on `axis` tests, when it is one name with no predicate (`cbc:ID`, `@currencyID`). */
function plainStepName(a: Ast, axis: Axis): { ns: string; local: string } | undefined {
  if (a.t !== 'step' || a.axis !== axis || a.preds.length > 0 || a.test.kind) return undefined;
  const { ns, local } = a.test;
  return ns !== undefined && local !== '*' ? { ns, local } : undefined;
}

/** Whether an expression can only give nodes (so its items need no type check). */
function yieldsNodes(ast: Ast): boolean {
  if (ast.t === 'step' || ast.t === 'root') return true;
  if (ast.t === 'path') return yieldsNodes(ast.r);
  if (ast.t === 'filter') return yieldsNodes(ast.e);
  return ast.t === 'bin' && ['|', 'union', 'except', 'intersect'].includes(ast.op);
}

function compileBinary(op: string, l: Compiled, r: Compiled): Compiled {
  switch (op) {
    case 'and':
      return (ctx) => bool(ebv(l(ctx)) && ebv(r(ctx)));
    case 'or':
      return (ctx) => bool(ebv(l(ctx)) || ebv(r(ctx)));
    case '=':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return (ctx) => {
        const a = l(ctx).map(atomize);
        const b = r(ctx).map(atomize);
        for (const x of a) for (const y of b) if (compareAtomic(op, x, y, true)) return TRUE;
        return FALSE;
      };
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge': {
      const gop = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' }[op];
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        const x = a[0];
        const y = b[0];
        if (x === undefined || y === undefined) return [];
        if (a.length > 1 || b.length > 1)
          throw new XPathDynamicError('value comparison of a sequence');
        return bool(compareAtomic(gop, atomize(x), atomize(y), false));
      };
    }
    case '+':
    case '-':
    case '*':
    case 'div':
    case 'idiv':
    case 'mod':
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        const x = a[0];
        const y = b[0];
        if (x === undefined || y === undefined) return [];
        if (a.length > 1 || b.length > 1) throw new XPathDynamicError('arithmetic on a sequence');
        return [arith(op, numOperand(atomize(x)), numOperand(atomize(y)))];
      };
    case 'is':
      return (ctx) => {
        const a = l(ctx);
        const b = r(ctx);
        if (a.length === 0 || b.length === 0) return [];
        return bool(a[0] === b[0]);
      };
    case '|':
    case 'union':
      return (ctx) => sortDedupe([...l(ctx), ...r(ctx)] as XNode[]);
    case 'except':
      return (ctx) => {
        const drop = new Set(r(ctx));
        return l(ctx).filter((n) => !drop.has(n));
      };
    case 'intersect':
      return (ctx) => {
        const keep = new Set(r(ctx));
        return l(ctx).filter((n) => keep.has(n));
      };
    default:
      throw new XPathDynamicError(`unsupported operator ${op}`);
  }
}

export interface SimpleStep {
  attr: boolean;
  ns: string;
  local: string;
  key: string;
  /** For a `(a | b)` step: the expanded names of every alternative (child steps only). */
  keys?: string[];
}

/**
 * `a/b/@c` with named child and attribute steps only, no predicates, and `(a | b)/c` (the UBL rules
 * written once for invoice and credit note lines); undefined otherwise.
 */
export function simpleSteps(ast: Ast): SimpleStep[] | undefined {
  const alternatives = ast.t === 'bin' ? unionOfNamedChildren(ast) : undefined;
  if (alternatives) {
    return [{ attr: false, ns: '', local: '', key: '', keys: alternatives }];
  }
  if (ast.t === 'step') {
    const { axis, test } = ast;
    if (
      ast.preds.length ||
      (axis !== 'child' && axis !== 'attribute') ||
      test.kind ||
      test.ns === undefined ||
      test.local === '*'
    )
      return undefined;
    return [
      {
        attr: axis === 'attribute',
        ns: test.ns,
        local: test.local,
        key: expandedName(test.ns, test.local),
      },
    ];
  }
  if (ast.t === 'path' && !ast.deep) {
    const l = simpleSteps(ast.l);
    const r = l && simpleSteps(ast.r);
    return l && r && !l.some((x) => x.attr) ? [...l, ...r] : undefined;
  }
  return undefined;
}

/**
 * How many nodes `steps` reach from `n`, counted up to `max` (an existence test stops at the first).
 * Each node is counted once: it is reached by one path of child steps.
 */
function reach(n: XNode, steps: SimpleStep[], i: number, max: number): number {
  const s = steps[i];
  if (!s) return 1;
  if (n.kind !== 'elem') {
    if (n.kind !== 'doc' || s.attr) return 0;
    const root = n.root;
    const named = s.keys ? s.keys.includes(root.key) : root.local === s.local && root.ns === s.ns;
    return named ? reach(root, steps, i + 1, max) : 0;
  }
  let count = 0;
  if (s.attr) {
    for (const a of n.attributes)
      if (a.local === s.local && a.ns === s.ns && ++count >= max) return count;
    return count;
  }
  if (!s.keys) return reachChildren(n, s.key, steps, i, max, 0);
  for (const key of s.keys) {
    count = reachChildren(n, key, steps, i, max, count);
    if (count >= max) break;
  }
  return count;
}

/** `count` plus what `steps` (from `i + 1` on) reach through the children of `n` named `key`. */
function reachChildren(
  n: XElem,
  key: string,
  steps: SimpleStep[],
  i: number,
  max: number,
  count: number,
): number {
  for (const c of childrenNamed(n, key)) {
    count += reach(c, steps, i + 1, max - count);
    if (count >= max) break;
  }
  return count;
}

const existsFrom = (n: XNode, steps: SimpleStep[]): boolean => reach(n, steps, 0, 1) > 0;

/**
 * `count(path) <= 1` over plain child steps (the UBL-SR rules: a term given at most once, about ten
 * per invoice line): counted by a walk, without building the node sequence or a decimal for the count.
 * The count is an integer, exactly compared as a double with the literal.
 */
function compileCountComparison(ast: Extract<Ast, { t: 'bin' }>): Compiled | undefined {
  const { l, r, op } = ast;
  if (l.t !== 'call' || l.name !== 'count' || l.args.length !== 1 || r.t !== 'num')
    return undefined;
  const steps = simpleSteps(l.args[0] as Ast);
  // A name given twice in `(a | a)/b` would count its nodes twice: left to the general path.
  if (!steps || steps.some((st) => st.keys && new Set(st.keys).size !== st.keys.length))
    return undefined;
  const limit = Number(r.v);
  return (ctx) => {
    const n = contextNode(ctx);
    return bool(compareNumbers(op, reach(n, steps, 0, Infinity), limit));
  };
}

/** The first element `steps` (named child steps) reach from `n`, in document order. */
function firstReached(n: XElem, steps: SimpleStep[], i: number): XElem | undefined {
  const kids = childrenNamed(n, (steps[i] as SimpleStep).key);
  if (i === steps.length - 1) return kids[0];
  for (const c of kids) {
    const found = firstReached(c, steps, i + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * `normalize-space(path) = 'S'` (or `!=`) over named child steps: the VAT category rules test the
 * code of every category this way, once for each of the nine codes, in their contexts and their
 * asserts. On an element, normalize-space() reads the first node the path gives (none gives ''),
 * kept on the element: one string compared with one literal, without building sequences. Other
 * context items take the general path.
 */
function compileNormalizedEquality(ast: Extract<Ast, { t: 'bin' }>): Compiled | undefined {
  if (ast.op !== '=' && ast.op !== '!=') return undefined;
  const [call, lit] = ast.r.t === 'str' ? [ast.l, ast.r] : [ast.r, ast.l];
  if (lit.t !== 'str' || call.t !== 'call' || call.name !== 'normalize-space') return undefined;
  if (call.args.length !== 1) return undefined;
  const steps = simpleSteps(call.args[0] as Ast);
  if (!steps || steps.some((st) => st.attr || st.keys)) return undefined;
  const text = lit.v;
  const equal = ast.op === '=';
  const general = compileGeneralComparison(ast.op, ast.l, ast.r, compile);
  return (ctx) => {
    const n = ctx.item;
    if (!isNode(n) || n.kind !== 'elem') return general(ctx);
    const first = firstReached(n, steps, 0);
    return bool(((first === undefined ? '' : normalizedValue(first)) === text) === equal);
  };
}

/**
 * `not(path)`, `exists(path)`, `empty(path)` over plain child steps: answered by an early-exit walk,
 * without building node sequences. The UBL-CR rules are ~600 such tests on the root.
 */
function compileExistence(ast: Extract<Ast, { t: 'call' }>): Compiled | undefined {
  const negate = ast.name === 'not' || ast.name === 'empty';
  if (!negate && ast.name !== 'exists') return undefined;
  const arg = ast.args[0];
  if (!arg || ast.args.length !== 1) return undefined;
  // `//name/...` from the root: start from the name index.
  if (arg.t === 'path' && !arg.deep) {
    let head: Ast = arg;
    const tail: Ast[] = [];
    while (head.t === 'path' && !head.deep) {
      tail.unshift(head.r);
      head = head.l;
    }
    if (
      head.t === 'path' &&
      head.deep &&
      head.l.t === 'root' &&
      head.r.t === 'step' &&
      head.r.preds.length === 0
    ) {
      const first = simpleSteps(head.r);
      const rest = tail.map(simpleSteps);
      if (first?.length === 1 && !first[0]?.attr && rest.every((x) => x !== undefined)) {
        const key = expandedName(first[0]?.ns ?? '', first[0]?.local ?? '');
        const steps = rest.flatMap((x) => x ?? []);
        return (ctx) => {
          const found = (ctx.doc.byName.get(key) ?? []).some((n) => existsFrom(n, steps));
          return bool(negate ? !found : found);
        };
      }
    }
  }
  const up = ancestorThenSteps(arg);
  if (up) {
    // `not(ancestor::cac:Price/cac:AllowanceCharge)` (the syntax rules' amount context): up the
    // parents, then down plain child steps.
    const { key, self, steps } = up;
    return (ctx) => {
      const n = contextNode(ctx);
      let found = false;
      for (let a: XNode | undefined = self ? n : n.kind === 'doc' ? undefined : n.parent; a;) {
        if (a.kind !== 'elem') break;
        if (a.key === key && existsFrom(a, steps)) {
          found = true;
          break;
        }
        a = a.parent;
      }
      return bool(negate ? !found : found);
    };
  }
  const steps = simpleSteps(arg);
  if (!steps) return undefined;
  return (ctx) => {
    const found = isNode(ctx.item) && existsFrom(ctx.item, steps);
    if (!isNode(ctx.item)) throw new XPathDynamicError('context item is not a node');
    return bool(negate ? !found : found);
  };
}

/** `ancestor::a/b/c` (or `ancestor-or-self::`), a named first step then plain child steps. */
function ancestorThenSteps(
  ast: Ast,
): { key: string; self: boolean; steps: SimpleStep[] } | undefined {
  const parts: Ast[] = [];
  let head: Ast = ast;
  while (head.t === 'path' && !head.deep) {
    parts.unshift(head.r);
    head = head.l;
  }
  if (
    head.t !== 'step' ||
    (head.axis !== 'ancestor' && head.axis !== 'ancestor-or-self') ||
    head.preds.length > 0 ||
    head.test.kind ||
    head.test.ns === undefined ||
    head.test.local === '*'
  )
    return undefined;
  const rest = parts.map(simpleSteps);
  if (rest.some((r) => r === undefined)) return undefined;
  const steps = rest.flatMap((r) => r ?? []);
  if (steps.slice(0, -1).some((st) => st.attr)) return undefined;
  return {
    key: expandedName(head.test.ns, head.test.local),
    self: head.axis === 'ancestor-or-self',
    steps,
  };
}

function leftmost(ast: Ast): Ast {
  return ast.t === 'path' ? leftmost(ast.l) : ast;
}

function usesVariables(ast: Ast): boolean {
  switch (ast.t) {
    case 'var':
      return true;
    case 'path':
    case 'bin':
      return usesVariables(ast.l) || usesVariables(ast.r);
    case 'step':
      return ast.preds.some(usesVariables);
    case 'filter':
      return usesVariables(ast.e) || ast.preds.some(usesVariables);
    case 'call':
      return ast.args.some(usesVariables);
    case 'seq':
      return ast.items.some(usesVariables);
    case 'neg':
    case 'cast':
      return usesVariables(ast.e);
    case 'if':
      return usesVariables(ast.c) || usesVariables(ast.a) || usesVariables(ast.b);
    case 'quant':
    case 'for':
      return true;
    case 'num':
    case 'str':
    case 'ctx':
    case 'root':
      return false;
  }
}

/** A path from the document root that no variable enters: its value is the same for every context. */
function isAbsolute(ast: Ast): boolean {
  return leftmost(ast).t === 'root' && !usesVariables(ast);
}

/**
 * Absolute paths (`/rsm:CrossIndustryInvoice/...`, `//cac:ClassifiedTaxCategory[...]`) recur across
 * rules and contexts (each VAT category rule, each VAT breakdown): computed once per document, keyed
 * by the expression's structure so that the same path written in several rules is shared.
 */
function memoized(f: Compiled, key: string): Compiled {
  const slot = memoSlot(key);
  return (ctx) => {
    const memo = ctx.doc.memo;
    let v = memo.get(slot) as Seq | undefined;
    if (v === undefined) {
      v = f(ctx);
      memo.set(slot, v);
    }
    return v;
  };
}

/** Whether an expression reads the context position or size (its value then depends on more than the node). */
function usesPosition(ast: Ast): boolean {
  switch (ast.t) {
    case 'call':
      return ast.name === 'position' || ast.name === 'last' || ast.args.some(usesPosition);
    case 'path':
    case 'bin':
      return usesPosition(ast.l) || usesPosition(ast.r);
    case 'step':
      return ast.preds.some(usesPosition);
    case 'filter':
      return usesPosition(ast.e) || ast.preds.some(usesPosition);
    case 'seq':
      return ast.items.some(usesPosition);
    case 'neg':
    case 'cast':
      return usesPosition(ast.e);
    case 'if':
      return usesPosition(ast.c) || usesPosition(ast.a) || usesPosition(ast.b);
    case 'quant':
    case 'for':
      return true;
    case 'num':
    case 'str':
    case 'ctx':
    case 'root':
    case 'var':
      return false;
  }
}

/**
 * A relative path without variables has one value per context node: computed once per node and
 * document. The VAT rules evaluate the same line predicates (`cac:Item/cac:ClassifiedTaxCategory/
 * normalize-space(cbc:ID) = 'S'`) for every rate, bound and category.
 */
function perNode(f: Compiled, key: string): Compiled {
  const slot = memoSlot(key);
  return (ctx) => {
    const item = ctx.item;
    if (!isNode(item)) return f(ctx);
    // One map per document for every slot, keyed by a number (slot and node order).
    const doc = ctx.doc;
    const at = slot * (doc.nodeCount + 1) + item.order;
    const byNode = (doc.perNode ??= new Map());
    let v = byNode.get(at) as Seq | undefined;
    if (v === undefined) {
      v = f(ctx);
      byNode.set(at, v);
    }
    return v;
  };
}

/** Functions over a whole sequence whose calls are kept per binding (see `perBinding`). */
const AGGREGATES = new Set(['sum', 'count', 'exists', 'empty']);

/**
 * A relative expression that reads variables has one value per context node and variable bindings.
 * The VAT category rules compute the same sums over the lines of one rate twice in one test
 * (`every $rate ... satisfies` the breakdown's base is above the sum minus 1 and below it plus 1):
 * the value computed for a node is kept with the bindings object it was computed under, and given
 * again while that object is the same. Bindings objects are made anew for each binding and never
 * changed, so the same object means the same values.
 */
function perBinding(f: Compiled, key: string): Compiled {
  const slot = memoSlot(`vars:${key}`);
  return (ctx) => {
    const item = ctx.item;
    if (!isNode(item)) return f(ctx);
    const doc = ctx.doc;
    const at = slot * (doc.nodeCount + 1) + item.order;
    const byNode = (doc.perBinding ??= new Map<number, KeptValue>());
    const kept = byNode.get(at);
    if (kept !== undefined && kept.vars === ctx.vars) return kept.value as Seq;
    const value = f(ctx);
    if (kept === undefined) byNode.set(at, { vars: ctx.vars, value });
    else {
      kept.vars = ctx.vars;
      kept.value = value;
    }
    return value;
  };
}

/**
 * A step whose first predicates read no variable and whose later ones do: the step with only the
 * first ones (its value depends on the context node alone), and the others, applied after them as
 * XPath applies predicates one after the other. Undefined when there is nothing to split.
 */
function splitStepPredicates(
  ast: Extract<Ast, { t: 'step' }>,
): { head: Extract<Ast, { t: 'step' }>; rest: Ast[] } | undefined {
  let n = 0;
  while (n < ast.preds.length && !usesVariables(ast.preds[n] as Ast)) n++;
  if (n === 0 || n === ast.preds.length) return undefined;
  return { head: { ...ast, preds: ast.preds.slice(0, n) }, rest: ast.preds.slice(n) };
}

/** `a | b | ...` of named child steps without predicates, as expanded names; undefined otherwise. */
function unionOfNamedChildren(ast: Ast): string[] | undefined {
  if (ast.t === 'bin' && (ast.op === '|' || ast.op === 'union')) {
    const l = unionOfNamedChildren(ast.l);
    const r = l && unionOfNamedChildren(ast.r);
    return l && r ? [...l, ...r] : undefined;
  }
  const name = plainStepName(ast, 'child');
  if (name) return [expandedName(name.ns, name.local)];
  return undefined;
}

/**
 * `ends-with(name(), 'X')` and `starts-with(name(), 'X')` (the contexts of the amounts' rules ask
 * it of every element): the context item's name tested directly, as `name()` and the function give
 * it ('' for an item that is no element or attribute), without the one-item list `name()` makes.
 */
function compileNameTest(ast: Extract<Ast, { t: 'call' }>): Compiled | undefined {
  if (ast.name !== 'ends-with' && ast.name !== 'starts-with') return undefined;
  const [of, text] = ast.args;
  if (ast.args.length !== 2 || of?.t !== 'call' || of.name !== 'name' || of.args.length !== 0)
    return undefined;
  if (text?.t !== 'str') return undefined;
  const lit = text.v;
  const ends = ast.name === 'ends-with';
  return (ctx) => {
    const n = ctx.item;
    const name = n !== undefined && isNode(n) && n.kind !== 'doc' ? n.name : '';
    return bool(ends ? name.endsWith(lit) : name.startsWith(lit));
  };
}

/**
 * The code list rules (BR-CL-*) test `contains(' 10 11 13 ... ', concat(' ', code, ' '))` against
 * lists of up to a few thousand codes: answered from a set of the codes when the code is one token.
 */
function compileCodeList(ast: Extract<Ast, { t: 'call' }>): Compiled | undefined {
  const [list, probe] = ast.args;
  if (ast.name !== 'contains' || ast.args.length !== 2 || list?.t !== 'str' || list.v.length < 100)
    return undefined;
  if (probe?.t !== 'call' || probe.name !== 'concat' || probe.args.length !== 3) return undefined;
  const [before, code, after] = probe.args;
  if (before?.t !== 'str' || before.v !== ' ' || after?.t !== 'str' || after.v !== ' ' || !code)
    return undefined;
  const text = list.v;
  const codes = codeSet(text);
  const value = compile(code);
  return (ctx) => {
    const v = str(value(ctx));
    // One token (no blank): membership is exactly the substring test; anything else, the real test.
    if (codes && v !== '' && !/\s/.test(v)) return bool(codes.has(v));
    return bool(text.includes(` ${v} `));
  };
}

/**
 * The codes of a list written as the rules write them, one blank before, between and after each
 * (` AE L M `): then ` X ` is in the list exactly when X, a single token, is one of them. Undefined
 * for a list written otherwise, which is then searched as a string.
 */
function codeSet(text: string): Set<string> | undefined {
  if (!/^ (\S+ )+$/.test(text)) return undefined;
  return new Set(text.split(' ').filter((c) => c !== ''));
}

const unwrap = (a: Ast): Ast =>
  a.t === 'seq' && a.items.length === 1 ? unwrap(a.items[0] as Ast) : a;

/**
 * A code-list test as the BR-CL rules write it, `not(contains(normalize-space(X), ' ')) and
 * contains(' A B C ', concat(' ', normalize-space(X), ' '))` with X the context element (`.`) or one
 * of its attributes (`@currencyID`): the value normalised once and looked up in the set. Other
 * contexts (an attribute or a value as context item) take the general path.
 */
function compileCodeListTest(ast: Extract<Ast, { t: 'bin' }>): Compiled | undefined {
  if (ast.op !== 'and') return undefined;
  const l = unwrap(ast.l);
  const r = unwrap(ast.r);
  if (l.t !== 'call' || l.name !== 'not' || l.args.length !== 1) return undefined;
  const blank = unwrap(l.args[0] as Ast);
  if (blank.t !== 'call' || blank.name !== 'contains' || blank.args.length !== 2) return undefined;
  const [normalized, space] = blank.args as [Ast, Ast];
  if (space.t !== 'str' || space.v !== ' ') return undefined;
  if (normalized.t !== 'call' || normalized.name !== 'normalize-space') return undefined;
  if (normalized.args.length !== 1) return undefined;
  if (r.t !== 'call' || r.name !== 'contains' || r.args.length !== 2) return undefined;
  const [list, probe] = r.args as [Ast, Ast];
  if (list.t !== 'str' || probe.t !== 'call' || probe.name !== 'concat') return undefined;
  const [before, code, after] = probe.args;
  if (before?.t !== 'str' || before.v !== ' ' || after?.t !== 'str' || after.v !== ' ')
    return undefined;
  if (!code || probe.args.length !== 3 || JSON.stringify(code) !== JSON.stringify(normalized))
    return undefined;
  const target = unwrap(normalized.args[0] as Ast);
  const attr = plainStepName(target, 'attribute');
  if (target.t !== 'ctx' && !attr) return undefined;
  const text = list.v;
  const codes = codeSet(text);
  const general = compileBinary('and', compile(ast.l), compile(ast.r));
  return (ctx) => {
    const n = ctx.item;
    if (!codes || !isNode(n) || n.kind !== 'elem') return general(ctx);
    let v: string;
    if (attr) {
      const a = n.attributes.find((x) => x.local === attr.local && x.ns === attr.ns);
      v = a === undefined ? '' : normalize(a.value);
    } else v = normalizedValue(n);
    if (v.includes(' ')) return FALSE;
    return bool(v === '' ? text.includes('  ') : codes.has(v));
  };
}
