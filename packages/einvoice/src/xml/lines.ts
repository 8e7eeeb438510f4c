import type { XmlDocument, XmlElement } from './types';

/**
 * Gives each element of a tree the line its start tag begins on, read from the well-formed XML
 * bytes the tree was parsed from (UTF-8, without DOCTYPE): the start tags in the bytes come in the
 * tree's document order. Lines are counted as the scanner counts them (CR LF and a lone CR are one
 * line feed). For trees copied from libxml2 (see `copyLibxml2Tree`), which records the line a start
 * tag ends on: the lines are only looked up when a finding or a source location needs them.
 */
export function assignStartLines(bytes: Uint8Array, root: XmlElement): void {
  const elements: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement;
    elements.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as XmlElement);
  }
  let line = 1;
  let next = 0;
  // 0: markup and text; 1: in a comment; 2: in a CDATA section; 3: in a processing instruction.
  let within = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 10) line++;
    else if (b === 13) {
      if (bytes[i + 1] !== 10) line++;
    } else if (within !== 0) {
      if (b !== 62) continue;
      const p1 = bytes[i - 1];
      const p2 = bytes[i - 2];
      if (
        (within === 1 && p1 === 45 && p2 === 45) ||
        (within === 2 && p1 === 93 && p2 === 93) ||
        (within === 3 && p1 === 63)
      )
        within = 0;
    } else if (b === 60) {
      const c = bytes[i + 1];
      if (c === 33) {
        within = bytes[i + 2] === 45 ? 1 : 2;
        i += bytes[i + 2] === 45 ? 3 : 8;
      } else if (c === 63) {
        within = 3;
        i += 1;
      } else if (c !== 47) {
        const el = elements[next++];
        if (el === undefined) return;
        el.line = line;
      }
    }
  }
}

/** Fills the lines of a tree whose lines were left to be looked up when needed (see `XmlDocument`). */
export function ensureLines(doc: XmlDocument | undefined): void {
  if (doc === undefined || doc.pendingLines === undefined) return;
  const pending = doc.pendingLines;
  doc.pendingLines = undefined;
  pending();
}
