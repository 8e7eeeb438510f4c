/**
 * The costliest asserts of the EN 16931 UBL rules, written in TypeScript over the data model. Each
 * is the official test read step by step: the same values (xs:decimal arithmetic on the same
 * decimals, XPath's rounding), the same comparisons, and the same dynamic errors at the same points
 * (an amount that is not a decimal, two values where one is expected), so that the findings are the
 * XPath's; `test/native-rules.test.ts` checks that on the corpus and on altered invoices.
 *
 * Each test is installed only on the assert whose official text has its digest (see `NativeAssert`):
 * a rule file whose test differs runs that test as written.
 */
import type { XElem } from '../xpath/xdm';
import { childrenNamed, expandedName, stringValue } from '../xpath/xdm';
import {
  codePoints,
  nodeDecimal,
  normalize,
  normalizedValue,
  roundDecimal,
} from '../xpath/functions';
import type { Dec } from '../xpath/values';
import {
  XPathDynamicError,
  compareDecimals,
  lastingDecimal,
  toBoolean,
  toDecimal,
  toDouble,
} from '../xpath/values';
import type { NativeAssert, NativeTest } from './schematron';

const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const cbc = (local: string): string => expandedName(CBC, local);
const cac = (local: string): string => expandedName(CAC, local);

const ID = cbc('ID');
const NAME = cbc('Name');
const PERCENT = cbc('Percent');
const AMOUNT = cbc('Amount');
const BASE_AMOUNT = cbc('BaseAmount');
const PRICE_AMOUNT = cbc('PriceAmount');
const LINE_AMOUNT = cbc('LineExtensionAmount');
const TAX_AMOUNT = cbc('TaxAmount');
const TAXABLE_AMOUNT = cbc('TaxableAmount');
const TAX_EXCLUSIVE = cbc('TaxExclusiveAmount');
const TAX_INCLUSIVE = cbc('TaxInclusiveAmount');
const CHARGE_INDICATOR = cbc('ChargeIndicator');
const CURRENCY = cbc('DocumentCurrencyCode');
const ITEM = cac('Item');
const PRICE = cac('Price');
const ALLOWANCE = cac('AllowanceCharge');
const CLASSIFIED = cac('ClassifiedTaxCategory');
const CATEGORY = cac('TaxCategory');
const SCHEME = cac('TaxScheme');
const TAX_TOTAL = cac('TaxTotal');
const MONETARY_TOTAL = cac('LegalMonetaryTotal');
const INVOICE_LINE = cac('InvoiceLine');
const CREDIT_NOTE_LINE = cac('CreditNoteLine');

const ZERO = lastingDecimal(0);
const ONE = lastingDecimal(1);
const TEN = lastingDecimal(10);
const HUNDRED = lastingDecimal(100);

/** The first child named `key`. */
const first = (el: XElem, key: string): XElem | undefined => childrenNamed(el, key)[0];

/** `xs:decimal(key)`: the first such child's value as a decimal, undefined when there is none. */
function decimalOf(el: XElem, key: string): Dec | undefined {
  const c = first(el, key);
  return c === undefined ? undefined : nodeDecimal(c);
}

/** `normalize-space(key)` of the first such child, '' when there is none. */
function normalizedOf(el: XElem, key: string): string {
  const c = first(el, key);
  return c === undefined ? '' : normalizedValue(c);
}

/** `round(x * 10 * 10) div 100`: rounding to the cent as the rules write it. */
const toCents = (x: Dec): Dec => roundDecimal(x.times(TEN).times(TEN)).div(HUNDRED);

/** `sum()` of decimals: 0 for none, else added from the first. */
function sum(values: Dec[]): Dec {
  let acc: Dec | undefined;
  for (const v of values) acc = acc === undefined ? v : acc.plus(v);
  return acc ?? ZERO;
}

/**
 * `path >= 0` over untyped values (a general comparison with a number): each value as a double, one
 * that is not a number never passing.
 */
const anyNotNegative = (nodes: XElem[]): boolean =>
  nodes.some((n) => toDouble(stringValue(n)) >= 0);

