/**
 * The XPath data model over the light XML tree of `src/xml`: the parsed elements themselves, given
 * a parent, a document-order number and an index of elements by expanded name, so rule contexts and
 * `//name` steps are answered without walking the whole tree again for each rule. The parser makes
 * every element and attribute with these fields, empty (see `newElement` in src/xml/scanner.ts), so
 * that no copy of the tree is made; a tree built by hand gets them here.
 */
import { expandedName } from '../xml/names';
import type { XmlAttribute, XmlDocument, XmlElement } from '../xml/types';

export interface XAttr extends XmlAttribute {
  kind: 'attr';
  parent: XElem;
  order: number;
  /** Cached xs:decimal value, as its one-item sequence (see functions.ts). */
  dec?: unknown;
}

export interface XElem extends XmlElement {
  kind: 'elem';
  parent: XElem | XDoc;
  children: XElem[];
  attributes: XAttr[];
  order: number;
  /** Position in `XDoc.all`. */
  idx: number;
  /** Children by `{ns}local`, built on first use (see `childrenNamed`). */
  kidIndex?: Map<string, XElem[]>;
  /** This element as a one-element list: what `childrenNamed` gives when it is the only child so named. */
  alone?: XElem[];
  /** Cached string value (own text then descendants'). */
  sv?: string;
  /** Cached normalize-space() of the string value, as its one-item sequence. */
  nsv?: [string];
  /** Cached xs:decimal value, as its one-item sequence (see functions.ts). */
  dec?: unknown;
}

export interface XDoc {
  kind: 'doc';
  root: XElem;
  /** All elements in document order. */
  all: XElem[];
  /** Elements by `{ns}local`, in document order. */
  byName: Map<string, XElem[]>;
  /** Attributes by `{ns}local`, in document order: built on first use (see `attributesNamed`). */
  attrsByName?: Map<string, XAttr[]>;
  /**
   * Values computed once per document (see compile.ts), by memo slot: a number given to each distinct
   * expression when the rules are compiled (`memoSlot`). A map, not an array of every slot: a
   * document uses a few hundred of the rules' thousands.
   */
  memo: Map<number, unknown>;
  /** Values of variable-free relative paths per memo slot and node (see compile.ts). */
  perNode?: Map<number, unknown>;
  /**
   * Values of relative expressions that read variables, per memo slot and node, with the variable
   * bindings they were computed under (see compile.ts).
   */
  perBinding?: Map<number, KeptValue>;
  /** Outcomes of the rule-context predicates per node (see rules/schematron.ts). */
  predicates?: Uint8Array;
  order: number;
  /** How many nodes (elements and attributes) carry an order number: orders are 1 ... nodeCount. */
  nodeCount: number;
  /** The parsed document, whose lines may still have to be filled in (see `ensureLines`). */
  source: XmlDocument | undefined;
}

export type XNode = XElem | XAttr | XDoc;

/** A value kept with the variable bindings it was computed under. */
export interface KeptValue {
  vars: unknown;
  value: unknown;
}

export { expandedName };

const slots = new Map<string, number>();

/** The memo slot of an expression (by its structure, so that the same expression written twice shares it). */
export function memoSlot(key: string): number {
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(key, slot);
  }
  return slot;
}

/**
 * The data model of a parsed document. The elements get their parent, document order and position
 * here, and their cached values are cleared, so a tree changed since an earlier call is read as it
 * now is. The tree is shared with the data model: a document's tree has one data model at a time.
 */
export function buildXdm(xml: XmlDocument): XDoc {
  const doc = {
    kind: 'doc',
    all: [],
    byName: new Map(),
    memo: new Map(),
    perNode: undefined,
    perBinding: undefined,
    predicates: undefined,
    attrsByName: undefined,
    root: undefined,
    order: 0,
    nodeCount: 0,
    source: xml,
  } as unknown as XDoc;
  const root = xml.root as XElem;
  doc.nodeCount = place(root, doc, doc, 1) - 1;
  doc.root = root;
  return doc;
}

/**
 * Drops the values computed while rules ran over `doc`. The tree keeps its root's link to the
 * document (a report's source map holds the tree), so without this they would live as long as it.
 */
export function releaseXdm(doc: XDoc): void {
  doc.memo.clear();
  doc.perNode = undefined;
  doc.perBinding = undefined;
  doc.predicates = undefined;
  doc.attrsByName = undefined;
}

