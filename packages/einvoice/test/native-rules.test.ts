/**
 * The asserts written in TypeScript (src/rules/native-ubl.ts) against the same asserts run as the
 * official XPath: identical findings on every UBL file of the corpus, on the CEN unit tests, and on
 * invoices altered at random (values replaced by odd ones, elements dropped or given twice), which
 * reach the corners where the two could part: values that are not numbers, missing amounts, a tax
 * category given twice, an unreadable charge indicator.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/finding';
import { UBL_NATIVE_TESTS } from '../src/rules/native-ubl';
import { en16931Rules, runRules } from '../src/rules/en16931';
import { parseXml } from '../src/xml/parse';
import type { XmlElement } from '../src/xml/types';
import { buildXdm } from '../src/xpath/xdm';
import { CORPUS, requireShared } from './support/corpus';

const native = (): ReturnType<typeof en16931Rules> => en16931Rules('ubl');
const xpath = (): ReturnType<typeof en16931Rules> => en16931Rules('ubl', { native: false });

/** Both rule sets' findings on one element tree (each run on a fresh data model of it). */
function bothFindings(root: XmlElement): [Finding[], Finding[]] {
  const tree = { root, encoding: 'UTF-8' as const, elementCount: 0 };
  const a = runRules(native(), buildXdm(tree));
  const b = runRules(xpath(), buildXdm(tree));
  return [a, b];
}

function* xmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* xmlFiles(path);
    else if (/\.xml$/i.test(name)) yield path;
  }
}

const UBL_ROOT = /^(Invoice|CreditNote)$/;

/** Altered variants per seed invoice. */
const ROUNDS = 60;

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The elements the native tests read: most alterations land on one of them. */
const TARGETS =
  /^(Percent|TaxableAmount|TaxAmount|LineExtensionAmount|PriceAmount|BaseAmount|Amount|ChargeIndicator|ID|CompanyID|Name|TaxInclusiveAmount|TaxExclusiveAmount|DocumentCurrencyCode)$/;
const BLOCKS =
  /^(TaxScheme|ClassifiedTaxCategory|TaxCategory|Item|Price|AllowanceCharge|TaxSubtotal|TaxTotal|InvoiceLine|CreditNoteLine|LegalMonetaryTotal)$/;
const VALUES = [
  '',
  ' ',
  'abc',
  '-1',
  '0',
  '0.00',
  '-0.004',
  '1.005',
  '0.5',
  '100',
  ' 20 ',
  '20.0',
  '12.',
  '.5',
  '1e3',
  'INF',
  'NaN',
  'S',
  ' s ',
  'Z',
  'E',
  'AE',
  'K',
  'G',
  'O',
  'L',
  'M',
  'B',
  'VAT',
  ' vat ',
  'true',
  'false',
  '1',
  'TRUE',
  '999999999999999999.99',
  '1.23456789',
];

/** Copies an element tree (the alterations change the copy only). */
function copy(el: XmlElement): XmlElement {
  return {
    ...el,
    attributes: el.attributes.map((a) => ({ ...a })),
    children: el.children.map(copy),
  };
}

function allElements(root: XmlElement): { el: XmlElement; parent: XmlElement | undefined }[] {
  const out: { el: XmlElement; parent: XmlElement | undefined }[] = [];
  const walk = (el: XmlElement, parent: XmlElement | undefined): void => {
    out.push({ el, parent });
    for (const c of el.children) walk(c, el);
  };
  walk(root, undefined);
  return out;
}

/** A numeric value moved by a step that can put it just on either side of a rule's bound. */
const SHIFTS = [1, -1, 0.01, -0.01, 0.005, 0.5, 100];

function shifted(text: string, rnd: () => number): string {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) return text;
  const step = SHIFTS[Math.floor(rnd() * SHIFTS.length)] ?? 1;
  const decimals = Math.max(
    text.split('.')[1]?.length ?? 0,
    String(step).split('.')[1]?.length ?? 0,
  );
  return (n + step).toFixed(decimals);
}

/** Gives `el` an odd value or moves its number. */
function alterValue(el: XmlElement, rnd: () => number): void {
  el.text = rnd() < 0.6 ? (VALUES[Math.floor(rnd() * VALUES.length)] ?? '') : shifted(el.text, rnd);
}

