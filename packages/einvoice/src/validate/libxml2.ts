/**
 * libxml2 (the WebAssembly build that libxml2-wasm ships), through a binding of our own over its
 * module: parse, XML Schema compile and check, and a copy of a parsed tree into the light tree of
 * `src/xml`. libxml2-wasm's own classes keep the module's memory private; reading the parsed tree
 * directly is what lets one libxml2 parse serve both the schema check and the rules (see
 * `copyLibxml2Tree`). Calls are synchronous; one module instance per thread.
 */
import { readFileSync } from 'node:fs';
import moduleLoader from 'libxml2-wasm/lib/libxml2raw.mjs';
import { expandedName, intern } from '../xml/names';
import { ParsedAttribute, ParsedElement, newList } from '../xml/scanner';
import type { XmlAttribute, XmlElement } from '../xml/types';

type Module = Awaited<ReturnType<typeof moduleLoader>>;

/** One diagnostic of libxml2 (its xmlError structure). */
export interface Libxml2Diagnostic {
  message: string;
  /** 1 warning, 2 error, 3 fatal error. */
  level: number;
  line: number;
  col: number;
  file?: string;
  /** libxml2's path of the node the diagnostic is about, when it names one. */
  xpath?: string;
}

/** Where files named by a schema (its imports and includes) may be read from. */
export interface InputFiles {
  /** The file's path when it may be read, else undefined. */
  resolve(name: string): string | undefined;
}

/** XML_ERR_ERROR: diagnostics at this level or above make a parse fail. */
const ERROR_LEVEL = 2;

// Byte offsets of the fields read, in libxml2's structures on wasm32.
const NODE_TYPE = 4;
const NODE_NAME = 8;
const NODE_CHILDREN = 12;
const NODE_NEXT = 24;
const NODE_NS = 36;
const NODE_CONTENT = 40;
const NODE_PROPERTIES = 44;
const NS_HREF = 8;
const NS_PREFIX = 12;
const ERROR_MESSAGE = 8;
const ERROR_LEVEL_FIELD = 12;
const ERROR_FILE = 16;
const ERROR_LINE = 20;
const ERROR_COL = 40;
const ERROR_NODE = 48;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const PI_NODE = 7;
const COMMENT_NODE = 8;

let lib: Module | undefined;
/** Where the error callback puts what libxml2 reports, while a call runs. */
let sink: Libxml2Diagnostic[] = [];
let errorHandler = 0;

/** Loads the module once and lets libxml2 open only the files `files` allows. Idempotent. */
export async function loadLibxml2(files: InputFiles): Promise<void> {
  if (lib) return;
  const m = await moduleLoader();
  m._xmlSetWinPathEnabled(0);
  m._xmlInitParser();
  errorHandler = m.addFunction((_data: number, err: number) => {
    sink.push(readDiagnostic(m, err));
  }, 'vii');
  registerInput(m, files);
  lib = m;
}

function module(): Module {
  if (!lib) throw new Error('loadLibxml2() must be awaited first');
  return lib;
}

function readDiagnostic(m: Module, err: number): Libxml2Diagnostic {
  const h = m.HEAP32;
  const file = h[(err + ERROR_FILE) >> 2] as number;
  const node = h[(err + ERROR_NODE) >> 2] as number;
  const message = h[(err + ERROR_MESSAGE) >> 2] as number;
  const d: Libxml2Diagnostic = {
    message: message ? m.UTF8ToString(message) : '',
    level: h[(err + ERROR_LEVEL_FIELD) >> 2] as number,
    line: h[(err + ERROR_LINE) >> 2] as number,
    col: h[(err + ERROR_COL) >> 2] as number,
  };
  if (file) d.file = m.UTF8ToString(file);
  if (node) {
    const path = m._xmlGetNodePath(node);
    if (path) {
      d.xpath = m.UTF8ToString(path);
      m._free(path);
    }
  }
  return d;
}

/** Input callbacks: a name libxml2 asks for is opened only when `files` resolves it. */
function registerInput(m: Module, files: InputFiles): void {
  const open = new Map<number, { data: Uint8Array; pos: number }>();
  let next = 1;
  const match = m.addFunction(
    (name: number) => (files.resolve(m.UTF8ToString(name)) === undefined ? 0 : 1),
    'ii',
  );
  const openFile = m.addFunction((name: number) => {
    const path = files.resolve(m.UTF8ToString(name));
    if (path === undefined) return 0;
    try {
      const fd = next++;
      open.set(fd, { data: readFileSync(path), pos: 0 });
      return fd;
    } catch {
      return 0;
    }
  }, 'ii');
  const read = m.addFunction((fd: number, buf: number, len: number) => {
    const f = open.get(fd);
    if (!f) return -1;
    const n = Math.min(len, f.data.byteLength - f.pos);
    m.HEAPU8.set(f.data.subarray(f.pos, f.pos + n), buf);
    f.pos += n;
    return n;
  }, 'iiii');
  const close = m.addFunction((fd: number) => (open.delete(fd) ? 0 : -1), 'ii');
  if (m._xmlRegisterInputCallbacks(match, openFile, read, close) < 0)
    throw new Error('libxml2 refused the input callbacks');
}