/** Sets the data-model fields of `node` and its descendants from `order` on; the next order. */
function place(node: XElem, parent: XElem | XDoc, doc: XDoc, order: number): number {
  node.kind = 'elem';
  node.parent = parent;
  node.order = order++;
  node.idx = doc.all.length;
  node.kidIndex = undefined;
  node.sv = undefined;
  node.nsv = undefined;
  node.dec = undefined;
  for (const a of node.attributes) {
    a.kind = 'attr';
    a.parent = node;
    a.order = order++;
    a.dec = undefined;
  }
  doc.all.push(node);
  const list = doc.byName.get(node.key);
  // Literals, not Array.of (a generic call, several times slower): see `newList` in xml/scanner.ts
  // for why a literal is safe here.
  if (list) list.push(node);
  else doc.byName.set(node.key, [node]);
  for (const c of node.children) order = place(c, node, doc, order);
  return order;
}

/** The attributes of the document named `key` (`{ns}local`), in document order. */
export function attributesNamed(doc: XDoc, key: string): XAttr[] {
  if (!doc.attrsByName) {
    const index = new Map<string, XAttr[]>();
    for (const el of doc.all) {
      for (const a of el.attributes) {
        const akey = expandedName(a.ns, a.local);
        const list = index.get(akey);
        if (list) list.push(a);
        else index.set(akey, [a]);
      }
    }
    doc.attrsByName = index;
  }
  return doc.attrsByName.get(key) ?? [];
}

export function stringValue(n: XNode): string {
  switch (n.kind) {
    case 'attr':
      return n.value;
    case 'doc':
      return stringValue(n.root);
    case 'elem': {
      if (n.sv !== undefined) return n.sv;
      let s = n.text;
      for (const c of n.children) s += stringValue(c);
      n.sv = s;
      return s;
    }
  }
}

export function docOf(n: XNode): XDoc {
  let cur: XNode = n;
  while (cur.kind !== 'doc') cur = cur.parent;
  return cur;
}

/** XPath of a node with the source's own prefixes and 1-based positions among same-named siblings. */
export function pathOf(n: XNode): string {
  if (n.kind === 'doc') return '/';
  if (n.kind === 'attr') return `${pathOf(n.parent)}/@${n.name}`;
  const parts: string[] = [];
  let cur: XElem | XDoc = n;
  while (cur.kind === 'elem') {
    const p: XElem | XDoc = cur.parent;
    const el: XElem = cur;
    if (p.kind === 'elem') {
      const same = p.children.filter((c) => c.local === el.local && c.ns === el.ns);
      parts.push(same.length > 1 ? `${el.name}[${same.indexOf(el) + 1}]` : el.name);
    } else {
      parts.push(el.name);
    }
    cur = p;
  }
  return '/' + parts.reverse().join('/');
}

const EMPTY: XElem[] = [];

/** Up to this many children, named children are found by a scan rather than through `kidIndex`. */
const SCANNED = 8;

/**
 * The children of `n` named `key` (`{ns}local`), in document order. The list returned is shared:
 * callers do not change it. Names are interned (see `expandedName`), so a scan compares them by
 * identity; most elements have a few children, each name at most once, and a scan of them is
 * cheaper than building and consulting a map. The one child found is returned as its own list
 * (`alone`), made once; larger elements, and those with a name repeated, get the index.
 */
export function childrenNamed(n: XElem, key: string): XElem[] {
  const kids = n.children;
  const count = kids.length;
  if (count === 0) return EMPTY;
  if (count <= SCANNED && n.kidIndex === undefined) {
    let i = 0;
    while (i < count && (kids[i] as XElem).key !== key) i++;
    if (i === count) return EMPTY;
    const found = kids[i] as XElem;
    let j = i + 1;
    while (j < count && (kids[j] as XElem).key !== key) j++;
    if (j === count) {
      if (found.alone === undefined) found.alone = [found];
      return found.alone;
    }
  }
  if (n.kidIndex === undefined) {
    n.kidIndex = new Map();
    for (const c of kids) {
      const list = n.kidIndex.get(c.key);
      if (list) list.push(c);
      else n.kidIndex.set(c.key, [c]);
    }
  }
  return n.kidIndex.get(key) ?? EMPTY;
}
