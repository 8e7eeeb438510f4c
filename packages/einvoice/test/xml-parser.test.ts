import { describe, expect, it } from 'vitest';
import { parseXml } from '../src/xml/parse';
import type { XmlParseResult } from '../src/xml/types';

const enc = new TextEncoder();
const utf8 = (s: string) => enc.encode(s);

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let o = 0;
  if (bom) {
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    o = 2;
  }
  for (let i = 0; i < s.length; i++, o += 2) {
    const c = s.charCodeAt(i);
    out[o] = bigEndian ? c >> 8 : c & 0xff;
    out[o + 1] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** Parses and checks the contract: no exception, bounded time, at most the given milliseconds. */
function parse(bytes: Uint8Array, limits = {}, maxMs = 3000): XmlParseResult {
  const start = performance.now();
  const r = parseXml(bytes, limits);
  // Generous bound: CI shares two cores with other suites; alone each case takes well under 100 ms.
  expect(performance.now() - start).toBeLessThan(maxMs);
  return r;
}

function refused(r: XmlParseResult, rule: string) {
  expect(r.ok).toBe(false);
  if (r.ok) return undefined;
  expect(r.findings[0]?.rule).toBe(rule);
  expect(r.findings[0]?.severity).toBe('fatal');
  expect(r.findings[0]?.message.fr.length).toBeGreaterThan(10);
  expect(r.findings[0]?.message.en.length).toBeGreaterThan(10);
  return r.findings[0];
}

describe('parseXml: hostile input is refused with a finding, never an exception', () => {
  it('refuses billion laughs (DOCTYPE with nested entities)', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n ')}
]>
<lolz>&lol9;</lolz>`;
    const f = refused(parse(utf8(lol)), 'XML-DOCTYPE');
    expect(f?.line).toBe(2);
  });

  it('refuses external entities (XXE) to files and to the network', () => {
    for (const target of ['file:///etc/passwd', 'http://127.0.0.1:9/x']) {
      const xxe = `<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "${target}">]><Invoice>&xxe;</Invoice>`;
      refused(parse(utf8(xxe)), 'XML-DOCTYPE');
    }
  });

  it('refuses a DOCTYPE of any kind, even harmless, even in UTF-16', () => {
    refused(parse(utf8('<!DOCTYPE Invoice><Invoice/>')), 'XML-DOCTYPE');
    refused(
      parse(
        utf8('<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE Invoice SYSTEM "x.dtd">\n<Invoice/>'),
      ),
      'XML-DOCTYPE',
    );
    refused(
      parse(
        utf16(
          '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>',
          false,
        ),
      ),
      'XML-DOCTYPE',
    );
  });

  it('refuses a stray ENTITY declaration and any undeclared entity reference', () => {
    refused(parse(utf8('<a><!ENTITY x "y"></a>')), 'XML-DOCTYPE');
    refused(parse(utf8('<a>&xxe;</a>')), 'XML-MALFORMED');
    refused(parse(utf8('<a b="&nbsp;"/>')), 'XML-MALFORMED');
  });

  it('resolves a million numeric character references in bounded time and size', () => {
    const r = parse(utf8(`<a>${'&#65;'.repeat(1_000_000)}</a>`));
    expect(r.ok && r.doc.root.text.length).toBe(1_000_000);
  });

  it('refuses deep nesting', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    refused(parse(utf8(deep)), 'XML-LIMIT');
    expect(parse(utf8('<a>'.repeat(64) + '</a>'.repeat(64))).ok).toBe(true);
    refused(parse(utf8('<a>'.repeat(65) + '</a>'.repeat(65))), 'XML-LIMIT');
  });

  it('refuses huge element counts', () => {
    refused(parse(utf8(`<r>${'<a/>'.repeat(600_000)}</r>`)), 'XML-LIMIT');
    refused(parse(utf8(`<r>${'<a/>'.repeat(20)}</r>`), { maxElements: 10 }), 'XML-LIMIT');
  });

  it('refuses a million attributes on one element', () => {
    const attrs = Array.from({ length: 1_000_000 }, (_, i) => ` a${i}="1"`).join('');
    refused(parse(utf8(`<r${attrs}/>`)), 'XML-LIMIT');
  });

  it('refuses files over the size limit before reading them', () => {
    refused(parse(new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20)), 'XML-LIMIT');
    refused(parse(utf8('<a>0123456789</a>'), { maxBytes: 10 }), 'XML-LIMIT');
  });

  it('refuses wrong encodings with a clear reason', () => {
    const latin1 = refused(
      parse(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')),
      'XML-ENCODING',
    );
    expect(latin1?.message.en).toContain('ISO-8859-1');
    expect(latin1?.value).toBe('ISO-8859-1');
    refused(
      parse(new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e])),
      'XML-ENCODING',
    ); // <a>é</a> in Latin-1
    refused(parse(utf16('<a/>', false, false)), 'XML-ENCODING');
    refused(parse(utf16('<?xml version="1.0" encoding="UTF-8"?><a/>', true)), 'XML-ENCODING');
    refused(parse(utf8('<?xml version="1.0" encoding="UTF-16"?><a/>')), 'XML-ENCODING');
  });

  it('accepts UTF-8 with or without BOM and UTF-16 with BOM', () => {
    const doc = '<?xml version="1.0" encoding="UTF-8"?><a>é€😀</a>';
    for (const bytes of [utf8(doc), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(doc)])]) {
      const r = parse(bytes);
      expect(r.ok && r.doc.root.text).toBe('é€😀');
    }
    for (const be of [false, true]) {
      const r = parse(utf16('<?xml version="1.0" encoding="UTF-16"?><a>é€</a>', be));
      expect(r.ok && r.doc.root.text).toBe('é€');
      expect(r.ok && r.doc.encoding).toBe(be ? 'UTF-16BE' : 'UTF-16LE');
    }
  });

  it('reports a truncated file with the line of the element left open', () => {
    const f = refused(
      parse(utf8('<?xml version="1.0"?>\n<Invoice>\n  <ID>1</ID>\n  <Note>abc')),
      'XML-MALFORMED',
    );
    expect(f?.message.en).toMatch(/truncated/);
    expect(f?.message.en).toContain('<Note> opened on line 4');
    refused(parse(utf8('<Invoice><ID>1</I')), 'XML-MALFORMED');
    refused(parse(utf8('<Invoice a="x')), 'XML-MALFORMED');
  });

  it('refuses non-XML bytes and the empty file', () => {
    const e = refused(parse(new Uint8Array()), 'XML-MALFORMED');
    expect(e?.message.en).toContain('empty');
    refused(parse(utf8('%PDF-1.7\n1 0 obj')), 'XML-MALFORMED');
    refused(parse(utf8('Hello, this is an invoice')), 'XML-MALFORMED');
    refused(parse(utf8('{"invoice": 1}')), 'XML-MALFORMED');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(parse(png).ok).toBe(false);
  });

  it('reports malformed structure with its line', () => {
    const f = refused(parse(utf8('<a>\n<b>\n</c>\n</a>')), 'XML-MALFORMED');
    expect(f?.line).toBe(3);
    expect(f?.message.en).toContain('</c> does not match <b> opened on line 2');
    refused(parse(utf8('<a/><b/>')), 'XML-MALFORMED');
    refused(parse(utf8('<p:a/>')), 'XML-MALFORMED');
    refused(parse(utf8('<a x="1" x="2"/>')), 'XML-MALFORMED');
    refused(parse(utf8('<a x=1/>')), 'XML-MALFORMED');
    refused(parse(utf8('<a>\u0001</a>')), 'XML-MALFORMED');
    refused(parse(utf8('<a>&#0;</a>')), 'XML-MALFORMED');
    refused(parse(utf8('<a>a & b</a>')), 'XML-MALFORMED');
    refused(parse(utf8('<a/>\n<?xml version="1.0"?>')), 'XML-MALFORMED');
  });

  it('survives random corruption of a real invoice without an exception', () => {
    const base = utf8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID a="1">12&amp;3</cbc:ID><!-- c --><![CDATA[x]]><cbc:Note>é</cbc:Note></Invoice>`,
    );
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 2000; i++) {
      const bytes = base.slice(0, rand(base.length + 1));
      for (let k = rand(4); k > 0; k--) bytes[rand(bytes.length || 1)] = rand(256);
      const r = parse(bytes, {}, 200);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.findings.length).toBeGreaterThan(0);
    }
  });
});

