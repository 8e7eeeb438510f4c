/**
 * The conformance figures of the issue, judged exactly as ../shared/tools/check-conformance judges the
 * command line's JSON: EN 16931 verdict, identical CEN rule sets, Factur-X verdict.
 */
import type { Finding } from '../../src/finding';
import type { ManifestRow } from './corpus';

const PROFILE = /^(FX-|BR-FX)/;
const GERMAN = /^(BR-DE|PEPPOL|DE-|BR-TMP)/;
const CEN_ID = /^(BR-|UBL-|CII-)/;

export interface Outcome {
  valid: boolean;
  findings: Finding[];
}

export interface Figure {
  ok: number;
  n: number;
  pct: number;
}

export interface Figures {
  verdict: Figure;
  rules: Figure;
  facturx: Figure;
  disagreements: string[];
}

const figure = (ok: number, n: number): Figure => ({ ok, n, pct: n ? (100 * ok) / n : 100 });

export function cenRules(findings: Finding[]): Set<string> {
  return new Set(
    findings
      .filter(
        (f) =>
          f.severity === 'fatal' &&
          CEN_ID.test(f.rule) &&
          !PROFILE.test(f.rule) &&
          !GERMAN.test(f.rule),
      )
      .map((f) => f.rule),
  );
}

export function judge(rows: ManifestRow[], outcomes: Map<string, Outcome>): Figures {
  let vOk = 0,
    vN = 0,
    rOk = 0,
    rN = 0,
    fOk = 0,
    fN = 0;
  const disagreements: string[] = [];
  for (const r of rows) {
    const path = r.path ?? '';
    const o = outcomes.get(path);
    const exp = r.en16931_expected ?? 'n/a';
    if (exp !== 'n/a') {
      vN++;
      const cenInvalid = o?.findings.some(
        (f) => f.severity === 'fatal' && !PROFILE.test(f.rule) && !GERMAN.test(f.rule),
      );
      const got = o === undefined ? 'none' : cenInvalid ? 'invalid' : 'valid';
      if (got === exp) vOk++;
      else disagreements.push(`verdict\t${path}\twant ${exp}\tgot ${got}`);
      if (exp === 'invalid' && r.en16931_rules) {
        rN++;
        const want = [...new Set(r.en16931_rules.split(',').filter(Boolean))].sort().join(',');
        const have = o ? [...cenRules(o.findings)].sort().join(',') : 'none';
        if (want === have) rOk++;
        else disagreements.push(`rules\t${path}\twant ${want}\tgot ${have}`);
      }
    }
    const isFacturX =
      r.format === 'facturx-pdf' ||
      r.format === 'zugferd-pdf' ||
      ['MINIMUM', 'BASIC-WL', 'EXTENDED'].includes(r.profile ?? '');
    if (isFacturX && r.profile !== 'XRECHNUNG') {
      fN++;
      const got = o === undefined ? 'none' : o.valid ? 'valid' : 'invalid';
      if (got === r.expected) fOk++;
      else disagreements.push(`facturx\t${path}\twant ${r.expected ?? ''}\tgot ${got}`);
    }
  }
  return {
    verdict: figure(vOk, vN),
    rules: figure(rOk, rN),
    facturx: figure(fOk, fN),
    disagreements,
  };
}
