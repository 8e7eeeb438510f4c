/**
 * Runs ISO Schematron rule sets (the official EN 16931 artefacts, read as data) over the XPath data
 * model. Semantics follow the Schematron skeleton that the CEN XSLT was compiled from: within a
 * pattern each element is handled by the first rule whose context matches it; every failed assert
 * gives one finding with the assert's id and flag.
 */
import { createHash } from 'node:crypto';
import type { Ast } from '../xpath/parse';
import { parseXPath } from '../xpath/parse';
import type { Compiled, Ctx } from '../xpath/compile';
import { compile } from '../xpath/compile';
import type { XDoc, XElem, XNode } from '../xpath/xdm';
import { childrenNamed, expandedName } from '../xpath/xdm';
import type { XmlElement } from '../xml/types';
import { XPathDynamicError, ebv, isNode } from '../xpath/values';
import type { PresenceTree } from './existence';
import { absencePath, addPath, fillPresence, newPresenceTree } from './existence';

export interface SchAssert {
  id: string;
  flag: 'fatal' | 'warning';
  /** The official assertion text (English), without its "[ID]-" prefix. */
  text: string;
  test: Compiled;
  source: string;
  /** For `not(path)` tests: the path, whose first node is the element that should not be there. */
  culprit: Compiled | undefined;
  /** For `not(a/b/...)` tests: `{ns}a`; when the context has no such child the assertion holds. */
  firstChild: string | undefined;
  /** For `not(path)` tests answered by the rule's presence tree: the path's slot in it. */
  absent: number | undefined;
  /** The test written in TypeScript, when one was given for this very test (see `NativeAssert`). */
  native: NativeTest | undefined;
}

/**
 * An assert's test written in TypeScript over the data model: whether the assert holds on `el`. It
 * raises `XPathDynamicError` wherever the XPath test would (an amount that is not a decimal, say),
 * so that both give the same findings.
 */
export type NativeTest = (el: XElem, doc: XDoc) => boolean;

/**
 * A native test and the official test it was written from: `digest` is the SHA-256 of that test's
 * text, runs of whitespace made one space. It replaces the XPath only on an assert of that id whose
 * test has that digest, so a rule file that changes a test falls back to running it as written.
 */
export interface NativeAssert {
  id: string;
  digest: string;
  test: NativeTest;
}

/** The digest a native test is matched by (see `NativeAssert`). */
export function testDigest(source: string): string {
  return createHash('sha256').update(source.replace(/\s+/g, ' ').trim()).digest('hex');
}

interface PatternStep {
  sep: '/' | '//';
  axis: 'child' | 'attribute' | 'self';
  ns: string | undefined;
  local: string;
  preds: Compiled[];
  /** The predicates' numbers (see `predicateNumber`), to share their value between rules that repeat them. */
  predSlots: number[];
  /** `[ends-with(name(), 'Amount') ...]`: elements whose name does not end so are not matched. */
  nameSuffix: string | undefined;
}

interface ContextAlt {
  anchored: boolean;
  steps: PatternStep[];
  /** `{ns}local` of the last step, when named: the elements to try are those of that name. */
  lastKey: string | undefined;
  /**
   * For a wildcard last step guarded by `ends-with(name(), 'X')`: X, when it cannot reach into the
   * prefix; the elements to try are then those of the names ending so (`{ns}local` ends as `local`).
   */
  lastSuffix: string | undefined;
  /** `{ns}local` of the step before, when it must be the parent (`a/b`): a quick first test. */
  parentKey: string | undefined;
}

export interface SchRule {
  index: number;
  context: string;
  alts: ContextAlt[];
  asserts: SchAssert[];
  /** The paths of the rule's `not(path)` asserts, walked once per context element. */
  presence: PresenceTree;
}

export interface SchPattern {
  id: string;
  rules: SchRule[];
  /** Rules by the expanded name of their context's last step; `wild` for `*` contexts. */
  byName: Map<string, SchRule[]>;
  wild: SchRule[];
}

