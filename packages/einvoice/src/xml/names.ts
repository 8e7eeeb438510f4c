/** Expanded names of elements and attributes. */

/**
 * The engine's own copy of a string (as used for property keys): names and namespaces compared
 * thousands of times, by the readers and by the rules' name tests (which intern theirs too), then
 * compare by identity instead of character by character.
 */
export function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  const copy = internalized(s);
  if (interned.size < 4096) interned.set(copy, copy);
  return copy;
}

/** The engine's own copy of `s`: an object's property names are kept so. */
function internalized(s: string): string {
  const key: Record<string, true> = { [s]: true };
  return Object.keys(key)[0] ?? s;
}
const interned = new Map<string, string>();

const names = new Map<string, Map<string, string>>();

/**
 * `{ns}local`, interned: the same string object for every element of that name, so building the
 * tree allocates no name, the name indexes hash each name once, and two names compare by identity
 * (see `childrenNamed` in xpath/xdm.ts).
 */
export function expandedName(ns: string, local: string): string {
  let byLocal = names.get(ns);
  if (!byLocal) {
    byLocal = new Map();
    if (names.size < 1000) names.set(ns, byLocal);
  }
  let key = byLocal.get(local);
  if (key === undefined) {
    key = internalized(`{${ns}}${local}`);
    // The vocabulary of invoices is a few thousand names; anything past that (a hostile file with
    // made-up names) is not kept.
    if (byLocal.size < 20000) byLocal.set(local, key);
  }
  return key;
}
