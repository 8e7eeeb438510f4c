/**
 * The EN 16931 business rules (BR-*, BR-CO-*, BR-DEC-*, VAT categories, BR-CL-* code lists) and the
 * syntax binding rules (UBL-CR/SR/DT, CII-SR/DT), from the official CEN Schematron v1.3.16 shipped
 * unmodified in resources/en16931-schematron. The rule IDs, severities (flags), contexts, tests and
 * code lists are the official ones, so our verdicts follow the artefacts rule for rule; loaded once.
 */
import { fileURLToPath } from 'node:url';
import type { Finding } from '../finding';
import type { XDoc } from '../xpath/xdm';
import { pathOf, stringValue } from '../xpath/xdm';
import type { NativeAssert, SchematronRules, SchAssert } from './schematron';
import { UBL_NATIVE_TESTS } from './native-ubl';
import { loadSchematron, runSchematron } from './schematron';
import { frenchMessage } from './messages-fr';
import { readRuleTree } from './rule-file';
import { ensureLines } from '../xml/lines';

export type Binding = 'ubl' | 'cii';

const FILES: Record<Binding, string> = {
  ubl: 'EN16931-UBL-validation-preprocessed.sch',
  cii: 'EN16931-CII-validation-preprocessed.sch',
};

/** The tests written in TypeScript for the costliest asserts (see native-ubl.ts). */
const NATIVE: Record<Binding, ReadonlyMap<string, NativeAssert>> = {
  ubl: UBL_NATIVE_TESTS,
  cii: new Map(),
};

const loaded = new Map<string, SchematronRules>();

export function loadRuleFile(
  path: string,
  natives?: ReadonlyMap<string, NativeAssert>,
): SchematronRules {
  return loadSchematron(readRuleTree(path), natives);
}

/**
 * The rules of a binding, loaded once. `native: false` gives them with every test run as written
 * in XPath, as the native tests are checked against.
 */
export function en16931Rules(binding: Binding, { native = true } = {}): SchematronRules {
  const key = `${binding}:${native}`;
  let rules = loaded.get(key);
  if (!rules) {
    const dir = fileURLToPath(new URL('../../resources/en16931-schematron/', import.meta.url));
    rules = loadRuleFile(dir + FILES[binding], native ? NATIVE[binding] : undefined);
    loaded.set(key, rules);
  }
  return rules;
}

/** Every rule of a binding: id, severity and official English text (for documentation and tests). */
export function listRules(binding: Binding): SchAssert[] {
  return en16931Rules(binding).patterns.flatMap((p) => p.rules.flatMap((r) => r.asserts));
}

/** Runs the EN 16931 rules of one binding and gives one finding per failed assertion. */
export function checkEn16931(doc: XDoc, binding: Binding): Finding[] {
  return runRules(en16931Rules(binding), doc);
}

const VALUE_ATTRIBUTE = /normalize-space\(@(\w+)\)/;

export function runRules(rules: SchematronRules, doc: XDoc): Finding[] {
  const failed = runSchematron(rules, doc);
  if (failed.length > 0) ensureLines(doc.source);
  return failed.map(({ assert, node: context, culprit }) => {
    // A "shall not be present" rule points at the element that is there, not at its parent.
    const node = culprit ?? context;
    // The offending value: the attribute the rule tests (a scheme, a currency, a unit code), else the
    // node's own value when it is a leaf (a code, an amount).
    const attrName = VALUE_ATTRIBUTE.exec(assert.source)?.[1];
    const attr =
      attrName && node.kind === 'elem'
        ? node.attributes.find((a) => a.local === attrName)
        : undefined;
    const leaf = node.kind === 'attr' || (node.kind === 'elem' && node.children.length === 0);
    const value = attr ? attr.value.trim() : leaf ? stringValue(node).trim() : undefined;
    return {
      rule: assert.id,
      severity: assert.flag,
      message: { fr: frenchMessage(assert.id, assert.text), en: assert.text },
      location: pathOf(node),
      ...(node.kind === 'elem'
        ? { line: node.line }
        : node.kind === 'attr'
          ? { line: node.parent.line }
          : {}),
      ...(value ? { value } : {}),
    };
  });
}