/**
 * The parser context, kept from one parse to the next: element and attribute names then keep their
 * address in its dictionary, which `copyLibxml2Tree` caches names by. It is renewed after a while,
 * so that the names of hostile files do not pile up in the dictionary.
 */
let context = 0;
let contextUses = 0;
const CONTEXT_USES = 2000;
/** Names by their address in the context's dictionary. */
const names = new Map<number, string>();
/** Element names by address: their qualified name and `{ns}local` for the namespace last seen. */
const elementNames = new Map<number, ElementName>();
const MAX_NAMES = 20000;

interface ElementName {
  local: string;
  ns: string | undefined;
  prefix: string;
  name: string;
  key: string;
}

let buffer = 0;
let bufferSize = 0;
/** The input buffer is kept between parses unless it grew past this. */
const KEPT_BUFFER = 1 << 20;

/** A document parsed by libxml2, or why it could not be. */
export type Libxml2Parse = { doc: number } | { failed: Libxml2Diagnostic[] };

/**
 * Parses bytes with these libxml2 options. A parse fails, as libxml2-wasm's would, when libxml2
 * gives no document or reports an error; `warnings` receives the lesser diagnostics.
 */
export function parseWithLibxml2(
  bytes: Uint8Array,
  options: number,
  url = '',
  warnings?: Libxml2Diagnostic[],
): Libxml2Parse {
  const m = module();
  if (context === 0 || contextUses >= CONTEXT_USES || names.size > MAX_NAMES) {
    if (context !== 0) m._xmlFreeParserCtxt(context);
    names.clear();
    elementNames.clear();
    context = m._xmlNewParserCtxt();
    contextUses = 0;
  }
  contextUses++;
  if (bytes.length + 1 > bufferSize) {
    if (buffer) m._free(buffer);
    bufferSize = bytes.length + 1;
    buffer = m._malloc(bufferSize);
  }
  m.HEAPU8.set(bytes, buffer);
  const diagnostics: Libxml2Diagnostic[] = [];
  sink = diagnostics;
  m._xmlCtxtSetErrorHandler(context, errorHandler, 0);
  let urlPtr = 0;
  if (url) {
    const size = m.lengthBytesUTF8(url) + 1;
    urlPtr = m._malloc(size);
    m.stringToUTF8(url, urlPtr, size);
  }
  let doc: number;
  try {
    doc = m._xmlCtxtReadMemory(context, buffer, bytes.length, urlPtr, 0, options);
  } finally {
    if (urlPtr) m._free(urlPtr);
    if (bufferSize > KEPT_BUFFER) {
      m._free(buffer);
      buffer = 0;
      bufferSize = 0;
    }
  }
  if (!doc || diagnostics.some((d) => d.level >= ERROR_LEVEL)) {
    if (doc) m._xmlFreeDoc(doc);
    return { failed: diagnostics };
  }
  warnings?.push(...diagnostics);
  return { doc };
}

export function freeDocument(doc: number): void {
  module()._xmlFreeDoc(doc);
}

/** Compiles the XML Schema of this file (its imports read through the input callbacks). */
export function compileSchema(path: string): number {
  const m = module();
  const parsed = parseWithLibxml2(readFileSync(path), 0, path);
  if ('failed' in parsed) throw new Error(`schema ${path} could not be read`);
  try {
    const diagnostics: Libxml2Diagnostic[] = [];
    sink = diagnostics;
    const ctxt = m._xmlSchemaNewDocParserCtxt(parsed.doc);
    if (!ctxt) throw new Error(`schema ${path} could not be compiled`);
    m._xmlSchemaSetParserStructuredErrors(ctxt, errorHandler, 0);
    const schema = m._xmlSchemaParse(ctxt);
    m._xmlSchemaFreeParserCtxt(ctxt);
    if (!schema)
      throw new Error(
        `schema ${path} could not be compiled: ${diagnostics.map((d) => d.message).join('')}`,
      );
    return schema;
  } finally {
    m._xmlFreeDoc(parsed.doc);
  }
}

/**
 * Checks a parsed document against a compiled schema: its violations (none when valid), or
 * undefined when the document is invalid without libxml2 saying why (an internal error).
 */
