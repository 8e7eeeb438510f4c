import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../src/validate/index';
import {
  initValidation,
  oneParseApplies,
  useOneParse,
  validateInvoiceSync,
  validateInvoicesSync,
} from '../src/validate/index';
import { copyLibxml2Tree } from '../src/validate/libxml2';
import { parseLibxml2 } from '../src/validate/schema';
import { sampleInvoice } from '../src/validate/sample-invoice';
import { writeCii, writeUbl } from '../src/write/index';
import { assignStartLines } from '../src/xml/lines';
import { DEFAULT_XML_LIMITS, parseXml } from '../src/xml/parse';
import type { XmlElement } from '../src/xml/types';
import { CORPUS, requireShared } from './support/corpus';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Every XML file of the corpus, the CEN unit-test fragments included. */
function corpusXml(): { name: string; bytes: Uint8Array }[] {
  requireShared();
  const out: { name: string; bytes: Uint8Array }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = resolve(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.xml'))
        out.push({
          name: path.slice(CORPUS.length + 1),
          bytes: new Uint8Array(readFileSync(path)),
        });
    }
  };
  walk(CORPUS);
  return out;
}

/** Where terms were read from: asked of the source map, which replays the reader. */
const PATHS = ['BT-1', 'BT-2', 'BT-24', 'BG-25[2]/BT-131', 'BG-23[1]/BT-117', 'BG-4/BT-27'];

/** A report with its source map replaced by what it answers. */
function comparable(r: ValidationReport): unknown {
  const { sourceMap, ...rest } = r;
  return { ...rest, located: PATHS.map((p) => sourceMap?.locateNearest(p)) };
}

/** The same tree: names, namespaces, attributes, text and lines, all the way down. */
function expectSameTree(a: XmlElement, b: XmlElement, where: string): void {
  expect(
    { name: a.name, local: a.local, ns: a.ns, key: a.key, line: a.line, text: a.text },
    where,
  ).toEqual({ name: b.name, local: b.local, ns: b.ns, key: b.key, line: b.line, text: b.text });
  expect(
    a.attributes.map((x) => [x.name, x.local, x.ns, x.value]),
    `${where}/${a.name} attributes`,
  ).toEqual(b.attributes.map((x) => [x.name, x.local, x.ns, x.value]));
  expect(a.children.length, `${where}/${a.name} children`).toBe(b.children.length);
  a.children.forEach((c, i) =>
    expectSameTree(c, b.children[i] as XmlElement, `${where}/${a.name}`),
  );
}

const invoice = writeUbl(sampleInvoice(3));
const withRoot = (attrs: string): string =>
  invoice.replace(/<Invoice\b/, `<Invoice\n    ${attrs}\n   `);

/**
 * Files where libxml2's parse and the safe parser's could differ, or where either refuses the file:
 * each must be reported as with two parses.
 */