export interface SchematronRules {
  title: string;
  patterns: SchPattern[];
}

export interface FailedAssert {
  assert: SchAssert;
  /** The rule's context node. */
  node: XNode;
  /** For a "shall not be present" rule, the offending node itself. */
  culprit?: XNode;
}

const SCH = 'http://purl.oclc.org/dsdl/schematron';

/** Rule contexts bind no variable (quantifiers make their own copy): one empty set for all. */
const NO_VARS: Ctx['vars'] = Object.freeze({});

function attr(el: XmlElement, name: string): string | undefined {
  return el.attributes.find((a) => a.local === name && a.ns === '')?.value;
}

function toAlternatives(ast: Ast, context: string): ContextAlt[] {
  if (ast.t === 'bin' && (ast.op === '|' || ast.op === 'union')) {
    return [...toAlternatives(ast.l, context), ...toAlternatives(ast.r, context)];
  }
  // Every object of a kind is made with all its fields, so that V8 gives them one shape: the
  // matching loops read them for every element of every document.
  const alt: ContextAlt = {
    anchored: false,
    steps: [],
    lastKey: undefined,
    lastSuffix: undefined,
    parentKey: undefined,
  };
  const walk = (a: Ast, sep: '/' | '//'): void => {
    if (a.t === 'root') {
      alt.anchored = true;
      return;
    }
    if (a.t === 'path') {
      walk(a.l, '/');
      pushStep(a.r, a.deep ? '//' : '/');
      return;
    }
    pushStep(a, sep);
  };
  const pushStep = (a: Ast, sep: '/' | '//'): void => {
    if (a.t !== 'step' || (a.axis !== 'child' && a.axis !== 'attribute' && a.axis !== 'self')) {
      throw new Error(`unsupported rule context ${context}`);
    }
    alt.steps.push({
      sep,
      axis: a.axis,
      ns: a.test.ns,
      local: a.test.local,
      preds: a.preds.map(compile),
      predSlots: a.preds.map((p) => predicateNumber(JSON.stringify(p))),
      nameSuffix: nameSuffixGuard(a.preds[0]),
    });
  };
  walk(ast, '/');
  const last = alt.steps[alt.steps.length - 1];
  if (last && last.ns !== undefined && last.local !== '*')
    alt.lastKey = expandedName(last.ns, last.local);
  else if (last?.axis === 'child' && last.nameSuffix && !/[:}]/.test(last.nameSuffix))
    alt.lastSuffix = last.nameSuffix;
  const before = alt.steps[alt.steps.length - 2];
  if (
    last?.sep === '/' &&
    last.axis === 'child' &&
    before?.axis === 'child' &&
    before.ns !== undefined &&
    before.local !== '*'
  )
    alt.parentKey = expandedName(before.ns, before.local);
  return [alt];
}

/**
 * Reads a Schematron document (already parsed into the light XML tree). `natives` (by assert id)
 * replace the XPath of the asserts whose test they were written from.
 */