/** One to three alterations of `seed`'s tree. */
function alter(seed: XmlElement, rnd: () => number): XmlElement {
  const root = copy(seed);
  const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
  const steps = 1 + Math.floor(rnd() * 3);
  for (let s = 0; s < steps; s++) {
    const nodes = allElements(root);
    const leaves = nodes.filter((n) => n.el.children.length === 0 && n.parent);
    const targeted = leaves.filter((n) => TARGETS.test(n.el.local));
    const blocks = nodes.filter((n) => BLOCKS.test(n.el.local) && n.parent);
    const kind = rnd();
    const leaf = pick(rnd() < 0.8 && targeted.length ? targeted : leaves);
    if (kind < 0.5 && leaf) {
      alterValue(leaf.el, rnd);
    } else if (kind < 0.6 && leaf?.parent) {
      leaf.parent.children = leaf.parent.children.filter((c) => c !== leaf.el);
    } else if (kind < 0.75 && leaf?.parent) {
      // The same term twice, the second often with another value.
      const at = leaf.parent.children.indexOf(leaf.el);
      const twin = copy(leaf.el);
      if (rnd() < 0.5) alterValue(twin, rnd);
      leaf.parent.children.splice(at + 1, 0, twin);
    } else {
      const block = pick(blocks);
      if (!block?.parent) continue;
      const at = block.parent.children.indexOf(block.el);
      if (rnd() < 0.35) {
        block.parent.children.splice(at, 1);
      } else {
        // A group twice (a second tax category, a second breakdown ...), often not the same.
        const twin = copy(block.el);
        const inner = allElements(twin).filter((n) => n.el.children.length === 0);
        const target = pick(inner.filter((n) => TARGETS.test(n.el.local))) ?? pick(inner);
        if (target && rnd() < 0.6) alterValue(target.el, rnd);
        block.parent.children.splice(at + 1, 0, twin);
      }
    }
    const currency = pick(
      nodes.filter((n) => n.el.attributes.some((a) => a.local === 'currencyID')),
    );
    if (currency && rnd() < 0.1) {
      const attr = currency.el.attributes.find((a) => a.local === 'currencyID');
      if (attr) attr.value = pick(['EUR', 'USD', '', ' EUR', 'XXX']) ?? '';
    }
  }
  return root;
}

/**
 * Each term and group the native tests read, given twice once per kind of place it occurs in (its
 * parent's name), the copy after or before it, with a number moved by one, a value that is not one,
 * or its name left out: the cases where a test must take the first value, all of them, the first
 * that has one, or stop on an error.
 */
function* doubled(seed: XmlElement): Generator<XmlElement> {
  const seen = new Set<string>();
  const elements = allElements(seed);
  for (let i = 0; i < elements.length; i++) {
    const { el, parent } = elements[i] as { el: XmlElement; parent?: XmlElement };
    if (!parent || !(TARGETS.test(el.local) || BLOCKS.test(el.local))) continue;
    const kind = `${parent.local}/${el.local}`;
    if (seen.has(kind)) continue;
    seen.add(kind);
    // A change of the copy's value, or undefined to leave its name (or its first term) out.
    const variants: [change: ((t: string) => string) | undefined, before: boolean][] = [
      [(t) => shifted(t, () => 0), false],
      [(t) => shifted(t, () => 0), true],
      [() => 'abc', false],
      [undefined, true],
    ];
    for (const [change, before] of variants) {
      const root = copy(seed);
      const at = allElements(root)[i] as { el: XmlElement; parent: XmlElement };
      const twin = copy(at.el);
      const leaves = allElements(twin).filter((n) => n.el.children.length === 0);
      // The number moved is the group's first numeric term (a rate, an amount), if it has one.
      const numeric = leaves.find(
        (n) => TARGETS.test(n.el.local) && shifted(n.el.text, () => 0) !== n.el.text,
      );
      const leaf = numeric ?? leaves.find((n) => TARGETS.test(n.el.local)) ?? leaves[0];
      if (change === undefined) {
        const gone = leaves.find((n) => n.el.local === 'Name') ?? leaf;
        if (gone?.parent) gone.parent.children = gone.parent.children.filter((c) => c !== gone.el);
      } else if (leaf) leaf.el.text = change(leaf.el.text);
      at.parent.children.splice(at.parent.children.indexOf(at.el) + (before ? 0 : 1), 0, twin);
      yield root;
    }
  }
}

