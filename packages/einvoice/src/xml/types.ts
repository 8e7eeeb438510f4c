import type { Finding } from '../finding';

/** An attribute of an element. Namespace declarations (xmlns, xmlns:p) are not listed. */
export interface XmlAttribute {
  /** Qualified name as written, e.g. 'schemeID' or 'xsi:type'. */
  name: string;
  /** Local part of the name. */
  local: string;
  /** Namespace URI ('' for unprefixed attributes, which are in no namespace). */
  ns: string;
  /** Value with entity and character references resolved. */
  value: string;
}

/** One element of the light tree built by `parseXml`. */
export interface XmlElement {
  /** Qualified name as written in the source, e.g. 'cbc:ID'. */
  name: string;
  /** Local part of the name, e.g. 'ID'. */
  local: string;
  /** Namespace URI ('' when in no namespace). */
  ns: string;
  /** `{ns}local`, interned (the same string for every element of that name). */
  key: string;
  attributes: XmlAttribute[];
  /**
   * The element's own character data (text and CDATA sections, not descendants'), concatenated in
   * document order, with references resolved; comments and processing instructions are skipped.
   * Not trimmed, except that whitespace-only data before the element's first other character data
   * (the indentation between child elements) is left out: a container element's text is '', a
   * leaf element's whitespace-only content is kept.
   */
  text: string;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
}

export interface XmlDocument {
  root: XmlElement;
  /** The encoding the bytes were decoded with. */
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
  /** Number of elements in the tree. */
  elementCount: number;
  /**
   * Set when the elements' lines are not known yet (a tree copied from libxml2): fills them in. Call
   * `ensureLines` before reading a line.
   */
  pendingLines?: (() => void) | undefined;
}

export interface XmlLimits {
  /** Largest input in bytes (default 20 MB). */
  maxBytes: number;
  /** Deepest element nesting (default 64; the root is at depth 1). */
  maxDepth: number;
  /** Most elements in one document (default 500,000). */
  maxElements: number;
  /** Most attributes on one element (default 256). */
  maxAttributes: number;
}

export type XmlParseResult = { ok: true; doc: XmlDocument } | { ok: false; findings: Finding[] };
