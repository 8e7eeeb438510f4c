import { describe, expect, it } from 'vitest';
import { parseXPath } from '../src/xpath/parse';
import { compile } from '../src/xpath/compile';
import { expandedName } from '../src/xml/names';
import type { XmlElement } from '../src/xml/types';
import type { XAttr, XElem } from '../src/xpath/xdm';
import { buildXdm, childrenNamed } from '../src/xpath/xdm';
import { Dec, compareDecimals, decimalOfText, ebv, str } from '../src/xpath/values';
import { normalize } from '../src/xpath/functions';

const NS = { cbc: 'urn:cbc', cac: 'urn:cac' };

function el(
  local: string,
  prefix: 'cbc' | 'cac',
  text: string,
  children: XmlElement[] = [],
  attrs: Record<string, string> = {},
): XmlElement {
  return {
    name: `${prefix}:${local}`,
    local,
    ns: `urn:${prefix}`,
    key: expandedName(`urn:${prefix}`, local),
    text,
    children,
    line: 1,
    attributes: Object.entries(attrs).map(([name, value]) => ({
      name,
      local: name,
      ns: '',
      value,
    })),
  };
}

// A small document: three lines whose amounts are 0.1, 0.2 and 0.3 (a float trap), one total.
const root = el('Root', 'cac', '', [
  el('Line', 'cac', '', [el('Amount', 'cbc', '0.1', [], { currencyID: 'EUR' })]),
  el('Line', 'cac', '', [el('Amount', 'cbc', '0.2')]),
  el('Line', 'cac', '', [el('Amount', 'cbc', '0.3')]),
  el('Total', 'cbc', ' 0.6 '),
  el('Flag', 'cbc', 'false'),
  el('Date', 'cbc', '2024-02-01'),
  el('Start', 'cbc', '2024-01-31'),
]);
const doc = buildXdm({ root, encoding: 'UTF-8', elementCount: 0 });

function evaluate(expr: string): unknown[] {
  return compile(parseXPath(expr, NS))({ item: doc.root, pos: 1, size: 1, doc, vars: {} });
}
const truth = (expr: string): boolean => ebv(evaluate(expr) as never);