/** The children named `key` of each of `parents`, in document order. */
function childrenOf(parents: XElem[], key: string): XElem[] {
  if (parents.length === 1) return childrenNamed(parents[0] as XElem, key);
  const out: XElem[] = [];
  for (const p of parents) for (const c of childrenNamed(p, key)) out.push(c);
  return out;
}

/** BR-21: `normalize-space(cbc:ID) != ''`. */
const lineId: NativeTest = (line) => normalizedOf(line, ID) !== '';

/** BR-25: `normalize-space(cac:Item/cbc:Name) != ''` (the first name of the first item that has one). */
const itemName: NativeTest = (line) => {
  const name = childrenOf(childrenNamed(line, ITEM), NAME)[0];
  return name !== undefined && normalizedValue(name) !== '';
};

/** BR-26: `exists(cac:Price/cbc:PriceAmount)`. */
const priceGiven: NativeTest = (line) =>
  childrenOf(childrenNamed(line, PRICE), PRICE_AMOUNT).length > 0;

/** BR-27: `(cac:Price/cbc:PriceAmount) >= 0`. */
const priceNotNegative: NativeTest = (line) =>
  anyNotNegative(childrenOf(childrenNamed(line, PRICE), PRICE_AMOUNT));

/**
 * BR-28: `(cac:Price/cac:AllowanceCharge/cbc:BaseAmount) >= 0 or
 * not(exists(cac:Price/cac:AllowanceCharge/cbc:BaseAmount))`.
 */
const grossPriceNotNegative: NativeTest = (line) => {
  const bases = childrenOf(childrenOf(childrenNamed(line, PRICE), ALLOWANCE), BASE_AMOUNT);
  return anyNotNegative(bases) || bases.length === 0;
};

/** BR-DEC-23: `string-length(substring-after(cbc:LineExtensionAmount,'.'))<=2`. */
const lineAmountDecimals: NativeTest = (line) => {
  const amount = first(line, LINE_AMOUNT);
  const s = amount === undefined ? '' : stringValue(amount);
  const dot = s.indexOf('.');
  return codePoints(dot < 0 ? '' : s.slice(dot + 1)) <= 2;
};

/** `normalize-space(upper-case(cbc:ID)) = 'VAT'` on a tax scheme. */
const isVat = (scheme: XElem): boolean => {
  const id = first(scheme, ID);
  return normalize((id === undefined ? '' : stringValue(id)).toUpperCase()) === 'VAT';
};

/**
 * BR-CO-04: `(cac:Item/cac:ClassifiedTaxCategory[cac:TaxScheme/(normalize-space(upper-case(cbc:ID))
 * ='VAT')]/cbc:ID)`. The predicate gives one boolean per tax scheme: a category with two schemes
 * makes it a sequence of booleans, which has no effective boolean value (a dynamic error), whatever
 * the other categories hold.
 */
const lineVatCategory: NativeTest = (line) => {
  let found = false;
  for (const category of childrenOf(childrenNamed(line, ITEM), CLASSIFIED)) {
    const schemes = childrenNamed(category, SCHEME);
    if (schemes.length > 1)
      throw new XPathDynamicError('effective boolean value of a sequence of atomic values');
    const scheme = schemes[0];
    if (scheme !== undefined && isVat(scheme) && childrenNamed(category, ID).length > 0)
      found = true;
  }
  return found;
};

/**
 * BR-CO-10: `(xs:decimal(cbc:LineExtensionAmount) = xs:decimal(round(sum(//(cac:InvoiceLine|
 * cac:CreditNoteLine)/xs:decimal(cbc:LineExtensionAmount)) * 10 * 10) div 100))`. Both sides are
 * evaluated before the comparison, so an invalid line amount is an error even without a total.
 */
const sumOfLines: NativeTest = (total, doc) => {
  const stated = decimalOf(total, LINE_AMOUNT);
  const lines = inDocumentOrder(
    doc.byName.get(INVOICE_LINE) ?? [],
    doc.byName.get(CREDIT_NOTE_LINE) ?? [],
  );
  const amounts: Dec[] = [];
  for (const line of lines) {
    const amount = decimalOf(line, LINE_AMOUNT);
    if (amount !== undefined) amounts.push(amount);
  }
  const computed = toCents(sum(amounts));
  return stated !== undefined && compareDecimals(stated, computed) === 0;
};

