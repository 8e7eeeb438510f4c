import type { XmlElement } from './types';

/**
 * The XPath of an element with the source's own prefixes, an index only where siblings share the
 * name: '/Invoice/cac:InvoiceLine[2]/cbc:ID'. `parents` maps each element to its parent (see
 * `parentMap`); the root has none.
 */
export function xpathOf(el: XmlElement, parents: ReadonlyMap<XmlElement, XmlElement>): string {
  const steps: string[] = [];
  for (let cur: XmlElement | undefined = el; cur;) {
    const parent = parents.get(cur);
    let step = cur.name;
    if (parent) {
      let index = 0;
      let same = 0;
      for (const sib of parent.children) {
        if (sib.name === cur.name) {
          same++;
          if (sib === cur) index = same;
        }
      }
      if (same > 1) step += `[${index}]`;
    }
    steps.push(step);
    cur = parent;
  }
  return '/' + steps.reverse().join('/');
}

/** Maps every element of a tree to its parent. */
export function parentMap(root: XmlElement): Map<XmlElement, XmlElement> {
  const map = new Map<XmlElement, XmlElement>();
  const stack = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    for (const c of el.children) {
      map.set(c, el);
      stack.push(c);
    }
  }
  return map;
}
