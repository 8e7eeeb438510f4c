/**
 * `npm run bench` (in packages/einvoice), last part: how fast the validation of the 20-line invoice
 * could get, measured on two of its parts rather than guessed.
 *
 * - Rules: the ten asserts of the EN 16931 invoice-line rule (BR-21 ... BR-28, BR-CO-04, BR-DEC-23),
 *   in their XPath form from the official Schematron (also for the seven that the rules module runs
 *   in TypeScript, see rules/native-ubl.ts), against the same checks written by hand in plain
 *   TypeScript over the same tree. Compiling the Schematron into code could at best approach the
 *   hand-written figure.
 * - Parse: our safe parser, against libxml2's own parse (which the schema check makes anyway) and
 *   that parse followed by the copy of libxml2's tree into ours (`copyLibxml2Tree`), which a
 *   validation now makes instead of our parse.
 *
 * - Rule sets: the time of each pattern of the UBL rules (business rules, code lists, syntax rules)
 *   run alone, as a validation runs them (the native tests included), against all of them together:
 *   which part of the rules a rewrite would have to cover.
 *
 * Each figure is the median, over alternating windows, of CPU microseconds per call.
 */
import type { XmlDocument } from '../src/xml/types';
import { DEFAULT_XML_LIMITS, parseXml } from '../src/xml/parse';
import { copyLibxml2Tree } from '../src/validate/libxml2';
import { en16931Rules } from '../src/rules/en16931';
import type { SchAssert, SchematronRules } from '../src/rules/schematron';
import { runSchematron } from '../src/rules/schematron';
import { parseLibxml2 } from '../src/validate/schema';
import { normalize } from '../src/xpath/functions';
import { ebv } from '../src/xpath/values';
import type { XElem } from '../src/xpath/xdm';
import { buildXdm, childrenNamed, expandedName, releaseXdm, stringValue } from '../src/xpath/xdm';
import { cpuWindow } from './cpu-window';

const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const cbc = (local: string): string => expandedName(CBC, local);
const cac = (local: string): string => expandedName(CAC, local);
const K = {
  line: cac('InvoiceLine'),
  id: cbc('ID'),
  invoiced: cbc('InvoicedQuantity'),
  credited: cbc('CreditedQuantity'),
  lineAmount: cbc('LineExtensionAmount'),
  item: cac('Item'),
  name: cbc('Name'),
  price: cac('Price'),
  priceAmount: cbc('PriceAmount'),
  allowance: cac('AllowanceCharge'),
  baseAmount: cbc('BaseAmount'),
  category: cac('ClassifiedTaxCategory'),
  scheme: cac('TaxScheme'),
};
const LINE_RULE = 'cac:InvoiceLine | cac:CreditNoteLine';

/** The elements reached from `n` through child steps named `keys`. */
function childPath(n: XElem, keys: string[]): XElem[] {
  let current = [n];
  for (const key of keys) {
    const next: XElem[] = [];
    for (const c of current) for (const x of childrenNamed(c, key)) next.push(x);
    current = next;
  }
  return current;
}

/** normalize-space() of an optional single node (more than one is an error in XPath). */
function normalizedOne(nodes: XElem[]): string {
  if (nodes.length > 1) throw new Error('more than one node');
  const first = nodes[0];
  return first ? normalize(stringValue(first)) : '';
}

const hasUnitCode = (q: XElem): boolean =>
  q.attributes.some((a) => a.local === 'unitCode' && a.ns === '');
const notNegative = (n: XElem): boolean => Number(stringValue(n)) >= 0;