/** Two lists of elements, each in document order, merged into one. */
function inDocumentOrder(a: XElem[], b: XElem[]): XElem[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.order - y.order);
}

/**
 * BR-CO-15: `every $Currency in cbc:DocumentCurrencyCode satisfies
 * (count(cac:TaxTotal/xs:decimal(cbc:TaxAmount[@currencyID=$Currency])) eq 1) and
 * (cac:LegalMonetaryTotal/xs:decimal(cbc:TaxInclusiveAmount) = round(
 * (cac:LegalMonetaryTotal/xs:decimal(cbc:TaxExclusiveAmount) +
 * cac:TaxTotal/xs:decimal(cbc:TaxAmount[@currencyID=$Currency])) * 10 * 10) div 100)`.
 */
const totalWithVat: NativeTest = (root) => {
  for (const currency of childrenNamed(root, CURRENCY)) {
    const code = stringValue(currency);
    const taxes: Dec[] = [];
    for (const taxTotal of childrenNamed(root, TAX_TOTAL)) {
      const amount = childrenNamed(taxTotal, TAX_AMOUNT).find((a) =>
        a.attributes.some((at) => at.local === 'currencyID' && at.ns === '' && at.value === code),
      );
      if (amount !== undefined) taxes.push(nodeDecimal(amount));
    }
    if (taxes.length !== 1) return false;
    const totals = childrenNamed(root, MONETARY_TOTAL);
    const stated = decimalsOf(totals, TAX_INCLUSIVE);
    const withoutVat = decimalsOf(totals, TAX_EXCLUSIVE);
    const computed = arithmetic(withoutVat, taxes, (x, y) => toCents(x.plus(y)));
    if (computed === undefined || !stated.some((s) => compareDecimals(s, computed) === 0))
      return false;
  }
  return true;
};

/** `parents/xs:decimal(key)`: each parent's first `key` as a decimal. */
function decimalsOf(parents: XElem[], key: string): Dec[] {
  const out: Dec[] = [];
  for (const p of parents) {
    const d = decimalOf(p, key);
    if (d !== undefined) out.push(d);
  }
  return out;
}

/**
 * An arithmetic operator on two sequences: undefined (the empty sequence) when either is empty, a
 * dynamic error when either holds more than one value.
 */
function arithmetic(x: Dec[], y: Dec[], op: (x: Dec, y: Dec) => Dec): Dec | undefined {
  const a = x[0];
  const b = y[0];
  if (a === undefined || b === undefined) return undefined;
  if (x.length > 1 || y.length > 1) throw new XPathDynamicError('arithmetic on a sequence');
  return op(a, b);
}

/**
 * `cac:TaxCategory[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']/xs:decimal(cbc:Percent)`
 * from a VAT breakdown.
 */
function vatRates(subtotal: XElem): Dec[] {
  const out: Dec[] = [];
  for (const category of childrenNamed(subtotal, CATEGORY)) {
    if (!childrenNamed(category, SCHEME).some(isVat)) continue;
    const rate = decimalOf(category, PERCENT);
    if (rate !== undefined) out.push(rate);
  }
  return out;
}

/**
 * BR-CO-17, on a VAT breakdown (P its VAT rates, TA its tax, TB its base):
 * `(round(P) = 0 and round(TA) = 0) or (round(P) != 0 and
 * ((abs(TA) - 1 < round(abs(TB) * (P div 100) * 10 * 10) div 100) and
 * (abs(TA) + 1 > round(abs(TB) * (P div 100) * 10 * 10) div 100))) or
 * (not(exists(P)) and round(TA) = 0)`, where `round(P)` rounds the first rate.
 */
const breakdownTax: NativeTest = (subtotal) => {
  const rates = vatRates(subtotal);
  const rate = rates[0];
  const rounded = rate === undefined ? undefined : roundDecimal(rate);
  if (rounded !== undefined && rounded.isZero()) {
    const tax = decimalOf(subtotal, TAX_AMOUNT);
    if (tax !== undefined && roundDecimal(tax).isZero()) return true;
  }
  if (rounded !== undefined && !rounded.isZero()) {
    const tax = decimalOf(subtotal, TAX_AMOUNT);
    const base = decimalOf(subtotal, TAXABLE_AMOUNT);
    const fraction = arithmetic(rates, [HUNDRED], (x, y) => x.div(y));
    const expected =
      base === undefined || fraction === undefined
        ? undefined
        : toCents(base.abs().times(fraction));
    if (tax !== undefined && expected !== undefined && withinOne(tax.abs(), expected)) return true;
  }
  if (rate !== undefined) return false;
  const tax = decimalOf(subtotal, TAX_AMOUNT);
  return tax !== undefined && roundDecimal(tax).isZero();
};

