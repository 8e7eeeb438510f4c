/**
 * A tiny element builder for the writers: build nodes in schema order, leave out what is absent,
 * serialise with escaping. Values come from the model and may hold anything a supplier typed:
 * every text and attribute is escaped, and characters XML cannot carry are dropped so the output
 * is always well-formed (C6: names with ']]>', '<!--', '&' stay text).
 */
/** Children of a node, absent ones left out when written. */
export type Kids = (XNode | undefined)[];

export interface XNode {
  name: string;
  attrs?: Record<string, string | undefined>;
  text?: string;
  children?: (XNode | undefined)[];
}

/** A leaf element, or nothing when the value is undefined. */
export function leaf(
  name: string,
  value: string | undefined,
  attrs?: Record<string, string | undefined>,
): XNode | undefined {
  return value === undefined ? undefined : { name, text: value, ...(attrs ? { attrs } : {}) };
}

/** A leaf element for a required term: left out when empty (a missing term was read as ''). */
export function reqLeaf(
  name: string,
  value: string,
  attrs?: Record<string, string | undefined>,
): XNode | undefined {
  return value === '' ? undefined : leaf(name, value, attrs);
}

/** An element with children; always written. */
export function node(
  name: string,
  children: (XNode | undefined)[],
  attrs?: Record<string, string | undefined>,
): XNode {
  return { name, children, ...(attrs ? { attrs } : {}) };
}

/** An element with children, or nothing when none of its children is there. */
export function group(name: string, children: (XNode | undefined)[]): XNode | undefined {
  return children.some((c) => c !== undefined) ? { name, children } : undefined;
}

// Characters XML 1.0 cannot carry: C0 controls other than tab/newline/return, U+FFFE/U+FFFF, lone surrogates.
const NOT_XML = new RegExp(
  // eslint-disable-next-line no-control-regex
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

export function escapeText(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Serialises a tree with two-space indentation and an XML declaration. */
export function serialize(root: XNode): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  write(root, '', out);
  return out.join('');
}

function write(n: XNode, indent: string, out: string[]): void {
  let open = `${indent}<${n.name}`;
  if (n.attrs) {
    for (const [k, v] of Object.entries(n.attrs))
      if (v !== undefined) open += ` ${k}="${escapeAttr(v)}"`;
  }
  const kids = n.children?.filter((c): c is XNode => c !== undefined) ?? [];
  if (kids.length > 0) {
    out.push(`${open}>\n`);
    for (const c of kids) write(c, indent + '  ', out);
    out.push(`${indent}</${n.name}>\n`);
  } else if (n.text !== undefined && n.text !== '') {
    out.push(`${open}>${escapeText(n.text)}</${n.name}>\n`);
  } else {
    out.push(`${open}/>\n`);
  }
}