/** The invoice-line rule's asserts written by hand: the IDs of those that fail on `line`. */
function lineRuleByHand(line: XElem): string[] {
  const failed: string[] = [];
  const invoiced = childrenNamed(line, K.invoiced);
  const credited = childrenNamed(line, K.credited);
  const lineAmount = childrenNamed(line, K.lineAmount);
  if (normalizedOne(childrenNamed(line, K.id)) === '') failed.push('BR-21');
  if (invoiced.length === 0 && credited.length === 0) failed.push('BR-22');
  if (!invoiced.some(hasUnitCode) && !credited.some(hasUnitCode)) failed.push('BR-23');
  if (lineAmount.length === 0) failed.push('BR-24');
  if (normalizedOne(childPath(line, [K.item, K.name])) === '') failed.push('BR-25');
  const price = childPath(line, [K.price, K.priceAmount]);
  if (price.length === 0) failed.push('BR-26');
  if (!price.some(notNegative)) failed.push('BR-27');
  const base = childPath(line, [K.price, K.allowance, K.baseAmount]);
  if (base.length > 0 && !base.some(notNegative)) failed.push('BR-28');
  const vat = childPath(line, [K.item, K.category]).filter((c) =>
    childPath(c, [K.scheme, K.id]).some((id) => normalize(stringValue(id).toUpperCase()) === 'VAT'),
  );
  if (!vat.some((c) => childrenNamed(c, K.id).length > 0)) failed.push('BR-CO-04');
  const amount = lineAmount[0] ? stringValue(lineAmount[0]) : '';
  const dot = amount.indexOf('.');
  if (dot >= 0 && [...amount.slice(dot + 1)].length > 2) failed.push('BR-DEC-23');
  return failed;
}

function lineRuleAsserts(): SchAssert[] {
  for (const pattern of en16931Rules('ubl').patterns)
    for (const rule of pattern.rules) if (rule.context === LINE_RULE) return rule.asserts;
  throw new Error('invoice-line rule not found');
}

/** Failed assert IDs of every line, from a fresh data model (each run pays for its indexes). */
function byInterpreter(xml: XmlDocument, asserts: SchAssert[]): string[] {
  const doc = buildXdm(xml);
  const failed: string[] = [];
  for (const line of doc.byName.get(K.line) ?? []) {
    const ctx = { item: line, pos: 1, size: 1, doc, vars: {} };
    for (const a of asserts) if (!ebv(a.test(ctx))) failed.push(a.id);
  }
  releaseXdm(doc);
  return failed;
}

function byHand(xml: XmlDocument): string[] {
  const doc = buildXdm(xml);
  const failed: string[] = [];
  for (const line of doc.byName.get(K.line) ?? []) failed.push(...lineRuleByHand(line));
  releaseXdm(doc);
  return failed;
}

/** One run of `rules` on a fresh data model, as a validation runs them. */
function runOn(xml: XmlDocument, rules: SchematronRules): number {
  const doc = buildXdm(xml);
  const failed = runSchematron(rules, doc).length;
  releaseXdm(doc);
  return failed;
}

function dataModelOnly(xml: XmlDocument): void {
  releaseXdm(buildXdm(xml));
}

/** Median CPU µs per call of each function, over `windows` rounds of alternating windows. */
function alternate(fns: (() => unknown)[], windows: number, windowMs: number): number[] {
  const warm = performance.now();
  while (performance.now() - warm < 3000) for (const f of fns) for (let i = 0; i < 20; i++) f();
  const figures: number[][] = fns.map(() => []);
  for (let w = 0; w < windows; w++) {
    fns.forEach((f, k) => {
      const w = cpuWindow(f, windowMs);
      figures[k]?.push(w.cpuMicros / w.calls);
    });
  }
  return figures.map((f) => [...f].sort((a, b) => a - b)[Math.floor(f.length / 2)] as number);
}

/** An item without a name, a negative price, a line amount with three decimals: BR-25, -27, DEC-23. */
function brokenVariant(text: string): Uint8Array {
  const broken = text
    .replace(/<cac:Item>\s*<cbc:Name>[^<]*<\/cbc:Name>/, '<cac:Item>')
    .replace(/<cbc:PriceAmount currencyID="(\w+)">/, '<cbc:PriceAmount currencyID="$1">-')
    .replace(
      /(<cac:InvoiceLine>[\s\S]*?<cbc:LineExtensionAmount currencyID="\w+">\d+\.\d\d)</,
      '$15<',
    );
  return new TextEncoder().encode(broken);
}