describe('parseXml: the element tree', () => {
  it('gives names, namespaces, attributes, text and lines', () => {
    const r = parse(
      utf8(`<?xml version="1.0"?>
<Invoice xmlns="urn:i" xmlns:cbc="urn:cbc">
  <cbc:ID schemeID="0088" xml:lang="fr">12<!-- split -->3</cbc:ID>
  <cbc:Note><![CDATA[a <b> & c]]> &lt;d&gt; &#x20AC;&#8364;</cbc:Note>
  <Plain xmlns="">x</Plain>
</Invoice>`),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const root = r.doc.root;
    expect([root.name, root.local, root.ns, root.line]).toEqual(['Invoice', 'Invoice', 'urn:i', 2]);
    const [id, note, plain] = root.children;
    expect([id?.name, id?.local, id?.ns, id?.line, id?.text]).toEqual([
      'cbc:ID',
      'ID',
      'urn:cbc',
      3,
      '123',
    ]);
    // The attributes also carry the (still empty) fields of the XPath data model.
    expect(
      id?.attributes.map(({ name, local, ns, value }) => ({ name, local, ns, value })),
    ).toEqual([
      { name: 'schemeID', local: 'schemeID', ns: '', value: '0088' },
      { name: 'xml:lang', local: 'lang', ns: 'http://www.w3.org/XML/1998/namespace', value: 'fr' },
    ]);
    expect(note?.text).toBe('a <b> & c <d> €€');
    expect([plain?.ns, plain?.text]).toEqual(['', 'x']);
    expect(r.doc.elementCount).toBe(4);
  });

  it('keeps whitespace-only content of a leaf, drops the indentation of a container', () => {
    const r = parse(utf8('<a>\n  <b>   </b>\n  <c> x </c>\n  <d>\n  </d>\n</a>'));
    expect(r.ok && [r.doc.root.text, ...r.doc.root.children.map((c) => c.text)]).toEqual([
      '',
      '   ',
      ' x ',
      '\n  ',
    ]);
  });

  it('normalises line ends and counts lines across CRLF files', () => {
    const r = parse(utf8('<a>\r\n<b>x\r\ny</b>\r<c/></a>'));
    expect(r.ok && r.doc.root.children.map((c) => [c.line, c.text])).toEqual([
      [2, 'x\ny'],
      [4, ''],
    ]);
  });
});