/** `x - 1 < y and x + 1 > y`. */
const withinOne = (x: Dec, y: Dec): boolean =>
  compareDecimals(x.minus(ONE), y) < 0 && compareDecimals(x.plus(ONE), y) > 0;

/**
 * BR-S-09, on a standard-rated category of a VAT breakdown:
 * `(abs(xs:decimal(../cbc:TaxAmount)) - 1 < round((abs(xs:decimal(../cbc:TaxableAmount)) *
 * (xs:decimal(cbc:Percent) div 100)) * 10 * 10) div 100) and (abs(...) + 1 > ...)`.
 */
const standardTax: NativeTest = (category) => {
  const subtotal = category.parent as XElem;
  const tax = decimalOf(subtotal, TAX_AMOUNT);
  const base = decimalOf(subtotal, TAXABLE_AMOUNT);
  const rate = decimalOf(category, PERCENT);
  if (tax === undefined || base === undefined || rate === undefined) return false;
  return withinOne(tax.abs(), toCents(base.abs().times(rate.div(HUNDRED))));
};

/** `cat/normalize-space(cbc:ID) = code` over the categories `cats`. */
const anyCoded = (cats: XElem[], code: string): boolean =>
  cats.some((c) => normalizedOf(c, ID) === code);

/**
 * `cats/xs:decimal(cbc:Percent) = $rate`: every category's rate is read (an invalid one is an error
 * even when an earlier one matches), then compared.
 */
function anyAtRate(cats: XElem[], rate: Dec): boolean {
  const rates = decimalsOf(cats, PERCENT);
  return rates.some((r) => compareDecimals(r, rate) === 0);
}

/** The categories of a line (`cac:Item/cac:ClassifiedTaxCategory`). */
const lineCategories = (line: XElem): XElem[] => childrenOf(childrenNamed(line, ITEM), CLASSIFIED);

/**
 * `lines[cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = code]
 * [cac:Item/cac:ClassifiedTaxCategory/xs:decimal(cbc:Percent) = $rate]`: the second predicate is
 * evaluated on every line the first keeps.
 */
function linesAt(lines: XElem[], code: string, rate: Dec): XElem[] {
  const out: XElem[] = [];
  for (const line of lines) {
    const cats = lineCategories(line);
    if (anyCoded(cats, code) && anyAtRate(cats, rate)) out.push(line);
  }
  return out;
}

/** As `linesAt`, for allowances and charges (`cac:TaxCategory`). */
function allowancesAt(charges: XElem[], code: string, rate: Dec): XElem[] {
  const out: XElem[] = [];
  for (const charge of charges) {
    const cats = childrenNamed(charge, CATEGORY);
    if (anyCoded(cats, code) && anyAtRate(cats, rate)) out.push(charge);
  }
  return out;
}

/**
 * `charges[cbc:ChargeIndicator = true()]` (or `false()`): each indicator read as a boolean until one
 * matches, a value other than true, false, 1 or 0 being an error.
 */
function withIndicator(charges: XElem[], charge: boolean): XElem[] {
  return charges.filter((c) =>
    childrenNamed(c, CHARGE_INDICATOR).some((i) => toBoolean(stringValue(i)) === charge),
  );
}

/** `sum(nodes/xs:decimal(key))`. */
const sumOf = (nodes: XElem[], key: string): Dec => sum(decimalsOf(nodes, key));

/**
 * `xs:decimal(cbc:TaxableAmount + delta)` on a VAT breakdown: untyped arithmetic, so a double (NaN
 * for a value that is not a number, which the cast then refuses), cast back to a decimal.
 */
