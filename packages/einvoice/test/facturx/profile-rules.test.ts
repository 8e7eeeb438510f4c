import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacturX } from '../../src/facturx/extract';
import { checkFacturXProfile } from '../../src/facturx/profile-rules/check';
import { readInvoice } from '../../src/facturx/read';
import { parseXml } from '../../src/xml/parse';
import { CORPUS, readManifest } from '../support/corpus';
import { MUTATIONS } from './profile-mutations';

async function samples(): Promise<Record<'MINIMUM' | 'BASIC-WL', string>> {
  const pdf = readFileSync(resolve(CORPUS, 'facturx-pdf/valid/zcorpus__Facture_FR_BASICWL.pdf'));
  const basicWl = (await extractFacturX(new Uint8Array(pdf))).xml;
  if (!basicWl) throw new Error('BASIC WL sample not found in the corpus PDF');
  return {
    MINIMUM: readFileSync(resolve(CORPUS, 'cii/valid/mustang__facturFrMinimum.xml'), 'utf8'),
    'BASIC-WL': new TextDecoder().decode(basicWl),
  };
}

function fatalRules(xml: string, profile: 'MINIMUM' | 'BASIC-WL'): string[] {
  const parsed = parseXml(new TextEncoder().encode(xml));
  if (!parsed.ok) throw new Error('variant is not well-formed');
  const rules = checkFacturXProfile(parsed.doc, profile)
    .filter((f) => f.severity === 'fatal')
    .map((f) => f.rule);
  return [...new Set(rules)].sort();
}

describe('Factur-X MINIMUM and BASIC WL profile rules', () => {
  it('agree with the official XSLT on each broken variant', async () => {
    const base = await samples();
    for (const m of MUTATIONS) {
      expect(fatalRules(m.mutate(base[m.profile]), m.profile), m.name).toEqual(
        [...m.expected].sort(),
      );
    }
  });

  it('give no fatal finding on the corpus files that are valid for their profile', async () => {
    const rows = readManifest(resolve(CORPUS, 'MANIFEST.tsv')).filter(
      (r) => r.profile === 'MINIMUM' || r.profile === 'BASIC-WL',
    );
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (const row of rows) {
      const r = await readInvoice(new Uint8Array(readFileSync(resolve(CORPUS, row.path ?? ''))));
      expect(r.xml, row.path).toBeDefined();
      if (!r.xml) continue;
      const fatal = checkFacturXProfile(r.xml, r.profile).filter((f) => f.severity === 'fatal');
      // The corpus's verdicts on these files list no profile-rule ID (the invalid ones fail only the XSD).
      expect(
        fatal.map((f) => f.rule),
        row.path,
      ).toEqual([]);
    }
  });

  it('say what is wrong in French and English, with where and the value', async () => {
    const base = await samples();
    const xml = base.MINIMUM.replace(
      '<ram:TypeCode>380</ram:TypeCode>',
      '<ram:TypeCode>999</ram:TypeCode>',
    );
    const parsed = parseXml(new TextEncoder().encode(xml));
    if (!parsed.ok) throw new Error('not well-formed');
    const [f] = checkFacturXProfile(parsed.doc, 'MINIMUM');
    expect(f?.message.en).toBe("Value of 'ram:TypeCode' is not allowed.");
    expect(f?.message.fr).toContain('TypeCode');
    expect(f?.message.fr).toContain('999');
    expect(f?.location).toContain('TypeCode');
    expect(f?.line).toBeGreaterThan(1);
    expect(f?.value).toBe('999');
  });

  it('have no rules of their own for XRechnung or an undeclared profile', async () => {
    const base = await samples();
    const parsed = parseXml(new TextEncoder().encode(base.MINIMUM));
    if (!parsed.ok) throw new Error('not well-formed');
    expect(checkFacturXProfile(parsed.doc, 'XRECHNUNG')).toEqual([]);
    expect(checkFacturXProfile(parsed.doc, undefined)).toEqual([]);
  });
});
