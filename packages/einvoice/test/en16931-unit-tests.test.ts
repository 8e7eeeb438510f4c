/**
 * The official CEN rule-level unit tests (../shared/corpus/en16931-unit-tests, VEFA testSets): each
 * <test> holds a document fragment and says which rule must fire (<error>/<warning>) or must not
 * (<success>). Issue target: ≥ 95 % of the cases; the level reached is kept in conformance-ratchet.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEn16931 } from '../src/rules/en16931';
import { parseXml } from '../src/xml/parse';
import { buildXdm } from '../src/xpath/xdm';
import { CORPUS, requireShared } from './support/corpus';
import { RATCHET, checkRatchet } from './support/ratchet';

interface Case {
  file: string;
  expect: 'error' | 'warning' | 'success';
  rule: string;
  passed: boolean;
}

function runUnitTests(): Case[] {
  requireShared();
  const cases: Case[] = [];
  const base = resolve(CORPUS, 'en16931-unit-tests');
  for (const dir of ['ubl-invoice', 'ubl-creditnote', 'cii']) {
    for (const name of readdirSync(resolve(base, dir)).filter((f) => f.endsWith('.xml'))) {
      const parsed = parseXml(readFileSync(resolve(base, dir, name)));
      if (!parsed.ok) throw new Error(`${dir}/${name}: ${parsed.findings[0]?.message.en ?? ''}`);
      for (const test of parsed.doc.root.children.filter((c) => c.local === 'test')) {
        const fragment = test.children.find((c) => c.local !== 'assert');
        const assert = test.children.find((c) => c.local === 'assert');
        if (!fragment || !assert) continue;
        const doc = buildXdm({ root: fragment, encoding: 'UTF-8', elementCount: 0 });
        const fired = new Set(
          checkEn16931(doc, fragment.local === 'CrossIndustryInvoice' ? 'cii' : 'ubl').map(
            (f) => f.rule,
          ),
        );
        for (const e of assert.children) {
          if (e.local !== 'error' && e.local !== 'warning' && e.local !== 'success') continue;
          const rule = e.text.trim();
          const passed = e.local === 'success' ? !fired.has(rule) : fired.has(rule);
          cases.push({ file: `${dir}/${name}`, expect: e.local, rule, passed });
        }
      }
    }
  }
  return cases;
}

describe('CEN EN 16931 unit tests', () => {
  it('gives the expected outcome for the share of cases reached so far', () => {
    const cases = runUnitTests();
    const passed = cases.filter((c) => c.passed).length;
    const pct = (100 * passed) / cases.length;
    const failed = cases
      .filter((c) => !c.passed)
      .map((c) => `${c.file}: expected ${c.expect} ${c.rule}`);
    console.log(
      `CEN unit tests: ${pct.toFixed(1)}% (${passed}/${cases.length})\n${failed.join('\n')}`,
    );
    expect(cases.length).toBeGreaterThanOrEqual(687);
    checkRatchet('unitTests', pct);
    expect(pct).toBeGreaterThanOrEqual(RATCHET.unitTests);
  });
});