export function loadSchematron(
  root: XmlElement,
  natives: ReadonlyMap<string, NativeAssert> = new Map(),
): SchematronRules {
  const ns: Record<string, string> = { xs: 'http://www.w3.org/2001/XMLSchema' };
  const title = root.children.find((c) => c.local === 'title')?.text.trim() ?? '';
  for (const c of root.children) {
    if (c.ns === SCH && c.local === 'ns') ns[attr(c, 'prefix') ?? ''] = attr(c, 'uri') ?? '';
  }
  const patterns: SchPattern[] = [];
  let index = 0;
  for (const p of root.children) {
    if (p.ns !== SCH || p.local !== 'pattern') continue;
    const pattern: SchPattern = { id: attr(p, 'id') ?? '', rules: [], byName: new Map(), wild: [] };
    for (const r of p.children) {
      if (r.ns !== SCH || r.local !== 'rule') continue;
      const context = attr(r, 'context') ?? '';
      const ruleFlag = attr(r, 'flag');
      const rule: SchRule = {
        index: index++,
        context,
        alts: toAlternatives(parseXPath(context, ns), context),
        asserts: [],
        presence: newPresenceTree(),
      };
      for (const a of r.children) {
        if (a.ns !== SCH || a.local !== 'assert') continue;
        const source = attr(a, 'test') ?? 'true()';
        const flag = attr(a, 'flag') ?? ruleFlag ?? 'fatal';
        const id = attr(a, 'id') ?? '';
        const path = absencePath(parseXPath(source, ns));
        const compiled = compileTest(source, ns);
        const native = natives.get(id);
        rule.asserts.push({
          absent: path ? addPath(rule.presence, path) : undefined,
          id,
          flag: flag === 'warning' ? 'warning' : 'fatal',
          text: a.text
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/^\[[^\]]+\]\s*-\s*/, ''),
          ...compiled,
          source,
          // A "shall not be present" test names its culprit from the XPath: it keeps the XPath.
          native:
            native && !path && !compiled.culprit && native.digest === testDigest(source)
              ? native.test
              : undefined,
        });
      }
      pattern.rules.push(rule);
      const keys = new Set<string>();
      for (const alt of rule.alts) {
        const last = alt.steps[alt.steps.length - 1];
        if (!last || last.ns === undefined || last.local === '*') keys.add('*');
        else keys.add(expandedName(last.ns, last.local));
      }
      for (const k of keys) {
        if (k === '*') pattern.wild.push(rule);
        else pattern.byName.set(k, [...(pattern.byName.get(k) ?? []), rule]);
      }
    }
    patterns.push(pattern);
  }
  return { title, patterns };
}

function compileTest(
  source: string,
  ns: Record<string, string>,
): Pick<SchAssert, 'test' | 'culprit' | 'firstChild'> {
  const ast = parseXPath(source, ns);
  // `not(path)` or `not(path) or <exception>` (CII-DT-018 ...): the path names the offending element.
  const negated = ast.t === 'bin' && ast.op === 'or' ? ast.l : ast;
  const arg =
    negated.t === 'call' && negated.name === 'not' && negated.args.length === 1
      ? negated.args[0]
      : undefined;
  const isPath = arg !== undefined && (arg.t === 'path' || arg.t === 'step');
  let first = arg;
  while (first?.t === 'path' && !first.deep) first = first.l;
  const firstChild =
    negated === ast &&
    first?.t === 'step' &&
    first.axis === 'child' &&
    first.test.ns !== undefined &&
    first.test.local !== '*' &&
    !first.test.kind
      ? expandedName(first.test.ns, first.test.local)
      : undefined;
  return { test: compile(ast), culprit: isPath ? compile(arg) : undefined, firstChild };
}

/**
 * The syntax rules' wildcard contexts (`//ram:*[ends-with(name(), 'Amount') and ...]`) would evaluate
 * their predicate on every element: a predicate that starts with `ends-with(name(), 'X')` (alone or
 * as the first operand of `and`s) can only hold when the element's name ends with X, checked first.
 */
function nameSuffixGuard(pred: Ast | undefined): string | undefined {
  // `a and b and c` is `(a and b) and c`: the first operand is at the bottom of the left side.
  let first = pred;
  while (first?.t === 'bin' && first.op === 'and') first = first.l;
  if (first?.t !== 'call' || first.name !== 'ends-with' || first.args.length !== 2)
    return undefined;
  const [subject, suffix] = first.args;
  const isName = subject?.t === 'call' && subject.name === 'name' && subject.args.length === 0;
  return isName && suffix?.t === 'str' ? suffix.v : undefined;
}

