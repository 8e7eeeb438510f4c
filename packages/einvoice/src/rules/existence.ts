/**
 * The syntax rules are hundreds of "X shall not be present" asserts on the same context
 * (`not(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm)` ...), whose
 * paths share their first steps. They are gathered per rule into a tree of steps, walked once per
 * context element: each shared step is looked up once, and a branch absent from the invoice is not
 * looked at again. The outcome is the one of each `not(path)` test evaluated alone.
 */
import type { Ast } from '../xpath/parse';
import type { SimpleStep } from '../xpath/compile';
import { simpleSteps } from '../xpath/compile';
import type { XElem } from '../xpath/xdm';

interface StepNode {
  step: SimpleStep;
  /** The expanded names this child step accepts (one, or the alternatives of `(a | b)`). */
  keys: string[];
  /** Positions (in the rule's presence array) of the asserts whose path ends at this step. */
  ends: number[];
  next: StepNode[];
  /** `next` indexed for the walk (see `indexLevel`). */
  nextLevel: Level | undefined;
  /** The elements this step reaches, gathered during a walk and emptied by it. */
  reached: XElem[];
}

/** The steps of one level of the tree, for the walk: attribute steps, and child steps by name. */
interface Level {
  attrs: StepNode[];
  byKey: Map<string, StepNode[]>;
}

export interface PresenceTree {
  roots: StepNode[];
  /** How many asserts the tree answers. */
  size: number;
  /** `roots` indexed for the walk, built on the first walk (and again after a path is added). */
  level: Level | undefined;
}

/** The path of a `not(path)` test over plain child (and final attribute) steps; else undefined. */
export function absencePath(ast: Ast): SimpleStep[] | undefined {
  if (ast.t !== 'call' || ast.name !== 'not' || ast.args.length !== 1) return undefined;
  const arg = ast.args[0] as Ast;
  if (arg.t !== 'path' && arg.t !== 'step') return undefined;
  return simpleSteps(arg);
}

const stepId = (s: SimpleStep): string => (s.attr ? '@' : '') + (s.keys ? s.keys.join('|') : s.key);

export function newPresenceTree(): PresenceTree {
  return { roots: [], size: 0, level: undefined };
}

/** Adds one path; gives its position in the presence array filled by `fillPresence`. */
export function addPath(tree: PresenceTree, steps: SimpleStep[]): number {
  let level = tree.roots;
  let node: StepNode | undefined;
  for (const step of steps) {
    const id = stepId(step);
    node = level.find((n) => stepId(n.step) === id);
    if (!node) {
      node = {
        step,
        keys: step.keys ?? [step.key],
        ends: [],
        next: [],
        nextLevel: undefined,
        reached: [],
      };
      level.push(node);
    }
    level = node.next;
  }
  const slot = tree.size++;
  node?.ends.push(slot);
  tree.level = undefined;
  return slot;
}

function indexLevel(nodes: StepNode[]): Level {
  const level: Level = { attrs: [], byKey: new Map() };
  for (const node of nodes) {
    node.nextLevel = indexLevel(node.next);
    if (node.step.attr) {
      level.attrs.push(node);
      continue;
    }
    for (const key of node.keys) level.byKey.set(key, [...(level.byKey.get(key) ?? []), node]);
  }
  return level;
}

/**
 * Marks the paths that go on from the elements `from`. The children of `from` are looked up in the
 * level's index by name (the root has a few dozen children, and its level hundreds of steps), and
 * each step reached is followed once with all the elements that reach it.
 */
function walk(level: Level, from: XElem[], present: Uint8Array): void {
  for (const node of level.attrs) {
    const s = node.step;
    const found = from.some((e) => e.attributes.some((a) => a.local === s.local && a.ns === s.ns));
    if (found) for (const slot of node.ends) present[slot] = 1;
  }
  if (level.byKey.size === 0) return;
  let hit: StepNode[] | undefined;
  for (const e of from) {
    for (const c of e.children) {
      const nodes = level.byKey.get(c.key);
      if (!nodes) continue;
      for (const node of nodes) {
        if (node.reached.length === 0) (hit ??= []).push(node);
        node.reached.push(c);
      }
    }
  }
  if (!hit) return;
  for (const node of hit) {
    // Emptied once followed, the same list serving the next element: a step belongs to one level, so
    // the walk below never adds to the list it reads.
    const reached = node.reached;
    for (const slot of node.ends) present[slot] = 1;
    if (node.next.length) walk(node.nextLevel as Level, reached, present);
    reached.length = 0;
  }
}

/**
 * One array of outcomes for every call, emptied at each: a typed array of more than 64 bytes has
 * its memory outside V8's heap, which costs far more to get than to clear (with an array made per
 * call, `fillPresence` took 2.5 % of a batch's CPU profile on the 20-line invoice; 1.9 % this way).
 */
let outcomes = new Uint8Array(1024);

/**
 * present[slot] = 1 for every path of the tree that selects at least one node from `el`, 0 for the
 * others. The array is the same at every call: valid until the next.
 */
export function fillPresence(tree: PresenceTree, el: XElem): Uint8Array {
  if (outcomes.length < tree.size) outcomes = new Uint8Array(tree.size);
  else outcomes.fill(0, 0, tree.size);
  walk((tree.level ??= indexLevel(tree.roots)), [el], outcomes);
  return outcomes;
}
