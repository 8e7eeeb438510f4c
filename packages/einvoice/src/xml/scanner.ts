import { expandedName, intern } from './names';
import type { XmlAttribute, XmlDocument, XmlElement, XmlLimits } from './types';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME =
  /^[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7\u00C0-\uFFFD]*(:[A-Za-z_\u00C0-\uFFFD][\w.\-\u00B7\u00C0-\uFFFD]*)?$/;

/** Raised inside the scanner only; `parseXml` turns it into a finding. */
export class XmlError extends Error {
  constructor(
    readonly rule: string,
    readonly fr: string,
    readonly en: string,
    readonly pos: number,
  ) {
    super(en);
  }
}

type Scope = Record<string, string | undefined>;

interface SplitName {
  name: string;
  prefix: string;
  local: string;
  /** The namespace this name was last resolved to, and its `{ns}local` (see `expandedName`). */
  keyNs?: string;
  key?: string;
}

/** Whether `s` holds `word` at `at` (a loop beats startsWith and slicing for short names). */
function sameAt(s: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if (s.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

function isBlank(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

const NAME_CACHE_SIZE = 4096;
/**
 * Direct-mapped cache of split, interned names, shared by all parses (invoices use the same few
 * hundred names): a Map would hash every freshly sliced name. Bounded, so hostile names cannot grow it.
 */
const nameCache: (SplitName | undefined)[] = new Array<SplitName | undefined>(NAME_CACHE_SIZE).fill(
  undefined,
);

/**
 * Elements and attributes are made with the fields the XPath data model fills in (`buildXdm` in
 * src/xpath/xdm.ts), empty: the rules then run over the parsed tree itself instead of a copy, and
 * every element has one shape (as every attribute), which V8 keeps its property accesses fast for.
 * Trees copied from libxml2's (`copyLibxml2Tree`) are made of them too, for the same shape.
 *
 * They are made by constructors, not from object literals. V8 watches each literal in the source:
 * when most of what one creates outlives a minor collection, it makes that literal's later objects
 * directly in the old generation. Loading the rule files builds trees of thousands of elements that
 * live for the whole process, so literals here would be judged long-lived, and every invoice parsed
 * afterwards would be made in the old generation: its dead elements, pointing at younger ones, then
 * kept those alive through every minor collection, and a 20-line invoice took several times as long
 * to read (`npm run bench` in a worker that has loaded the rules; see the package README).
 * Constructors carry no such record. Their lists are array literals: loading the rules first turns
 * that decision off for the process (`keepInvoicesYoung`), and a literal costs less than a copy of
 * an empty list (2 to 3 % of a validation).
 */
export class ParsedElement {
  declare kind: 'elem';
  declare parent: undefined;
  declare name: string;
  declare local: string;
  declare ns: string;
  declare key: string;
  declare attributes: XmlAttribute[];
  declare text: string;
  declare children: XmlElement[];
  declare line: number;
  declare order: number;
  declare idx: number;
  declare kidIndex: undefined;
  declare alone: undefined;
  declare sv: undefined;
  declare nsv: undefined;
  declare dec: undefined;

  constructor(
    name: string,
    local: string,
    ns: string,
    key: string,
    attributes: XmlAttribute[],
    line: number,
  ) {
    this.kind = 'elem';
    this.parent = undefined;
    this.name = name;
    this.local = local;
    this.ns = ns;
    this.key = key;
    this.attributes = attributes;
    this.text = '';
    this.children = newList();
    this.line = line;
    this.order = 0;
    this.idx = 0;
    this.kidIndex = undefined;
    this.alone = undefined;
    this.sv = undefined;
    this.nsv = undefined;
    this.dec = undefined;
  }
}

export class ParsedAttribute {
  declare kind: 'attr';
  declare parent: undefined;
  declare name: string;
  declare local: string;
  declare ns: string;
  declare value: string;
  declare order: number;
  declare dec: undefined;

  constructor(name: string, local: string, ns: string, value: string) {
    this.kind = 'attr';
    this.parent = undefined;
    this.name = name;
    this.local = local;
    this.ns = ns;
    this.value = value;
    this.order = 0;
    this.dec = undefined;
  }
}

/** A new empty list (see above). */
export function newList<T>(): T[] {
  return [];
}

/** The scanner behind `parseXml`: one pass over decoded text, throwing `XmlError` on the first problem. */
export class Scanner {
  private pos = 0;
  private line = 1;
  private nextNewline: number;
  private count = 0;
  private blankFrom = 0;
  private blankTo = -1;
  constructor(
    private readonly s: string,
    private readonly lim: XmlLimits,
  ) {
    this.nextNewline = s.indexOf('\n');
  }

  /** Line of a position; positions come in increasing order, so each newline is looked at once. */
  private lineAt(pos: number): number {
    const s = this.s;
    while (this.nextNewline >= 0 && this.nextNewline < pos) {
      this.line++;
      this.nextNewline = s.indexOf('\n', this.nextNewline + 1);
    }
    return this.line;
  }

  private malformed(pos: number, fr: string, en: string): XmlError {
    return new XmlError('XML-MALFORMED', `XML mal formé : ${fr}`, `Malformed XML: ${en}`, pos);
  }

  run(encoding: XmlDocument['encoding']): XmlDocument {
    const s = this.s;
    const len = s.length;
    if (s.startsWith('<?xml') && /\s/.test(s.charAt(5))) {
      const end = s.indexOf('?>');
      if (end < 0)
        throw this.malformed(0, 'déclaration XML non terminée.', 'unterminated XML declaration.');
      this.pos = end + 2;
    }
    const rootScope: Scope = Object.create(null) as Scope;
    rootScope.xml = XML_NS;
    const stack: XmlElement[] = [];
    const scopes: Scope[] = [rootScope];
    let root: XmlElement | undefined;
    while (this.pos < len) {
      const lt = s.indexOf('<', this.pos);
      const textEnd = lt < 0 ? len : lt;
      if (textEnd > this.pos) {
        const top = stack[stack.length - 1];
        if (top) {
          // Whitespace-only data before any other text of the element is layout (indentation
          // between child elements): skipped, which saves most of the string work of a parse. It is
          // kept, at the end tag, for an element that turns out to hold nothing else.
          if (top.text !== '' || !isBlank(s, this.pos, textEnd)) {
            const chunk = s.slice(this.pos, textEnd);
            const t = chunk.includes('&') ? this.decodeRefs(chunk, this.pos) : chunk;
            top.text = top.text === '' ? t : top.text + t;
          } else {
            this.blankFrom = this.pos;
            this.blankTo = textEnd;
          }
        } else if (/\S/.test(s.slice(this.pos, textEnd))) {
          const at = this.pos + s.slice(this.pos, textEnd).search(/\S/);
          throw root
            ? this.malformed(
                at,
                "du contenu suit l'élément racine.",
                'content after the root element.',
              )
            : this.malformed(
                at,
                "le fichier ne commence pas par un élément XML (ce n'est peut-être pas un fichier XML).",
                'the file does not start with an XML element (it may not be an XML file).',
              );
        }
      }
      if (lt < 0) break;
      this.pos = lt;
      const c = s.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2);
        if (end < 0)
          throw this.malformed(
            lt,
            'instruction de traitement non terminée.',
            'unterminated processing instruction.',
          );
        if (/^xml\s/i.test(s.slice(lt + 2, lt + 6))) {
          throw this.malformed(
            lt,
            "déclaration XML ailleurs qu'au tout début du fichier.",
            'XML declaration not at the very start of the file.',
          );
        }
        this.pos = end + 2;
      } else if (c === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0)
            throw this.malformed(lt, 'commentaire non terminé.', 'unterminated comment.');
          this.pos = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const top = stack[stack.length - 1];
          if (!top)
            throw this.malformed(
              lt,
              "section CDATA hors de l'élément racine.",
              'CDATA section outside the root element.',
            );
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0)
            throw this.malformed(lt, 'section CDATA non terminée.', 'unterminated CDATA section.');
          const t = s.slice(lt + 9, end);
          top.text = top.text === '' ? t : top.text + t;
          this.pos = end + 3;
        } else if (s.startsWith('<!DOCTYPE', lt) || s.startsWith('<!ENTITY', lt)) {
          // No entity is ever expanded, so refusing here, where the scanner meets it, is as safe as
          // a scan beforehand, and costs nothing on the files that have none.
          throw new XmlError(
            'XML-DOCTYPE',
            'Le fichier contient une déclaration DOCTYPE ou ENTITY, refusée pour des raisons de sécurité. Une facture électronique ne doit pas en contenir.',
            'The file contains a DOCTYPE or ENTITY declaration, refused for security reasons. An e-invoice must not contain one.',
            lt,
          );
        } else {
          throw this.malformed(
            lt,
            'déclaration « <! » inattendue.',
            'unexpected "<!" declaration.',
          );
        }
      } else if (c === 47 /* / */) {
        const end = s.indexOf('>', lt + 2);
        if (end < 0) throw this.truncated(lt, stack);
        const top = stack.pop();
        // Compared in place: slicing every end tag name costs more than the whole comparison.
        const fits =
          top !== undefined &&
          s.slice(lt + 2, lt + 2 + top.name.length) === top.name &&
          (lt + 2 + top.name.length === end ||
            s.slice(lt + 2 + top.name.length, end).trim() === '');
        if (!fits) {
          const name = s.slice(lt + 2, end).trimEnd();
          if (!top)
            throw this.malformed(
              lt,
              `balise de fin </${name}> sans balise de début.`,
              `end tag </${name}> without a start tag.`,
            );
          throw this.malformed(
            lt,
            `la balise de fin </${name}> ne correspond pas à <${top.name}> ouverte ligne ${top.line}.`,
            `end tag </${name}> does not match <${top.name}> opened on line ${top.line}.`,
          );
        }
        if (this.blankTo === lt && top.text === '' && top.children.length === 0) {
          top.text = s.slice(this.blankFrom, lt);
        }
        scopes.pop();
        this.pos = end + 1;
      } else {
        if (root && stack.length === 0) {
          throw this.malformed(
            lt,
            'un second élément racine suit le premier.',
            'a second root element follows the first one.',
          );
        }
        const el = this.startTag(lt, stack, scopes);
        if (!root) root = el;
      }
    }
    if (stack.length > 0) throw this.truncated(len, stack);
    if (!root) throw this.malformed(len, 'aucun élément racine.', 'no root element.');
    return { root, encoding, elementCount: this.count };
  }

  private truncated(pos: number, stack: XmlElement[]): XmlError {
    const top = stack[stack.length - 1];
    const open = top ? ` (<${top.name}> ouverte ligne ${top.line} n'est pas fermée)` : '';
    const openEn = top ? ` (<${top.name}> opened on line ${top.line} is not closed)` : '';
    return this.malformed(pos, `le fichier est tronqué${open}.`, `the file is truncated${openEn}.`);
  }

  /** The split, interned name written at s[from, to), from the cache when it is there. */
  private nameAt(from: number, to: number, pos: number): SplitName {
    const s = this.s;
    const len = to - from;
    if (len <= 0) throw this.malformed(pos, 'nom vide.', 'empty name.');
    // Names of one vocabulary often share length, prefix and ending: mix several characters in.
    let h = len;
    h = (h * 31 + s.charCodeAt(to - 1)) | 0;
    h = (h * 31 + s.charCodeAt(to - 2 >= from ? to - 2 : from)) | 0;
    h = (h * 31 + s.charCodeAt(from + (len >> 1))) | 0;
    h = (h * 31 + s.charCodeAt(from + (len >> 2))) | 0;
    h = (h * 31 + s.charCodeAt(from + ((3 * len) >> 2))) | 0;
    const slot = (h ^ (h >>> 12)) & (NAME_CACHE_SIZE - 1);
    const cached = nameCache[slot];
    if (cached !== undefined && cached.name.length === len && sameAt(s, from, cached.name))
      return cached;
    // Two-way: a name whose slot is taken lives in the next one.
    const other = nameCache[slot ^ 1];
    if (other !== undefined && other.name.length === len && sameAt(s, from, other.name))
      return other;
    const name = s.slice(from, to);
    if (!NAME.test(name)) {
      throw this.malformed(
        pos,
        `nom invalide « ${name.slice(0, 40)} ».`,
        `invalid name "${name.slice(0, 40)}".`,
      );
    }
    const colon = name.indexOf(':');
    const full = intern(name);
    const split =
      colon < 0
        ? { name: full, prefix: '', local: full }
        : {
            name: full,
            prefix: intern(name.slice(0, colon)),
            local: intern(name.slice(colon + 1)),
          };
    nameCache[cached === undefined ? slot : slot ^ 1] = split;
    return split;
  }

  private startTag(lt: number, stack: XmlElement[], scopes: Scope[]): XmlElement {
    const s = this.s;
    const len = s.length;
    let i = lt + 1;
    while (i < len) {
      const c = s.charCodeAt(i);
      if (c === 62 || c === 47 || c === 32 || c === 10 || c === 9 || c === 13) break;
      i++;
    }
    if (i >= len) throw this.truncated(lt, stack);
    const qn = this.nameAt(lt + 1, i, lt);
    const name = qn.name;
    if (++this.count > this.lim.maxElements) {
      throw new XmlError(
        'XML-LIMIT',
        `Le fichier contient plus de ${this.lim.maxElements} éléments, au-delà de la limite.`,
        `The file contains more than ${this.lim.maxElements} elements, over the limit.`,
        lt,
      );
    }
    if (stack.length + 1 > this.lim.maxDepth) {
      throw new XmlError(
        'XML-LIMIT',
        `Les éléments sont imbriqués sur plus de ${this.lim.maxDepth} niveaux, au-delà de la limite.`,
        `Elements are nested more than ${this.lim.maxDepth} levels deep, over the limit.`,
        lt,
      );
    }
    const attributes: XmlAttribute[] = newList();
    let decls: [string, string][] | undefined;
    let selfClosing = false;
    for (;;) {
      const ws = i;
      while (i < len) {
        const c = s.charCodeAt(i);
        if (c !== 32 && c !== 10 && c !== 9 && c !== 13) break;
        i++;
      }
      if (i >= len) throw this.truncated(lt, stack);
      const c = s.charCodeAt(i);
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (s.charCodeAt(i + 1) !== 62)
          throw this.malformed(
            i,
            `« / » inattendu dans <${name}>.`,
            `unexpected "/" in <${name}>.`,
          );
        i += 2;
        selfClosing = true;
        break;
      }
      if (i === ws)
        throw this.malformed(
          i,
          `espace manquant entre les attributs de <${name}>.`,
          `missing space between the attributes of <${name}>.`,
        );
      const eq = s.indexOf('=', i);
      if (eq < 0) throw this.truncated(lt, stack);
      let nameEnd = eq;
      while (nameEnd > i && isBlank(s, nameEnd - 1, nameEnd)) nameEnd--;
      const an = this.nameAt(i, nameEnd, i);
      const attName = an.name;
      let q = eq + 1;
      while (q < len && (s.charCodeAt(q) === 32 || s.charCodeAt(q) === 10 || s.charCodeAt(q) === 9))
        q++;
      const quote = s.charAt(q);
      if (quote !== '"' && quote !== "'") {
        throw this.malformed(
          i,
          `valeur d'attribut sans guillemets dans <${name}>.`,
          `attribute value without quotes in <${name}>.`,
        );
      }
      const close = s.indexOf(quote, q + 1);
      if (close < 0) throw this.truncated(lt, stack);
      let value = s.slice(q + 1, close);
      if (value.includes('<')) {
        throw this.malformed(
          q,
          `« < » dans la valeur d'un attribut de <${name}>.`,
          `"<" in an attribute value of <${name}>.`,
        );
      }
      if (value.includes('&')) value = this.decodeRefs(value, q + 1);
      if (/[\n\t]/.test(value)) value = value.replace(/[\n\t]/g, ' ');
      i = close + 1;
      if (attName === 'xmlns' || an.prefix === 'xmlns') {
        (decls ??= []).push([attName === 'xmlns' ? '' : an.local, value]);
        continue;
      }
      if (attributes.length >= this.lim.maxAttributes) {
        throw new XmlError(
          'XML-LIMIT',
          `L'élément <${name}> a plus de ${this.lim.maxAttributes} attributs, au-delà de la limite.`,
          `Element <${name}> has more than ${this.lim.maxAttributes} attributes, over the limit.`,
          lt,
        );
      }
      for (const a of attributes) {
        if (a.name === attName)
          throw this.malformed(
            i,
            `attribut ${attName} répété dans <${name}>.`,
            `attribute ${attName} repeated in <${name}>.`,
          );
      }
      attributes.push(new ParsedAttribute(an.name, an.local, an.prefix, value));
    }
    let scope = scopes[scopes.length - 1] as Scope;
    if (decls) {
      scope = Object.create(scope) as Scope;
      for (const [p, uri] of decls) {
        if (p !== '' && uri === '')
          throw this.malformed(
            lt,
            `préfixe ${p} lié à un espace de noms vide.`,
            `prefix ${p} bound to an empty namespace.`,
          );
        scope[p] = intern(uri);
      }
    }
    const ns = this.resolve(qn.prefix, scope, lt, name);
    for (const a of attributes) {
      // `ns` held the prefix until the scope was known.
      a.ns = a.ns === '' ? '' : this.resolve(a.ns, scope, lt, a.name);
    }
    if (qn.keyNs !== ns) {
      qn.keyNs = ns;
      qn.key = expandedName(ns, qn.local);
    }
    const parent = stack[stack.length - 1];
    const el = new ParsedElement(
      qn.name,
      qn.local,
      ns,
      qn.key as string,
      attributes,
      this.lineAt(lt),
    );
    if (parent) parent.children.push(el);
    if (!selfClosing) {
      stack.push(el);
      scopes.push(scope);
    }
    this.pos = i;
    return el;
  }

  private resolve(prefix: string, scope: Scope, pos: number, name: string): string {
    const uri = scope[prefix];
    if (uri !== undefined) return uri;
    if (prefix === '') return '';
    throw this.malformed(
      pos,
      `le préfixe « ${prefix} » de ${name} n'est pas déclaré.`,
      `the prefix "${prefix}" of ${name} is not declared.`,
    );
  }

  private decodeRefs(raw: string, pos: number): string {
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
      const semi = raw.indexOf(';', amp + 1);
      const ref = semi < 0 || semi - amp > 12 ? undefined : raw.slice(amp + 1, semi);
      if (ref === undefined) {
        const m = raw.slice(amp, amp + 12);
        throw this.malformed(
          pos,
          `« & » non suivi d'une référence valide (${m}).`,
          `"&" not followed by a valid reference (${m}).`,
        );
      }
      out += raw.slice(from, amp) + this.resolveRef(ref, pos);
      from = semi + 1;
    }
    return out + raw.slice(from);
  }

  private resolveRef(ref: string, pos: number): string {
    switch (ref) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const cp = /^#x[0-9A-Fa-f]{1,6}$/.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : -1;
    if (cp < 0) {
      throw this.malformed(
        pos,
        `entité inconnue &${ref}; (seules &lt; &gt; &amp; &quot; &apos; sont permises).`,
        `unknown entity &${ref}; (only &lt; &gt; &amp; &quot; &apos; are allowed).`,
      );
    }
    const ok =
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp <= 0x10ffff);
    if (!ok)
      throw this.malformed(
        pos,
        `référence à un caractère interdit (&${ref};).`,
        `reference to a forbidden character (&${ref};).`,
      );
    return String.fromCodePoint(cp);
  }
}