function stepMatches(n: XNode, s: PatternStep, doc: XDoc): boolean {
  if (n.kind === 'doc') return false;
  if (s.nameSuffix !== undefined && !n.name.endsWith(s.nameSuffix)) return false;
  if (s.axis === 'attribute' ? n.kind !== 'attr' : n.kind !== 'elem') return false;
  if (s.local !== '*' && n.local !== s.local) return false;
  if (s.ns !== undefined && n.ns !== s.ns) return false;
  // The VAT category contexts repeat the same predicates ([cac:TaxScheme/...='VAT']) in dozens of
  // rules: each predicate is evaluated once per node and document, its outcome kept in one byte
  // array for the whole document (0 not yet, 1 true, 2 false).
  for (let i = 0; i < s.preds.length; i++) {
    const at = (s.predSlots[i] as number) * (doc.nodeCount + 1) + n.order;
    let seen = doc.predicates;
    if (!seen || seen.length <= at || (seen === spare && spareOwner !== doc))
      seen = predicateTable(doc);
    let known = seen[at] as number;
    if (known === 0) {
      known = contextPredicate(s.preds[i] as Compiled, n, doc) ? 1 : 2;
      seen[at] = known;
    }
    if (known === 2) return false;
  }
  return true;
}

/**
 * A rule context's predicate on `n`. A dynamic error (`[cbc:ChargeIndicator = false()]` on an
 * indicator that is not a boolean) makes the context not match that node, the recovery XSLT allows
 * for errors in match patterns. The official XSLT run by Saxon-JS stops on it instead, with no
 * finding at all: here the schema check reports the value, and the other rules still run.
 */
function contextPredicate(pred: Compiled, n: XNode, doc: XDoc): boolean {
  const ctx = predicateContext;
  ctx.item = n;
  ctx.doc = doc;
  try {
    return ebv(pred(ctx));
  } catch (e) {
    if (e instanceof XPathDynamicError) return false;
    throw e;
  }
}

/**
 * The context of every rule-context predicate, its item and document set for each: a predicate is
 * never evaluated while another is, and the compiled expressions never keep or change a context.
 * Between documents it holds the last one, as `spareOwner` does.
 */
const predicateContext: Ctx = {
  item: undefined as unknown as XNode,
  pos: 1,
  size: 1,
  doc: undefined as unknown as XDoc,
  vars: NO_VARS,
};

/**
 * The predicate table is reused from one document to the next (clearing it costs less than making a
 * new one each time): `spareOwner` is the document whose outcomes it holds. A document that finds
 * it taken by another takes it back, cleared, so outcomes are never read across documents. A large
 * document gets a table of its own, so that one large file does not leave a large table behind.
 */
let spare: Uint8Array | undefined;
let spareOwner: XDoc | undefined;
const SPARE_LIMIT = 1 << 20;

function predicateTable(doc: XDoc): Uint8Array {
  const size = predicateNumbers.size * (doc.nodeCount + 1);
  if (size > SPARE_LIMIT) return (doc.predicates = new Uint8Array(size));
  if (!spare || spare.length < size)
    spare = new Uint8Array(Math.min(SPARE_LIMIT, Math.max(size, 2 * (spare?.length ?? 0))));
  else spare.fill(0, 0, size);
  spareOwner = doc;
  doc.predicates = spare;
  return spare;
}

/** Context predicates by their text: the same predicate in several rules has one number. */
const predicateNumbers = new Map<string, number>();

function predicateNumber(key: string): number {
  let n = predicateNumbers.get(key);
  if (n === undefined) {
    n = predicateNumbers.size;
    predicateNumbers.set(key, n);
  }
  return n;
}

function matchFrom(n: XNode, alt: ContextAlt, i: number, doc: XDoc): boolean {
  const s = alt.steps[i];
  if (!s || !stepMatches(n, s, doc)) return false;
  if (n.kind === 'doc') return false;
  const parent = n.parent;
  if (i === 0) {
    if (!alt.anchored) return true;
    return s.sep === '//' || parent.kind === 'doc';
  }
  if (s.sep === '/') return matchFrom(parent, alt, i - 1, doc);
  for (let a: XNode = parent; a.kind !== 'doc'; a = a.parent) {
    if (matchFrom(a, alt, i - 1, doc)) return true;
  }
  return false;
}

/**
 * The rule of the pattern that handles each element, set in `handled` (by position in `doc.all`;
 * gives how many were set): the first rule, in document order of the rule set, whose context
 * matches it. Each context is tried only on the elements named as its last step (from the name
 * index), or on every element for `*` contexts, and an element already given to an earlier rule is
 * not tried again.
 */
