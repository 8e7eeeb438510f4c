/**
 * Loads the official Factur-X 1.09 profile Schematron (MINIMUM, BASIC WL, BASIC, EN16931, EXTENDED),
 * shipped unmodified in resources/factur-x-schematron, into the Schematron runner of the rules
 * module (whose XPath handles their `for`, `some/every` and `is` expressions natively). The files are
 * written for an XSLT 2.0 processor; two of their constructs are resolved here, in memory, without
 * changing any rule's meaning:
 * - `<let name="codeValueN" value="..."/>` rule variables are substituted into the tests that use them;
 * - code-list tests `document('..._codedb.xml')/codedb/cl[@id=N]/enumeration[@value=X]` become
 *   `X = ('code1', 'code2', ...)` (an XPath general comparison), with the codes read from the
 *   profile's own codedb file.
 * Rule IDs: the 1.09 sources carry none. A rule with a business-rule code in its text ([BR-CO-26])
 * takes that code; the others take the FX-SCH-A number that the Factur-X 1.09.2 / ZUGFeRD 2.5
 * edition gives the same rule (see ids.ts), so our findings name rules as the reference verdicts do.
 */
import { fileURLToPath } from 'node:url';
import { readRuleTree } from '../../rules/rule-file';
import type { XmlAttribute, XmlElement } from '../../xml/types';
import type { SchematronRules } from '../../rules/schematron';
import { loadSchematron } from '../../rules/schematron';
import { legacyRuleId } from './ids';

export type RuleProfile = 'MINIMUM' | 'BASIC-WL' | 'BASIC' | 'EN16931' | 'EXTENDED';

const FILES: Record<RuleProfile, { sch: string; codedb: string }> = {
  BASIC: { sch: 'BASIC/Factur-X_1.09_BASIC.sch', codedb: 'BASIC/Factur-X_1.09_BASIC_codedb.xml' },
  EN16931: { sch: 'EN16931/Factur-X_EN16931.sch', codedb: 'EN16931/Factur-X_EN16931_codedb.xml' },
  EXTENDED: {
    sch: 'EXTENDED/Factur-X_EXTENDED.sch',
    codedb: 'EXTENDED/Factur-X_EXTENDED_codedb.xml',
  },
  MINIMUM: {
    sch: 'MINIMUM/Factur-X_1.09_MINIMUM.sch',
    codedb: 'MINIMUM/Factur-X_1.09_MINIMUM_codedb.xml',
  },
  'BASIC-WL': {
    sch: 'BASICWL/Factur-X_BASICWL.sch',
    codedb: 'BASICWL/Factur-X_BASICWL_codedb.xml',
  },
};

const UNWORDED: [RegExp, string][] = [
  [
    /^\(ram:ChargeIndicator\)$/,
    '[CII-SR-463]-Each Specified Trade Allowance Charge (BG-20)(BG-21) shall contain a Charge Indicator.',
  ],
  [
    /PersonName and .*DepartmentName/,
    'A contact (BG-6, BG-9) shall not give both a person name (BT-41, BT-56) and a department name.',
  ],
];

const DIR = fileURLToPath(new URL('../../../resources/factur-x-schematron/', import.meta.url));
const loaded = new Map<RuleProfile, SchematronRules>();

function readTree(path: string): XmlElement {
  return readRuleTree(path, { maxElements: 2_000_000 });
}

/** Code lists by id, from a codedb file: <codedb><cl id="N"><enumeration value="..."/>... */
function readCodeLists(path: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const cl of readTree(path).children) {
    const id = cl.attributes.find((a) => a.local === 'id')?.value;
    if (cl.local !== 'cl' || id === undefined) continue;
    lists.set(
      id,
      cl.children.flatMap((e) =>
        e.attributes.filter((a) => a.local === 'value').map((a) => a.value),
      ),
    );
  }
  return lists;
}

const quote = (v: string): string => `'${v.replace(/'/g, "''")}'`;

const CODE_LIST_TEST =
  /document\('[^']+'\)\/codedb\/cl\[@id=(\d+)\]\/enumeration\[@value=(\$[\w-]+|[^\]]+)\]/g;

function rewriteTest(
  test: string,
  lets: Map<string, string>,
  lists: Map<string, string[]>,
): string {
  let out = inlineTokenize(test).replace(CODE_LIST_TEST, (_m, id: string, value: string) => {
    const codes = lists.get(id) ?? [];
    return `(${value} = (${codes.length ? codes.map(quote).join(', ') : "''"}))`;
  });
  for (const [name, value] of lets) out = substitute(out, name, value);
  return out;
}

const substitute = (expr: string, name: string, value: string): string =>
  expr.replace(new RegExp(`\\$${name}(?![\\w-])`, 'g'), `(${value})`);

/** `tokenize('30 58', '\\s')` of a literal is the sequence ('30', '58'); the runner has no tokenize(). */
function inlineTokenize(expr: string): string {
  return expr.replace(/tokenize\('([^']*)',\s*'\\s\+?'\)/g, (_m, list: string) => {
    const items = list.split(/\s+/).filter((x) => x !== '');
    return `(${items.map(quote).join(', ')})`;
  });
}

function setAttr(el: XmlElement, local: string, value: string): void {
  const existing = el.attributes.find((a) => a.local === local && a.ns === '');
  if (existing) existing.value = value;
  else {
    const attr: XmlAttribute = { name: local, local, ns: '', value };
    el.attributes.push(attr);
  }
}

/** Prepares the profile's rules (once per process) for `runRules`. */
export function profileRules(profile: RuleProfile): SchematronRules {
  const cached = loaded.get(profile);
  if (cached) return cached;
  const files = FILES[profile];
  const root = readTree(DIR + files.sch);
  const lists = readCodeLists(DIR + files.codedb);
  for (const pattern of root.children) {
    if (pattern.local !== 'pattern') continue;
    for (const rule of pattern.children) {
      if (rule.local !== 'rule') continue;
      const context = rule.attributes.find((a) => a.local === 'context')?.value ?? '';
      setAttr(rule, 'context', inlineTokenize(context));
      const lets = new Map<string, string>();
      for (const child of rule.children) {
        const attr = (n: string): string | undefined =>
          child.attributes.find((a) => a.local === n)?.value;
        if (child.local === 'let') lets.set(attr('name') ?? '', attr('value') ?? '');
        if (child.local !== 'assert') continue;
        setAttr(child, 'test', rewriteTest(attr('test') ?? 'true()', lets, lists));
        let text = child.text.replace(/\s+/g, ' ').trim();
        if (text === '') {
          // Three MINIMUM asserts have no text in the source; give them the wording of the same
          // checks in BASIC WL and the CEN rules, so the supplier is told what is wrong.
          text = UNWORDED.find(([re]) => re.test(attr('test') ?? ''))?.[1] ?? text;
          child.text = text;
        }
        const code = /^\[([A-Z][A-Z0-9-]*)\]/.exec(text)?.[1];
        setAttr(child, 'id', code ?? legacyRuleId(profile, context, text));
      }
    }
  }
  const rules = loadSchematron(root);
  loaded.set(profile, rules);
  return rules;
}