describe('XPath subset used by the EN 16931 Schematron', () => {
  it.each([
    ['xs:decimal(cbc:Total) = sum(cac:Line/xs:decimal(cbc:Amount))', true],
    ['cbc:Total = 0.6', true],
    ['round(sum(//cbc:Amount/xs:decimal(.)) * 10 * 10) div 100 = 0.6', true],
    ['count(cac:Line) = 3', true],
    ['count(cac:Line) <= 2', false],
    ['count(cac:Line/cbc:Amount/@currencyID) = 1', true],
    ['count((cac:Line | cbc:Total)/cbc:Amount) > 2.5', true],
    ['count(cac:Line/cbc:Missing) = 0', true],
    ['exists(cac:Line[1]/cbc:Amount/@currencyID)', true],
    ['cac:Line[2]/cbc:Amount/@currencyID', false],
    ['cbc:Flag = false()', true],
    ['cbc:Flag = true()', false],
    ['xs:date(cbc:Date) >= xs:date(cbc:Start)', true],
    ["normalize-space(cbc:Total) = '0.6'", true],
    ['every $a in cac:Line/cbc:Amount satisfies xs:decimal($a) > 0', true],
    ["some $a in cac:Line/cbc:Amount satisfies $a = '0.2'", true],
    ["contains(' 0.1 0.2 ', concat(' ', normalize-space(cac:Line[1]/cbc:Amount), ' '))", true],
    ['count(//cbc:Amount[not(preceding::cbc:Amount/. = .)]) = 3', true],
    ['cac:Line/cbc:Amount/ancestor::cac:Root/cbc:Total = 0.6', true],
    ["ends-with(name(cbc:Total), 'Total')", true],
    // name() of the context item: an element, an attribute, an atomic value (''), the document.
    ["ends-with(name(), 'Root') and starts-with(name(), 'cac:')", true],
    ["ends-with(name(), 'root')", false],
    ["count(//*[ends-with(name(), 'Amount')]) = 3", true],
    ["count(//*[starts-with(name(), 'cbc:')]) = 7", true],
    ["count(//@*[ends-with(name(), 'ID')]) = 1", true],
    ["count(('Amount', 'x')[ends-with(name(), '')]) = 2", true],
    ["count(('Amount', 'x')[starts-with(name(), 'A')]) = 0", true],
    ["exists(/.[ends-with(name(), '')])", true],
    ["exists(/.[starts-with(name(), 'c')])", false],
    ["string-length(substring-after('ab-cd', '-')) = 2", true],
    // Code points, not UTF-16 units: a surrogate pair counts once, a lone surrogate once too.
    ["string-length('a\u{1F600}b') = 3", true],
    ["string-length('a\uD800b') = 3", true],
    ["string-length('') = 0", true],
    ["matches(cbc:Date, '^\\d{4}-\\d{2}-\\d{2}$')", true],
    ['(cbc:Flag cast as xs:boolean) = false()', true],
    ['sum(for $a in cac:Line/cbc:Amount, $b in xs:decimal($a) return $b * 2) = 1.2', true],
    ['cac:Line[1] is cac:Line[1]', true],
    ['some $l in cac:Line satisfies ($l is cac:Line[2] and $l/cbc:Amount = 0.2)', true],
  ])('%s → %s', (expr, expected) => {
    expect(truth(expr)).toBe(expected);
  });

  it('answers the code-list tests (BR-CL-*) as written, on the element and on its attributes', () => {
    const list = ` ${['EUR', 'USD', 'GBP', 'CHF', 'JPY'].join(' ')} ${'AAA '.repeat(30)}`;
    const values = ['EUR', ' EUR ', '\tUSD\n', 'E UR', '', 'eur', 'XXX', 'AAA AAA'];
    const codes = el(
      'Root',
      'cac',
      '',
      values
        .map((v) => el('Code', 'cbc', v, [], { currencyID: v }))
        .concat(el('Code', 'cbc', 'EUR')),
    );
    const d = buildXdm({ root: codes, encoding: 'UTF-8', elementCount: 0 });
    const test = (x: string): string =>
      `not(contains(normalize-space(${x}), ' ')) and contains('${list}', concat(' ', normalize-space(${x}), ' '))`;
    // The same test with its operands swapped takes the general path.
    const swapped = (x: string): string =>
      `contains('${list}', concat(' ', normalize-space(${x}), ' ')) and not(contains(normalize-space(${x}), ' '))`;
    for (const x of ['.', '@currencyID']) {
      const [fast, general] = [test(x), swapped(x)].map((e) => compile(parseXPath(e, NS)));
      const outcomes = d.root.children.map((c) => {
        const ctx = { item: c, pos: 1, size: 1, doc: d, vars: {} };
        const got = ebv((fast as NonNullable<typeof fast>)(ctx));
        expect(got).toBe(ebv((general as NonNullable<typeof general>)(ctx)));
        return got;
      });
      expect(outcomes).toEqual(
        x === '.'
          ? [true, true, true, false, false, false, false, false, true]
          : [true, true, true, false, false, false, false, false, false],
      );
    }
  });

  it("answers normalize-space(path) = 'X' on an element as the general comparison does", () => {
    const category = (...children: XmlElement[]): XmlElement => el('Category', 'cac', '', children);
    const scheme = (...children: XmlElement[]): XmlElement => el('Scheme', 'cac', '', children);
    const id = (v: string): XmlElement => el('ID', 'cbc', v);
    const categories = el('Root', 'cac', '', [
      el('Category', 'cac', '', [id('S')], { ID: 'S' }),
      category(id(' S\t')),
      category(id('S S')),
      category(),
      category(id(''), id('S')),
      category(id(' S '), id('Z')),
      category(scheme(), scheme(id('VAT'))),
      category(scheme(id(' VAT ')), scheme(id('GST'))),
      category(scheme(id('vat'))),
    ]);
    const d = buildXdm({ root: categories, encoding: 'UTF-8', elementCount: 0 });
    const cases: [string, boolean[]][] = [
      [
        "normalize-space(cbc:ID) = 'S'",
        [true, true, false, false, false, true, false, false, false],
      ],
      ["'S' != normalize-space(cbc:ID)", [false, false, true, true, true, false, true, true, true]],
      ["normalize-space(cbc:ID) = ''", [false, false, false, true, true, false, true, true, true]],
      [
        "normalize-space(cac:Scheme/cbc:ID) = 'VAT'",
        [false, false, false, false, false, false, true, true, false],
      ],
    ];
    for (const [expr, expected] of cases) {
      // The same value through concat(): the general path.
      const general = expr.replace(/(normalize-space\([^)]*\))/, "concat($1, '')");
      const [fast, slow] = [expr, general].map((e) => compile(parseXPath(e, NS)));
      const outcomes = d.root.children.map((c) => {
        const ctx = { item: c, pos: 1, size: 1, doc: d, vars: {} };
        const got = ebv((fast as NonNullable<typeof fast>)(ctx));
        expect(got).toBe(ebv((slow as NonNullable<typeof slow>)(ctx)));
        return got;
      });
      expect(outcomes, expr).toEqual(expected);
      // On an attribute (no children) both give normalize-space of nothing.
      expect(d.root.children[0]?.attributes[0]?.kind).toBe('attr');
      const attr = {
        item: d.root.children[0]?.attributes[0] as XAttr,
        pos: 1,
        size: 1,
        doc: d,
        vars: {},
      };
      expect(ebv((fast as NonNullable<typeof fast>)(attr))).toBe(
        ebv((slow as NonNullable<typeof slow>)(attr)),
      );
    }
  });

  it('raises a dynamic error where XPath does (a value that is not a boolean)', () => {
    expect(() => truth('(cbc:Total cast as xs:boolean) = true()')).toThrow();
  });

  it('computes in exact decimals, rounding half up as XPath round() does', () => {
    const [sum] = evaluate('sum(cac:Line/xs:decimal(cbc:Amount))');
    expect(sum).toBeInstanceOf(Dec);
    expect(String(sum)).toBe('0.6');
    expect(str(evaluate('round(2.5)') as never)).toBe('3');
    expect(str(evaluate('round(-2.5)') as never)).toBe('-2');
  });

  it('treats untyped values in arithmetic as doubles, as XPath 2.0 does', () => {
    expect(evaluate('cbc:Total + 1')).toEqual([1.6]);
  });

  it('reads a tree changed since its last data model as it now is (values kept per node are cleared)', () => {
    const line = el('Line', 'cac', '', [el('Amount', 'cbc', ' 7.5 ')]);
    const tree = {
      root: el('Root', 'cac', '', [line]),
      encoding: 'UTF-8' as const,
      elementCount: 2,
    };
    const valueOf = (expr: string): string => {
      const d = buildXdm(tree);
      return str(
        compile(parseXPath(expr, NS))({ item: d.root, pos: 1, size: 1, doc: d, vars: {} }),
      );
    };
    const exprs = [
      'normalize-space(cac:Line/cbc:Amount)',
      'sum(cac:Line/cbc:Amount/xs:decimal(.))',
      'string(.)',
    ];
    expect(exprs.map(valueOf)).toEqual(['7.5', '7.5', ' 7.5 ']);
    (line.children[0] as XmlElement).text = '2';
    line.children.push(el('Amount', 'cbc', '3'));
    expect(exprs.map(valueOf)).toEqual(['2', '5', '23']);
  });

  it('rejects syntax it does not know', () => {
    expect(() => parseXPath('cbc:Total +', NS)).toThrow();
    expect(() => parseXPath('foo:Bar', NS)).toThrow(/unknown prefix/);
  });

  it('orders decimals exactly as decimal.js does, for every pair of a varied set', () => {
    const values = [
      '0',
      '-0',
      '1',
      '-1',
      '0.5',
      '-0.5',
      '9999999',
      '10000000',
      '10000001',
      '1.0000001',
      '1.00000001',
      '123456789.123456789',
      '-123456789.123456789',
      '1e-30',
      '-1e-30',
      '1e30',
      '99.99',
      '100',
      '100.01',
      '0.0000001',
      '0.00000001',
      'Infinity',
      '-Infinity',
      'NaN',
    ].map((v) => new Dec(v));
    for (const x of values) {
      for (const y of values)
        expect([String(x), String(y), compareDecimals(x, y)]).toEqual([
          String(x),
          String(y),
          x.cmp(y),
        ]);
    }
  });
});