const ODD: [string, Uint8Array][] = [
  ['CR LF line ends', encode(invoice.replace(/\n/g, '\r\n'))],
  ['lone CR line ends', encode(invoice.replace(/\n/g, '\r'))],
  ['start tags over several lines', encode(withRoot('xmlns:x="urn:x"\n    x:a="1"'))],
  [
    'comments, CDATA and instructions holding tags',
    encode(
      invoice
        .replace('<cbc:IssueDate>', '<!-- <cbc:Note>\n</cbc:Note> -->\n<?pi <a>\n?><cbc:IssueDate>')
        .replace(/<cbc:Note>[^<]*<\/cbc:Note>/, '<cbc:Note><![CDATA[<b>\n]]></cbc:Note>'),
    ),
  ],
  ['UTF-8 byte order mark', encode('\uFEFF' + invoice)],
  [
    'text beyond ASCII',
    encode(invoice.replace(/<cbc:Note>[^<]*/, '<cbc:Note>Écrit à Zürich 🧾 &amp; &#233;')),
  ],
  ['comment inside a leaf', encode(invoice.replace(/<cbc:Note>/, '<cbc:Note><!-- c -->'))],
  ['text and CDATA in a leaf', encode(invoice.replace(/<cbc:Note>/, '<cbc:Note> <![CDATA[x]]>'))],
  ['text mixed with elements', encode(invoice.replace('<cbc:IssueDate>', 'stray<cbc:IssueDate>'))],
  [
    'line feed written as a reference in an attribute',
    encode(invoice.replace(/currencyID="(\w+)"/, 'currencyID="$1&#10;"')),
  ],
  ['tab in an attribute', encode(invoice.replace(/currencyID="(\w+)"/, 'currencyID="\t$1"'))],
  ['blank leaf', encode(invoice.replace(/<cbc:Note>[^<]*/, '<cbc:Note>  \n  '))],
  [
    'xml:lang and a namespaced attribute',
    encode(withRoot('xmlns:x="urn:x" x:a="1" xml:lang="fr"')),
  ],
  ['namespace warning from libxml2', encode(withRoot('xmlns:x="not an absolute URI"'))],
  ['ISO-8859-1 declared', encode(invoice.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'))],
  ['no XML declaration', encode(invoice.replace(/^<\?xml[^>]*>\s*/, ''))],
  ['UTF-16', new Uint8Array(Buffer.from('\uFEFF' + invoice.replace('UTF-8', 'UTF-16'), 'utf16le'))],
  [
    'invalid UTF-8',
    new Uint8Array([...encode(invoice.slice(0, 200)), 0xc3, 0x28, ...encode(invoice.slice(200))]),
  ],
  ['DOCTYPE', encode(invoice.replace(/\?>/, '?><!DOCTYPE Invoice [<!ENTITY e "x">]>'))],
  ['DOCTYPE inside a comment', encode(invoice.replace(/\?>/, '?><!-- <!DOCTYPE x> -->'))],
  [
    'DOCTYPE after a comment and an instruction',
    encode(invoice.replace(/\?>/, '?><!-- c --><?pi x?>\n<!DOCTYPE Invoice>')),
  ],
  ['ENTITY in the prolog', encode(invoice.replace(/\?>/, '?><!ENTITY e "x">'))],
  [
    'DOCTYPE inside the root',
    encode(invoice.replace('<cbc:IssueDate>', '<!DOCTYPE x><cbc:IssueDate>')),
  ],
  [
    'DOCTYPE in a comment inside the root',
    encode(invoice.replace('<cbc:IssueDate>', '<!-- <!DOCTYPE x> --><cbc:IssueDate>')),
  ],
  ['unterminated comment in the prolog', encode(invoice.replace(/\?>/, '?><!-- c'))],
  [
    'deeper than the limit',
    encode(
      invoice.replace('<cbc:IssueDate>', '<a>'.repeat(70) + '</a>'.repeat(70) + '<cbc:IssueDate>'),
    ),
  ],
  [
    'a name the safe parser refuses',
    encode(invoice.replace('<cbc:IssueDate>', '<\u00D7a/><cbc:IssueDate>')),
  ],
  ['malformed', encode(invoice.replace('</cbc:IssueDate>', '</cbc:IssueDat>'))],
  ['truncated', encode(invoice.slice(0, 3000))],
  ['schema error', encode(invoice.replace('<cbc:IssueDate>', '<cbc:Bogus/><cbc:IssueDate>'))],
  ['unknown root', encode('<?xml version="1.0"?>\n<Order xmlns="urn:example">\n<a/></Order>')],
  ['CII', encode(writeCii(sampleInvoice(4)))],
  [
    'CII over CR LF with a broken rule',
    encode(
      writeCii(sampleInvoice(4))
        .replace(/\n/g, '\r\n')
        .replace(/<ram:LineID>[^<]*/, '<ram:LineID>'),
    ),
  ],
];

describe('one parse for the schema check and the rules', () => {
  beforeAll(async () => {
    await initValidation();
  });
  afterEach(() => useOneParse(true));

  it('copies libxml2 trees equal to the safe parser’s, lines included, or none', () => {
    const files = corpusXml();
    expect(files.length).toBeGreaterThan(300);
    let copied = 0;
    for (const { name, bytes } of [...files, ...ODD.map(([name, bytes]) => ({ name, bytes }))]) {
      const ours = parseXml(bytes);
      if (!ours.ok || !oneParseApplies(bytes)) continue;
      const parsed = parseLibxml2(bytes);
      if ('findings' in parsed) continue;
      try {
        const copy = copyLibxml2Tree(parsed.sdoc.doc, DEFAULT_XML_LIMITS);
        if (copy === undefined) continue;
        assignStartLines(bytes, copy.root);
        expectSameTree(copy.root, ours.doc.root, name);
        expect(copy.elementCount, name).toBe(ours.doc.elementCount);
        copied++;
      } finally {
        parsed.sdoc.dispose();
      }
    }
    // All but the CEN unit-test fragments whose leaves hold comments.
    expect(copied).toBeGreaterThan(250);
  });

  it('copies short texts exactly when many differ and others repeat (shared texts)', () => {
    // Far more distinct short values than the copy keeps (some share a slot), each also repeated,
    // some differing only by their last character or their length; copied twice, the second time
    // after other documents, so that texts kept from before are met again.
    const values = Array.from({ length: 3000 }, (_, i) => `C${i.toString(36)}`);
    values.push(
      'S',
      'S ',
      'SS',
      '25',
      '25.00',
      '25.0',
      'EUR',
      'EUR ',
      'a'.repeat(24),
      'a'.repeat(25),
    );
    const xml = `<r>${values.map((v) => `<v a="${v}">${v}</v><v>${v}</v>`).join('')}</r>`;
    const other = `<r>${values.map((v) => `<v>${v}x</v>`).join('')}</r>`;
    for (const text of [xml, other, xml]) {
      const bytes = encode(text);
      const parsed = parseLibxml2(bytes);
      if ('findings' in parsed) throw new Error('not parsed');
      try {
        const copy = copyLibxml2Tree(parsed.sdoc.doc, DEFAULT_XML_LIMITS);
        const ours = parseXml(bytes);
        if (!copy || !ours.ok) throw new Error('not copied');
        expect(copy.root.children.map((c) => [c.text, c.attributes[0]?.value])).toEqual(
          ours.doc.root.children.map((c) => [c.text, c.attributes[0]?.value]),
        );
      } finally {
        parsed.sdoc.dispose();
      }
    }
  });

  it('copies namespace URIs exactly when others of the same length were read before', () => {
    // More URIs than the copy keeps, of one length, differing in their last character or their
    // first; each document declared twice in turn, so that URIs kept from before are met again.
    const uris = Array.from(
      { length: 20 },
      (_, i) => `urn:example:ns:${String(i).padStart(2, '0')}`,
    );
    uris.push('vrn:example:ns:00', 'urn:example:ns:0');
    for (let round = 0; round < 2; round++) {
      for (const uri of uris) {
        const text = `<p:r xmlns:p="${uri}" xmlns="${uri}x"><v>1</v><p:v/></p:r>`;
        const bytes = encode(text);
        const parsed = parseLibxml2(bytes);
        if ('findings' in parsed) throw new Error('not parsed');
        try {
          const copy = copyLibxml2Tree(parsed.sdoc.doc, DEFAULT_XML_LIMITS);
          if (!copy) throw new Error('not copied');
          expect([copy.root, ...copy.root.children].map((e) => e.ns)).toEqual([
            uri,
            `${uri}x`,
            uri,
          ]);
        } finally {
          parsed.sdoc.dispose();
        }
      }
    }
  });

  it('gives every corpus file the report two parses give, one at a time and in batches', () => {
    const files = corpusXml().map((f) => f.bytes);
    useOneParse(false);
    const twice = files.map((b) => comparable(validateInvoiceSync(b)));
    useOneParse(true);
    const once = files.map((b) => comparable(validateInvoiceSync(b)));
    const batched = validateInvoicesSync(files).map(comparable);
    files.forEach((_, i) => {
      expect(once[i], `file ${i}`).toEqual(twice[i]);
      expect(batched[i], `file ${i} in a batch`).toEqual(twice[i]);
    });
    // Lines were asked for: invalid files have findings with lines, read files locate terms.
    expect(JSON.stringify(once)).toMatch(/"line":\d+/);
  });

  it.each(ODD)('reports %s as two parses do', (_what, bytes) => {
    useOneParse(false);
    const twice = comparable(validateInvoiceSync(bytes));
    useOneParse(true);
    expect(comparable(validateInvoiceSync(bytes))).toEqual(twice);
    expect(comparable(validateInvoicesSync([bytes, bytes])[1] as ValidationReport)).toEqual(twice);
  });

  it('never lets libxml2 read a prolog with a declaration', () => {
    const at = (name: string): Uint8Array => ODD.find(([n]) => n === name)?.[1] as Uint8Array;
    for (const name of [
      'DOCTYPE',
      'DOCTYPE after a comment and an instruction',
      'ENTITY in the prolog',
    ])
      expect(oneParseApplies(at(name)), name).toBe(false);
    // Past the prolog, the same text is markup libxml2 refuses or a comment: its tree may be used.
    for (const name of ['DOCTYPE inside a comment', 'DOCTYPE in a comment inside the root'])
      expect(oneParseApplies(at(name)), name).toBe(true);
    expect(validateInvoiceSync(at('DOCTYPE after a comment and an instruction')).findings).toEqual([
      expect.objectContaining({ rule: 'XML-DOCTYPE' }),
    ]);
  });

  it('takes libxml2’s tree only for files that are UTF-8 by their first bytes', () => {
    const at = (name: string): Uint8Array => ODD.find(([n]) => n === name)?.[1] as Uint8Array;
    expect(oneParseApplies(encode(invoice))).toBe(true);
    expect(oneParseApplies(at('no XML declaration'))).toBe(true);
    expect(oneParseApplies(encode(invoice.replace('encoding="UTF-8"', "encoding='utf-8'")))).toBe(
      true,
    );
    expect(oneParseApplies(at('ISO-8859-1 declared'))).toBe(false);
    expect(oneParseApplies(at('UTF-16'))).toBe(false);
    // A declaration cut by a byte that is not ASCII is not read as one that ends.
    expect(oneParseApplies(encode(invoice.replace('version="1.0"', 'version="1.0" é')))).toBe(
      false,
    );
  });

  it('puts the lines of findings where the start tags begin', () => {
    // No invoice number (BR-02, on the root) and no line identifier (BR-21, on the line), both on
    // start tags that end lines later, where libxml2 would place them.
    const broken = withRoot('xmlns:x="urn:x"')
      .replace(/<cbc:ID>[^<]*<\/cbc:ID>/, '<cbc:ID></cbc:ID>')
      .replace(
        /<cac:InvoiceLine>\s*<cbc:ID>[^<]*<\/cbc:ID>/,
        '<cac:InvoiceLine\n   ><cbc:ID></cbc:ID>',
      );
    const lines = broken.split('\n');
    const report = validateInvoiceSync(encode(broken));
    const lineOf = (rule: string): string =>
      lines[(report.findings.find((f) => f.rule === rule)?.line ?? 0) - 1] ?? '';
    expect(lineOf('BR-02')).toMatch(/<Invoice$/);
    expect(lineOf('BR-21')).toMatch(/<cac:InvoiceLine$/);
  });
});
