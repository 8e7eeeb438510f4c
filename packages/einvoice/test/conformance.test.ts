/**
 * Corpus conformance (issue targets: EN 16931 verdict ≥ 98 %, CEN rule sets ≥ 95 %, Factur-X verdict
 * ≥ 90 %). Validates every file of ../shared/corpus/MANIFEST.tsv in process, judges it as
 * ../shared/tools/check-conformance does, prints the figures and fails when one drops below the
 * level already reached (conformance-ratchet.json: raise it when a figure goes up, never lower it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initValidation, validateInvoice } from '../src/validate/index';
import { CORPUS, readManifest } from './support/corpus';
import type { Figures, Outcome } from './support/figures';
import { judge } from './support/figures';
import { RATCHET, checkRatchet } from './support/ratchet';

describe('corpus conformance against the official verdicts', () => {
  let figures: Figures;

  beforeAll(async () => {
    await initValidation();
    const rows = readManifest(resolve(CORPUS, 'MANIFEST.tsv'));
    const outcomes = new Map<string, Outcome>();
    for (const row of rows) {
      const path = row.path ?? '';
      const report = await validateInvoice(new Uint8Array(readFileSync(resolve(CORPUS, path))));
      outcomes.set(path, report);
    }
    figures = judge(rows, outcomes);
    const f = figures;
    console.log(
      `EN16931 verdict ${f.verdict.pct.toFixed(1)}% (${f.verdict.ok}/${f.verdict.n}); ` +
        `CEN rule sets ${f.rules.pct.toFixed(1)}% (${f.rules.ok}/${f.rules.n}); ` +
        `Factur-X verdict ${f.facturx.pct.toFixed(1)}% (${f.facturx.ok}/${f.facturx.n})\n` +
        f.disagreements.join('\n'),
    );
  }, 120_000);

  it('EN 16931 verdict does not drop below the level reached', () => {
    checkRatchet('en16931Verdict', figures.verdict.pct);
    expect(figures.verdict.pct).toBeGreaterThanOrEqual(RATCHET.en16931Verdict);
  });

  it('CEN rule sets do not drop below the level reached', () => {
    checkRatchet('en16931Rules', figures.rules.pct);
    expect(figures.rules.pct).toBeGreaterThanOrEqual(RATCHET.en16931Rules);
  });

  it('Factur-X verdict does not drop below the level reached', () => {
    checkRatchet('facturxVerdict', figures.facturx.pct);
    expect(figures.facturx.pct).toBeGreaterThanOrEqual(RATCHET.facturxVerdict);
  });
});