export function checkSchema(schema: number, doc: number): Libxml2Diagnostic[] | undefined {
  const m = module();
  const diagnostics: Libxml2Diagnostic[] = [];
  sink = diagnostics;
  const ctxt = m._xmlSchemaNewValidCtxt(schema);
  m._xmlSchemaSetValidStructuredErrors(ctxt, errorHandler, 0);
  const outcome = m._xmlSchemaValidateDoc(ctxt, doc);
  m._xmlSchemaFreeValidCtxt(ctxt);
  if (outcome === 0) return [];
  return outcome > 0 && diagnostics.length > 0 ? diagnostics : undefined;
}

/** Limits a copied tree must keep to, as the scanner's (`XmlLimits`). */
export interface CopyLimits {
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
}

/** The tree cannot be copied as the scanner would have built it: the caller parses it itself. */
class NotCopied extends Error {}

/**
 * Copies the element tree of a document libxml2 parsed (with XML_PARSE_NOBLANKS) into the light
 * tree `parseXml` builds: the same elements, names, namespaces, attributes and text, so the readers
 * and rules see the same tree either way. Lines are left at 0 (see `assignStartLines`). Gives
 * undefined, for the caller to parse the bytes itself, where the two could differ or the scanner
 * would refuse the file: text mixed with elements, a comment or processing instruction inside a
 * leaf, more than one piece of text in an element, an attribute value holding a tab or line feed
 * (written as a character reference), an entity reference, and the scanner's limits passed.
 * Element counts from the root.
 */
export function copyLibxml2Tree(
  doc: number,
  limits: CopyLimits,
): { root: XmlElement; elementCount: number } | undefined {
  const m = module();
  const copier = new Copier(m, limits);
  try {
    const root = copier.element(m._xmlDocGetRootElement(doc), 1);
    return { root, elementCount: copier.count };
  } catch (e) {
    if (e instanceof NotCopied) return undefined;
    throw e;
  }
}

const BLANK = /^[ \t\n]*$/;
const TAB_OR_LINE_FEED = /[\t\n]/;

class Copier {
  private readonly heap: Uint8Array;
  private readonly h: Int32Array;
  /** The document's namespace declarations by address: [uri, prefix]. */
  private readonly namespaces: number[] = [];
  private readonly nsValues: [string, string][] = [];
  count = 0;
  constructor(
    m: Module,
    private readonly limits: CopyLimits,
  ) {
    this.heap = m.HEAPU8;
    this.h = m.HEAP32;
  }