/** The VAT category codes (UNCL5305 as EN 16931 uses it). */
const CATEGORY_CODES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'];

/**
 * The lines' categories, or the allowances' and charges' categories, all given one code, written
 * plainly or with blanks, under the VAT scheme or another one, sometimes with the VAT breakdown given
 * that code under another scheme, or a document charge moved into a line; and the parties' tax schemes kept, dropped, made another scheme than VAT, or given twice:
 * the cases the VAT category rules of the whole invoice (BR-x-01 to BR-x-04) are about.
 */
function* recoded(seed: XmlElement, rnd: () => number): Generator<XmlElement> {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  for (const code of CATEGORY_CODES) {
    for (const place of ['lines', 'allowances'] as const) {
      for (let k = 0; k < 3; k++) {
        const written = pick([
          'plain',
          'blanks',
          'other scheme',
          'line charge',
          'breakdown under another scheme',
        ] as const);
        const parties = pick(['kept', 'dropped', 'other scheme', 'twice'] as const);
        const root = copy(seed);
        let changed = false;
        for (const { el } of allElements(root)) {
          const categories =
            place === 'lines'
              ? el.local === 'ClassifiedTaxCategory'
                ? [el]
                : []
              : el.local === 'AllowanceCharge'
                ? el.children.filter((c) => c.local === 'TaxCategory')
                : [];
          for (const category of categories) {
            const id = category.children.find((c) => c.local === 'ID');
            if (!id) continue;
            id.text = written === 'blanks' ? ` ${code} ` : code;
            if (written === 'other scheme') setSchemes(category, 'GST');
            changed = true;
          }
          if (written === 'breakdown under another scheme' && el.local === 'TaxSubtotal') {
            for (const category of el.children.filter((c) => c.local === 'TaxCategory')) {
              for (const id of category.children.filter((c) => c.local === 'ID')) id.text = code;
              setSchemes(category, 'GST');
            }
          }
          if (el.local === 'PartyTaxScheme') {
            if (parties === 'other scheme') setSchemes(el, 'GST');
            if (parties === 'twice') {
              const scheme = el.children.find((c) => c.local === 'TaxScheme');
              if (scheme) el.children.push(copy(scheme));
            }
          }
          if (parties === 'dropped')
            el.children = el.children.filter((c) => c.local !== 'PartyTaxScheme');
        }
        if (written === 'line charge' && place === 'allowances') {
          const charge = root.children.find((c) => c.local === 'AllowanceCharge');
          const line = root.children.find((c) => /Line$/.test(c.local));
          // Moved: the line's own charge then has the code, the document's charges may not.
          if (charge && line) {
            root.children = root.children.filter((c) => c !== charge);
            line.children.push(charge);
          }
        }
        if (changed) yield root;
      }
    }
  }
}

/**
 * A line, or the VAT breakdown, copied or moved below another line: the document's lines
 * (`//cac:InvoiceLine`) are then not the root's, and a breakdown's document (`../../..`) may be a
 * line. The copy keeps the line's rate, so the lines a total sums decide the outcome.
 */
function* relocated(seed: XmlElement): Generator<XmlElement> {
  const lineName = seed.local === 'Invoice' ? 'InvoiceLine' : 'CreditNoteLine';
  for (const what of [
    'line copied',
    'line moved',
    'breakdown copied',
    'breakdown moved',
  ] as const) {
    const root = copy(seed);
    const lines = root.children.filter((c) => c.local === lineName);
    const host = lines.at(-1);
    const taxTotal = root.children.find((c) => c.local === 'TaxTotal');
    const moving = what.startsWith('line') ? lines[0] : taxTotal;
    if (!host || !moving || moving === host) continue;
    if (what.endsWith('moved')) root.children = root.children.filter((c) => c !== moving);
    host.children.push(what.endsWith('moved') ? moving : copy(moving));
    yield root;
  }
}

