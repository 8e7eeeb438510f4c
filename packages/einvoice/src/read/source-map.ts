import type { SourceLocation, SourceMap } from '../model/source-map';
import type { XmlElement } from '../xml/types';
import { parentMap, xpathOf } from '../xml/xpath';

/**
 * Called by readers for every term and group they read: `prefix + id` is the model path
 * ('BG-25[2]/' + 'BT-129'), `attr` names the attribute for scheme ids ('schemeID'). Readers call it
 * unconditionally; while reading it is a no-op, so recording costs nothing until a location is asked.
 */
export type Recorder = (
  prefix: string,
  id: string,
  el: XmlElement | undefined,
  attr?: string,
) => void;

export const noRecord: Recorder = () => undefined;

interface Entry {
  el: XmlElement;
  attr?: string;
}

/**
 * A source map that replays the reader with a real recorder the first time a location is asked.
 * Valid invoices, for which nobody asks, pay nothing. `beforeLines` runs before the first location
 * is given (see `ensureLines`).
 */
export function lazySourceMap(
  root: XmlElement,
  replay: (rec: Recorder) => void,
  beforeLines: () => void = () => undefined,
): SourceMap {
  let entries: Map<string, Entry> | undefined;
  let parents: Map<XmlElement, XmlElement> | undefined;
  const load = (): Map<string, Entry> => {
    if (!entries) {
      beforeLines();
      const map = new Map<string, Entry>();
      replay((prefix, id, el, attr) => {
        const key = prefix + id;
        if (el && !map.has(key)) map.set(key, attr === undefined ? { el } : { el, attr });
      });
      entries = map;
    }
    return entries;
  };
  const toLocation = (e: Entry): SourceLocation => {
    parents ??= parentMap(root);
    const xpath = xpathOf(e.el, parents) + (e.attr ? `/@${e.attr}` : '');
    return { xpath, line: e.el.line };
  };
  const find = (path: string): Entry | undefined => {
    const map = load();
    const norm = normalizePath(path);
    return map.get(norm) ?? (/\]$/.test(norm) ? undefined : map.get(`${norm}[1]`));
  };
  return {
    locate(path) {
      const e = find(path);
      return e ? toLocation(e) : undefined;
    },
    locateNearest(path) {
      const segs = normalizePath(path).split('/');
      while (segs.length > 0) {
        const e = find(segs.join('/'));
        if (e) return toLocation(e);
        segs.pop();
      }
      return { xpath: xpathOf(root, new Map()), line: root.line };
    },
  };
}

/** Drops singleton groups in the middle of a path: 'BG-4/BT-27' is 'BT-27', 'BG-25[1]/BG-29/BT-146' is 'BG-25[1]/BT-146'. */
function normalizePath(path: string): string {
  const segs = path
    .trim()
    .split('/')
    .filter((s) => s !== '');
  return segs.filter((s, i) => i === segs.length - 1 || !/^BG-\d+$/.test(s)).join('/');
}