function shiftedBase(subtotal: XElem, delta: number): Dec | undefined {
  const bases = childrenNamed(subtotal, TAXABLE_AMOUNT);
  const base = bases[0];
  if (base === undefined) return undefined;
  if (bases.length > 1) throw new XPathDynamicError('arithmetic on a sequence');
  return toDecimal(toDouble(stringValue(base)) + delta);
}

/**
 * BR-S-08, on a standard-rated category of a VAT breakdown: for its rate (`every $rate in
 * xs:decimal(cbc:Percent)`), some line (or allowance or charge anywhere) at that rate, and the
 * breakdown's base within 1 of the document's lines at that rate, plus its charges at that rate,
 * minus its allowances at that rate; with invoice lines, else with credit note lines.
 */
const standardBase: NativeTest = (category, doc) => {
  const percent = first(category, PERCENT);
  if (percent === undefined) return true;
  const rate = nodeDecimal(percent);
  const subtotal = category.parent as XElem;
  const root = (subtotal.parent as XElem).parent as XElem;
  const holds = (lineKey: string): boolean => {
    const used =
      linesAt(doc.byName.get(lineKey) ?? [], 'S', rate).length > 0 ||
      allowancesAt(doc.byName.get(ALLOWANCE) ?? [], 'S', rate).length > 0;
    if (!used) return false;
    const below = shiftedBase(subtotal, -1);
    const charges = childrenNamed(root, ALLOWANCE);
    const expected = sumOf(linesAt(childrenNamed(root, lineKey), 'S', rate), LINE_AMOUNT)
      .plus(sumOf(allowancesAt(withIndicator(charges, true), 'S', rate), AMOUNT))
      .minus(sumOf(allowancesAt(withIndicator(charges, false), 'S', rate), AMOUNT));
    if (below === undefined || compareDecimals(below, expected) >= 0) return false;
    const above = shiftedBase(subtotal, 1);
    return above !== undefined && compareDecimals(above, expected) > 0;
  };
  return holds(INVOICE_LINE) || holds(CREDIT_NOTE_LINE);
};

const tests: [id: string, digest: string, test: NativeTest][] = [
  ['BR-21', '33f98dc3803eaed674a419e2911d0bed3f4eebbdf24ac9c56436aa8839ec1f32', lineId],
  ['BR-25', 'a2ae1010d627c1b8c34e42792b969b417871df82d3a86b5f074fd03b8f80f360', itemName],
  ['BR-26', 'b0433130afc71693e3761024b4a93cb2ca542fbb0adf405794dc741bde7e7086', priceGiven],
  ['BR-27', '35e0710748bec9bb67b892edb42091a3978f4bcd94a83d10672b7fc5b75221ba', priceNotNegative],
  [
    'BR-28',
    '503b48bd98f4d13f4996c17a1298acb32e029d1d0ce9d7a67efea957fbf9618a',
    grossPriceNotNegative,
  ],
  [
    'BR-DEC-23',
    'a0303e38ba92200517d8a39ae5437313cb131c9c0085382810d69669a28c5e35',
    lineAmountDecimals,
  ],
  ['BR-CO-04', '32522c38a04e25bac5912d48bbbba9d236dfb9137b85358cf617d346a169825d', lineVatCategory],
  ['BR-CO-10', 'e090734cc5bf0e9e5f3e25dfeb341f4b39ebaef4abef4d5e5fe1abcd68ccf521', sumOfLines],
  ['BR-CO-15', '56ae935c8f0fef5c2368352efc49900666829893cba9c3b57a4d2bb31572bb27', totalWithVat],
  ['BR-CO-17', '12ca48b1e4a1d398a2730d43e4858b8481020c5512d39a5bc9b639f747b99b23', breakdownTax],
  ['BR-S-08', '209b3de92cc3fc87dc08417e4e598611dfed01868a456588c84b2b5502db85d2', standardBase],
  ['BR-S-09', '0cc01a50e8962223e6f9a0ee7ff4335944f34423403b816b7c6cdaad46393c00', standardTax],
];

/** The native tests of the UBL rules, by assert id. */
export const UBL_NATIVE_TESTS: ReadonlyMap<string, NativeAssert> = new Map(
  tests.map(([id, digest, test]) => [id, { id, digest, test }]),
);