/** Sets the identifier of every tax scheme of `el`. */
function setSchemes(el: XmlElement, value: string): void {
  for (const scheme of el.children.filter((c) => c.local === 'TaxScheme'))
    for (const id of scheme.children.filter((c) => c.local === 'ID')) id.text = value;
}

function parse(path: string): XmlElement | undefined {
  const parsed = parseXml(readFileSync(path));
  return parsed.ok && UBL_ROOT.test(parsed.doc.root.local) ? parsed.doc.root : undefined;
}

describe('native UBL asserts', () => {
  it('are installed on their official asserts, and only in the native rule set', () => {
    const count = (rules: ReturnType<typeof en16931Rules>): string[] =>
      rules.patterns.flatMap((p) =>
        p.rules.flatMap((r) => r.asserts.filter((a) => a.native).map((a) => a.id)),
      );
    expect(count(native()).sort()).toEqual([...UBL_NATIVE_TESTS.keys()].sort());
    expect(count(xpath())).toEqual([]);
    expect(count(en16931Rules('cii'))).toEqual([]);
  });

  it('give the XPath findings on every UBL file of the corpus', () => {
    requireShared();
    let files = 0;
    for (const dir of ['ubl-invoice', 'ubl-creditnote', 'xrechnung-ubl']) {
      for (const path of xmlFiles(resolve(CORPUS, dir))) {
        const root = parse(path);
        if (!root) continue;
        files++;
        const [a, b] = bothFindings(root);
        expect(a, path).toEqual(b);
      }
    }
    expect(files).toBeGreaterThan(60);
  });

  it('give the XPath findings on the CEN unit tests', () => {
    requireShared();
    let fragments = 0;
    for (const dir of ['ubl-invoice', 'ubl-creditnote']) {
      for (const path of xmlFiles(resolve(CORPUS, 'en16931-unit-tests', dir))) {
        const parsed = parseXml(readFileSync(path));
        if (!parsed.ok) throw new Error(path);
        for (const test of parsed.doc.root.children.filter((c) => c.local === 'test')) {
          const fragment = test.children.find((c) => c.local !== 'assert');
          if (!fragment) continue;
          fragments++;
          const [a, b] = bothFindings(fragment);
          expect(a, `${path} ${fragments}`).toEqual(b);
        }
      }
    }
    expect(fragments).toBeGreaterThan(300);
  });

  it('give the XPath findings on altered invoices', () => {
    requireShared();
    const seeds = [...xmlFiles(resolve(CORPUS, 'ubl-invoice/valid'))]
      .concat([...xmlFiles(resolve(CORPUS, 'ubl-creditnote/valid'))])
      .map((path) => ({ path, root: parse(path) }))
      .filter((s): s is { path: string; root: XmlElement } => s.root !== undefined);
    const rnd = random(20261127);
    const fired = new Map<string, number>();
    let variants = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const seed of seeds) {
        const altered = alter(seed.root, rnd);
        variants++;
        const [a, b] = bothFindings(altered);
        expect(a, `${seed.path}, variant ${variants}`).toEqual(b);
        for (const f of a)
          if (UBL_NATIVE_TESTS.has(f.rule)) fired.set(f.rule, (fired.get(f.rule) ?? 0) + 1);
      }
    }
    for (const seed of seeds) {
      for (const root of doubled(seed.root)) {
        variants++;
        const [a, b] = bothFindings(root);
        expect(a, `${seed.path}, doubled variant ${variants}`).toEqual(b);
      }
    }
    for (const seed of seeds) {
      for (const root of recoded(seed.root, rnd)) {
        variants++;
        const [a, b] = bothFindings(root);
        expect(a, `${seed.path}, recoded variant ${variants}`).toEqual(b);
        for (const f of a)
          if (UBL_NATIVE_TESTS.has(f.rule)) fired.set(f.rule, (fired.get(f.rule) ?? 0) + 1);
      }
    }
    for (const seed of seeds) {
      for (const root of relocated(seed.root)) {
        variants++;
        const [a, b] = bothFindings(root);
        expect(a, `${seed.path}, relocated variant ${variants}`).toEqual(b);
      }
    }
    // The alterations reach every native test's failing side, not only its passing one.
    expect([...fired.keys()].sort()).toEqual([...UBL_NATIVE_TESTS.keys()].sort());
  });
});