export function ceiling(bytes: Uint8Array): string[] {
  const lineAsserts = lineRuleAsserts();
  const read = (b: Uint8Array): XmlDocument => {
    const parsed = parseXml(b);
    if (!parsed.ok) throw new Error('sample not readable');
    return parsed.doc;
  };
  const xml = read(bytes);
  // The hand-written checks must find what the Schematron finds, on the sample and on a broken copy.
  const broken = read(brokenVariant(new TextDecoder().decode(bytes)));
  const expected = ['', 'BR-25 BR-27 BR-DEC-23'];
  [xml, broken].forEach((tree, i) => {
    const a = byInterpreter(tree, lineAsserts).join(' ');
    const b = byHand(tree).join(' ');
    if (a !== b || [...new Set(a.split(' '))].sort().join(' ') !== expected[i])
      throw new Error(`line checks: the Schematron finds "${a}", the hand-written checks "${b}"`);
  });
  const lines = (xml.root.children as XElem[]).filter((c) => c.key === K.line).length;
  const [model, interpreted, hand] = alternate(
    [() => dataModelOnly(xml), () => byInterpreter(xml, lineAsserts), () => byHand(xml)],
    15,
    100,
  ) as [number, number, number];

  // What a validation now does instead of our parse: libxml2's parse (which the schema check needs
  // anyway), its tree copied into ours.
  const shared = (copy: boolean): void => {
    const parsed = parseLibxml2(bytes);
    if ('findings' in parsed) throw new Error('libxml2 could not parse the sample');
    try {
      if (copy && !copyLibxml2Tree(parsed.sdoc.doc, DEFAULT_XML_LIMITS))
        throw new Error('the sample could not be copied');
    } finally {
      parsed.sdoc.dispose();
    }
  };
  const [ours, libxml2, libxml2Copy] = alternate(
    [() => parseXml(bytes), () => shared(false), () => shared(true)],
    15,
    100,
  ) as [number, number, number];
  const all = en16931Rules('ubl');
  const alone = all.patterns.map((p) => ({ title: all.title, patterns: [p] }));
  // On the broken copy (three failures), the patterns alone must find what they find together.
  if (alone.reduce((n, r) => n + runOn(broken, r), 0) !== runOn(broken, all))
    throw new Error('the patterns run alone do not find what they find together');
  const [modelAgain, together, ...patterns] = alternate(
    [() => dataModelOnly(xml), () => runOn(xml, all), ...alone.map((r) => () => runOn(xml, r))],
    15,
    100,
  );
  const us = (v: number): string => `${v.toFixed(0)} µs`;
  const rulesOnly = (v: number): string => us(v - (modelAgain as number));
  const asserts = (r: SchematronRules): SchAssert[] =>
    r.patterns.flatMap((p) => p.rules.flatMap((rule) => rule.asserts));
  const counted = (r: SchematronRules): string => {
    const natives = asserts(r).filter((a) => a.native).length;
    return `${asserts(r).length} asserts${natives ? `, ${natives} in TypeScript` : ''}`;
  };
  const split = alone
    .map((r, k) => `${r.patterns[0]?.id} ${rulesOnly(patterns[k] as number)} (${counted(r)})`)
    .join(', ');
  return [
    `invoice-line rule (10 asserts × ${lines} lines, data model included: ${us(model)}): ` +
      `Schematron ${us(interpreted)}, written by hand ${us(hand)}; ` +
      `rule time alone ×${((interpreted - model) / (hand - model)).toFixed(1)}`,
    `parse: ours ${us(ours)}; libxml2 ${us(libxml2)}, libxml2 + copy of its tree into ours ` +
      `${us(libxml2Copy)} (what a validation does)`,
    `UBL rules without the data model (${us(modelAgain as number)}): all together ` +
      `${rulesOnly(together as number)}; each pattern alone: ${split}`,
  ];
}