  /**
   * A NUL-terminated string of libxml2's (UTF-8, which libxml2 has checked). Most are short and
   * ASCII (names, codes, amounts): built character by character, they cost about a third less than
   * through a decoder's call (copy of the 20-line invoice in alternating windows: a quarter of our
   * parse's time against 0.37–0.39 of it). Texts of up to `SHARED_TEXT` characters read before are
   * given again from `sharedTexts`, compared character by character: on the 20-line invoice about
   * 5 % fewer bytes allocated per validation and 1.5 to 2.5 % more invoices per second in batches
   * (the same with the slots emptied for each document); on the corpus, no measurable change.
   */
  private text(p: number): string {
    const heap = this.heap;
    let end = p;
    let ascii = true;
    let hash = 0;
    for (; heap[end] !== 0; end++) {
      const c = heap[end] as number;
      if (c > 127) ascii = false;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    const length = end - p;
    if (!ascii || length > 64) return decoder.decode(heap.subarray(p, end));
    if (length > SHARED_TEXT) return this.build(p, end);
    const slot = (hash ^ (hash >>> 13)) & (SHARED_SLOTS - 1);
    const known = sharedTexts[slot];
    if (known !== undefined && known.length === length) {
      let i = 0;
      while (i < length && known.charCodeAt(i) === heap[p + i]) i++;
      if (i === length) return known;
    }
    const s = this.build(p, end);
    sharedTexts[slot] = s;
    return s;
  }

  private build(p: number, end: number): string {
    const heap = this.heap;
    let s = '';
    for (let i = p; i < end; i++) s += String.fromCharCode(heap[i] as number);
    return s;
  }

  private name(p: number): string {
    let s = names.get(p);
    if (s === undefined) {
      // Every name libxml2 takes (XML's name characters), the scanner takes too.
      s = intern(this.text(p));
      names.set(p, s);
    }
    return s;
  }

  private namespace(p: number): [string, string] {
    const at = this.namespaces.indexOf(p);
    if (at >= 0) return this.nsValues[at] as [string, string];
    // A declaration's strings are the document's own (not the dictionary's): read, not cached.
    const prefixPtr = this.h[(p + NS_PREFIX) >> 2] as number;
    const prefix = prefixPtr ? this.text(prefixPtr) : '';
    const value: [string, string] = [
      this.namespaceUri(this.h[(p + NS_HREF) >> 2] as number),
      intern(prefix),
    ];
    this.namespaces.push(p);
    this.nsValues.push(value);
    return value;
  }

  /**
   * A namespace URI, interned: one of `knownUris` when its bytes are the same (every invoice declares
   * the same few URIs, of 40 to 80 characters, which would otherwise be decoded and hashed again for
   * each document: 1 % of a batch's CPU profile on the 20-line invoice, 0.4 % this way).
   */
  private namespaceUri(p: number): string {
    const heap = this.heap;
    let end = p;
    while (heap[end] !== 0) end++;
    const length = end - p;
    for (const uri of knownUris) {
      if (uri.length !== length) continue;
      let i = 0;
      while (i < length && uri.charCodeAt(i) === heap[p + i]) i++;
      if (i === length) return uri;
    }
    const uri = intern(this.text(p));
    // Only URIs of ASCII characters compare byte for byte with their string.
    if (uri.length === length) {
      if (knownUris.length >= KNOWN_URIS) knownUris.shift();
      knownUris.push(uri);
    }
    return uri;
  }

  element(p: number, depth: number): XmlElement {
    const h = this.h;
    if (++this.count > this.limits.maxElements || depth > this.limits.maxDepth)
      throw new NotCopied();
    const nsPtr = h[(p + NODE_NS) >> 2] as number;
    const [ns, prefix] = nsPtr ? this.namespace(nsPtr) : NO_NAMESPACE;
    const namePtr = h[(p + NODE_NAME) >> 2] as number;
    let n = elementNames.get(namePtr);
    if (n === undefined) {
      n = { local: this.name(namePtr), ns: undefined, prefix: '', name: '', key: '' };
      elementNames.set(namePtr, n);
    }
    if (n.ns !== ns || n.prefix !== prefix) {
      n.ns = ns;
      n.prefix = prefix;
      n.name = prefix ? intern(`${prefix}:${n.local}`) : n.local;
      n.key = expandedName(ns, n.local);
    }
    const attributes: XmlAttribute[] = newList();
    for (
      let a = h[(p + NODE_PROPERTIES) >> 2] as number;
      a;
      a = h[(a + NODE_NEXT) >> 2] as number
    ) {
      if (attributes.length >= this.limits.maxAttributes) throw new NotCopied();
      const local = this.name(h[(a + NODE_NAME) >> 2] as number);
      const attrNs = h[(a + NODE_NS) >> 2] as number;
      let name = local;
      let uri = '';
      if (attrNs) {
        const [u, pre] = this.namespace(attrNs);
        uri = u;
        name = intern(`${pre}:${local}`);
      }
      let value = '';
      const t = h[(a + NODE_CHILDREN) >> 2] as number;
      if (t) {
        if (h[(t + NODE_TYPE) >> 2] !== TEXT_NODE || h[(t + NODE_NEXT) >> 2]) throw new NotCopied();
        value = this.text(h[(t + NODE_CONTENT) >> 2] as number);
        if (TAB_OR_LINE_FEED.test(value)) throw new NotCopied();
      }
      attributes.push(new ParsedAttribute(name, local, uri, value));
    }
    const el: XmlElement = new ParsedElement(n.name, n.local, ns, n.key, attributes, 0);
    let text: string | undefined;
    let other = false;
    for (let c = h[(p + NODE_CHILDREN) >> 2] as number; c; c = h[(c + NODE_NEXT) >> 2] as number) {
      const type = h[(c + NODE_TYPE) >> 2];
      if (type === ELEMENT_NODE) el.children.push(this.element(c, depth + 1));
      else if (type === TEXT_NODE || type === CDATA_NODE) {
        if (text !== undefined) throw new NotCopied();
        text = this.text(h[(c + NODE_CONTENT) >> 2] as number);
      } else if (type === PI_NODE || type === COMMENT_NODE) other = true;
      else throw new NotCopied();
    }
    if (el.children.length === 0) {
      if (other) throw new NotCopied();
      if (text !== undefined) el.text = text;
    } else if (text !== undefined && !BLANK.test(text)) throw new NotCopied();
    return el;
  }
}

const NO_NAMESPACE: [string, string] = ['', ''];

/** The namespace URIs read last (see `namespaceUri`). */
const knownUris: string[] = [];
const KNOWN_URIS = 16;

const decoder = new TextDecoder();

/**
 * Short texts repeat within an invoice and from one invoice to the next (codes, currencies, rates,
 * dates): each slot keeps the last one read whose hash falls there, and the same bytes read again
 * give that string instead of a new one.
 */
const SHARED_TEXT = 24;
const SHARED_SLOTS = 1024;
const sharedTexts: (string | undefined)[] = new Array<string | undefined>(SHARED_SLOTS).fill(
  undefined,
);