describe('childrenNamed: named children by a scan or by the index', () => {
  const named = (...locals: string[]): XElem =>
    buildXdm({
      root: el(
        'Root',
        'cac',
        '',
        locals.map((l, i) => el(l, 'cbc', String(i))),
      ),
      encoding: 'UTF-8',
      elementCount: 0,
    }).root;
  const texts = (n: XElem, local: string): string[] =>
    childrenNamed(n, expandedName('urn:cbc', local)).map((c) => c.text);

  it.each([
    // Few children (a scan), then many (the index), with names repeated at both ends.
    [['A', 'B', 'C']],
    [['A', 'B', 'A', 'C', 'A']],
    [['B', 'C', 'D', 'A']],
    [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']],
    [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']],
    [['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'A', 'K', 'A']],
  ])('gives every child of the name in document order: %j', (locals) => {
    const root = named(...locals);
    for (const local of [...new Set(locals), 'Z']) {
      const expected = locals.flatMap((l, i) => (l === local ? [String(i)] : []));
      // Asked twice: the second answer comes from what the first kept.
      expect(texts(root, local)).toEqual(expected);
      expect(texts(root, local)).toEqual(expected);
    }
    // The same local name in another namespace is another name.
    expect(childrenNamed(root, expandedName('urn:cac', 'A'))).toEqual([]);
  });

  it('gives an element without children no child', () => {
    expect(childrenNamed(named(), expandedName('urn:cbc', 'A'))).toEqual([]);
  });
});

describe('normalize: normalize-space() of a string', () => {
  it.each([
    '',
    'S',
    'VAT',
    '19.00',
    'a b c',
    ' ',
    '  ',
    ' S',
    'S ',
    'a  b',
    'a\tb',
    '\nS',
    'S\r',
    'a \n b',
    ' a b ',
    '\u00a0S\u00a0',
    '\u00a0 S\t',
  ])('gives what the definition gives for %j', (s) => {
    expect(normalize(s)).toBe(s.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, ''));
  });

  it('keeps a no-break space, which is no XML whitespace', () => {
    expect(normalize('\u00a0S ')).toBe('\u00a0S');
  });
});

describe('casts read XML whitespace only around a value', () => {
  it.each([
    ["xs:decimal(' 1.50\t') = 1.5", true],
    ["xs:decimal('\u00a01.50')", 'error'],
    ["xs:date('\n2024-02-01 ') = xs:date('2024-02-01')", true],
    ["xs:date('2024-02-01\u00a0')", 'error'],
    ["number(' 2 ') = 2", true],
    ["string(number('')) = 'NaN'", true],
    ["string(number('0x10')) = 'NaN'", true],
    ["string(number('\u00a02')) = 'NaN'", true],
  ])('%s', (expr, expected) => {
    if (expected === 'error') expect(() => evaluate(expr)).toThrow(/not an xs:/);
    else expect(truth(expr)).toBe(expected);
  });
});

describe('decimals cast from texts', () => {
  const texts = Array.from({ length: 9000 }, (_, i) => `${i % 2 ? '-' : ''}${i}.${i % 97}`);
  const values = texts.map((t) => decimalOfText(t).toString());

  it('give the value the text writes, read again after thousands of others', () => {
    expect(values.slice(0, 3)).toEqual(['0', '-1.1', '2.2']);
    for (let round = 0; round < 2; round++)
      texts.forEach((t, i) => expect(decimalOfText(t).toString(), t).toBe(values[i]));
  });

  it('are not changed by arithmetic on a value read before', () => {
    const first = decimalOfText('12.5');
    expect(first.plus(1).neg().abs().toString()).toBe('13.5');
    expect(decimalOfText('12.5').toString()).toBe('12.5');
  });

  it('read XML whitespace around a value, longer texts, and refuse what is no decimal each time', () => {
    expect(decimalOfText(' 7.25\n').toString()).toBe('7.25');
    expect(decimalOfText('7.25').toString()).toBe('7.25');
    expect(decimalOfText('123456789012345.678').toString()).toBe('123456789012345.678');
    for (let i = 0; i < 2; i++) expect(() => decimalOfText('7,25')).toThrow(/not an xs:decimal/);
    expect(() => decimalOfText('\u00a07.25')).toThrow(/not an xs:decimal/);
  });
});