function contextRules(pattern: SchPattern, doc: XDoc, handled: (SchRule | undefined)[]): number {
  let count = 0;
  for (const rule of pattern.rules) {
    for (const alt of rule.alts) {
      if (alt.lastKey !== undefined) {
        const named = doc.byName.get(alt.lastKey);
        if (named) count = tryCandidates(named, rule, alt, doc, handled, count);
      } else if (alt.lastSuffix !== undefined) {
        // An element is tried at most once whatever the order: the names ending so, one by one.
        // (Over the keys: a `for ... of` over the map itself makes a pair for each entry.)
        for (const key of doc.byName.keys())
          if (key.endsWith(alt.lastSuffix))
            count = tryCandidates(doc.byName.get(key) as XElem[], rule, alt, doc, handled, count);
      } else count = tryCandidates(doc.all, rule, alt, doc, handled, count);
    }
  }
  return count;
}

/**
 * Gives `rule` the candidates its context alternative matches that no earlier rule has taken; the
 * count of elements given a rule so far.
 */
function tryCandidates(
  candidates: XElem[],
  rule: SchRule,
  alt: ContextAlt,
  doc: XDoc,
  handled: (SchRule | undefined)[],
  count: number,
): number {
  const parentKey = alt.parentKey;
  for (const el of candidates) {
    if (parentKey !== undefined && (el.parent as XElem).key !== parentKey) continue;
    if (handled[el.idx] === undefined && matchFrom(el, alt, alt.steps.length - 1, doc)) {
      handled[el.idx] = rule;
      count++;
    }
  }
  return count;
}

/**
 * Evaluates every pattern on the document. An assert whose test raises a dynamic error (a value that
 * is not a number where the rule computes, for example) is reported through `onError` and not as a
 * failure: the official XSLT stops on such errors, and the schema findings already say what is wrong.
 */
export function runSchematron(
  rules: SchematronRules,
  doc: XDoc,
  onError?: (a: SchAssert, e: unknown) => void,
): FailedAssert[] {
  const failed: FailedAssert[] = [];
  // Shared by the patterns: the rule handling each element, by position in `doc.all`, then taken
  // in that order (document order). Scanning every position costs less than listing the positions
  // given a rule and sorting them, with a typed array made per document: in CPU profiles of batches
  // of the 20-line invoice, this function's own share fell from about 4 % to 3.4 %.
  const all = doc.all;
  const handled = new Array<SchRule | undefined>(all.length);
  // One context for every element, its item set for each: the compiled tests read a context and
  // never keep or change it.
  const ctx: Ctx = { item: doc, pos: 1, size: 1, doc, vars: NO_VARS };
  for (const pattern of rules.patterns) {
    const count = contextRules(pattern, doc, handled);
    if (count === 0) continue;
    for (let i = 0, left = count; left > 0; i++) {
      const best = handled[i];
      if (best === undefined) continue;
      left--;
      handled[i] = undefined;
      const el = all[i] as XElem;
      ctx.item = el;
      const present = best.presence.size ? fillPresence(best.presence, el) : undefined;
      for (const a of best.asserts) {
        // Most syntax rules are "X shall not be present": nothing to evaluate when X is absent.
        if (a.absent !== undefined && present?.[a.absent] === 0) continue;
        if (a.firstChild !== undefined && childrenNamed(el, a.firstChild).length === 0) continue;
        try {
          if (a.native !== undefined) {
            if (!a.native(el, doc)) failed.push({ assert: a, node: el });
          } else if (a.absent !== undefined || !ebv(a.test(ctx))) {
            const first = a.culprit?.(ctx)[0];
            failed.push({
              assert: a,
              node: el,
              ...(first !== undefined && isNode(first) ? { culprit: first } : {}),
            });
          }
        } catch (e) {
          onError?.(a, e);
        }
      }
    }
  }
  return failed;
}
