import {
  validateInvoices,
  type Finding,
  type Invoice,
  type SourceMap,
  type ValidationReport,
} from '@chorale/einvoice';
import type { StoredFinding } from '../../db/tables/fluxes';
import { checkEntrySyntaxDeep, type FluxSyntax } from '../../flux/unpack';

/** One invoice file of a flux, read and judged by the EN 16931 rules (no database needed). */
export interface EntryReading {
  model?: Invoice;
  sourceMap?: SourceMap;
  /** Fatal findings refuse the invoice; warnings are reported beside an accepted one. */
  findings: StoredFinding[];
  fatal: boolean;
}

/** A report of 500 refusals each listing every schema error would be unreadable and huge. */
const MAX_FINDINGS = 100;

function stored(f: Finding): StoredFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...(f.location ? { location: f.location } : {}),
    ...(f.value !== undefined ? { value: f.value.slice(0, 500) } : {}),
  };
}

/**
 * The same reader and rules as every other path of intake (`validateInvoices`: safe parse, XML
 * Schema, EN 16931 or Factur-X profile rules), after checking each file is of the declared syntax.
 * The files are validated together, a batch at a time (see `validateInvoices`); each reading is
 * the one a file validated alone would get.
 */
export async function readFluxEntries(
  syntax: FluxSyntax,
  entries: { name: string; bytes: Uint8Array }[],
): Promise<EntryReading[]> {
  const readings: (EntryReading | undefined)[] = new Array<EntryReading | undefined>(
    entries.length,
  );
  const toValidate: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const mismatch = await checkEntrySyntaxDeep(syntax, entries[i]!);
    if (mismatch) {
      readings[i] = {
        fatal: true,
        findings: [{ rule: mismatch.code, severity: 'fatal', message: mismatch.message }],
      };
    } else toValidate.push(i);
  }
  const reports = await validateInvoices(toValidate.map((i) => entries[i]!.bytes));
  toValidate.forEach((i, k) => {
    readings[i] = fromReport(reports[k]!);
  });
  return readings as EntryReading[];
}

function fromReport(report: ValidationReport): EntryReading {
  const fatal = report.findings.filter((f) => f.severity === 'fatal');
  const warnings = report.findings.filter((f) => f.severity !== 'fatal');
  const findings = [...fatal, ...warnings].slice(0, MAX_FINDINGS).map(stored);
  if (!report.invoice && fatal.length === 0) {
    findings.unshift({
      rule: 'FLUX_ENTRY_UNREADABLE',
      severity: 'fatal',
      message: {
        fr: 'Le fichier ne contient pas de facture lisible.',
        en: 'The file holds no readable invoice.',
      },
    });
  }
  return {
    ...(report.invoice ? { model: report.invoice } : {}),
    ...(report.sourceMap ? { sourceMap: report.sourceMap } : {}),
    findings,
    fatal: !report.valid || !report.invoice,
  };
}
