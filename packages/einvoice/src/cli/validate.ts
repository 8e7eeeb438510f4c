/**
 * `chorale validate FILE... [--json] [--lang fr|en]`: one result per file. With --json, one JSON
 * object per line: {"file","format","profile","valid","errors":[{"rule","severity","message",
 * "location","line","value"}]} (warnings included, with their severity). Exit code 0 when every file
 * is valid, 1 when any is invalid or unreadable, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import type { Finding } from '../finding';
import type { ValidationReport } from '../validate/index';
import { fitsInBatch, initValidation, validateInvoice, validateInvoices } from '../validate/index';

type Lang = 'fr' | 'en';

interface Args {
  files: string[];
  json: boolean;
  lang: Lang;
}

const USAGE = 'Usage: chorale validate FILE... [--json] [--lang fr|en]\n';

function parseArgs(args: string[]): Args | string {
  const out: Args = { files: [], json: false, lang: 'fr' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') out.json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : args[++i];
      if (v !== 'fr' && v !== 'en') return `--lang must be fr or en (got ${v ?? 'nothing'})`;
      out.lang = v;
    } else if (a === '--') {
      out.files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else out.files.push(a);
  }
  if (out.files.length === 0) return 'no file given';
  return out;
}

function jsonLine(file: string, r: ValidationReport, lang: Lang): string {
  return JSON.stringify({
    file,
    format: r.format,
    profile: r.profile ?? null,
    valid: r.valid,
    errors: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message[lang],
      location: f.location ?? null,
      line: f.line ?? null,
      value: f.value ?? null,
    })),
  });
}

function describeFormat(r: ValidationReport, lang: Lang): string {
  const names: Record<ValidationReport['format'], string> = {
    'ubl-invoice': 'UBL Invoice',
    'ubl-creditnote': 'UBL CreditNote',
    cii: 'CII',
    pdf: 'PDF',
    unknown: lang === 'fr' ? 'format inconnu' : 'unknown format',
  };
  return names[r.format] + (r.profile ? `, ${r.profile}` : '');
}

function humanBlock(file: string, r: ValidationReport, lang: Lang): string {
  const fatal = r.findings.filter((f) => f.severity === 'fatal').length;
  const warn = r.findings.length - fatal;
  const head =
    lang === 'fr'
      ? `${r.valid ? 'VALIDE  ' : 'INVALIDE'} ${file} (${describeFormat(r, lang)}) : ${fatal} erreur(s), ${warn} avertissement(s)`
      : `${r.valid ? 'VALID  ' : 'INVALID'} ${file} (${describeFormat(r, lang)}): ${fatal} error(s), ${warn} warning(s)`;
  const lines = r.findings.map((f: Finding) => {
    const where = [
      f.line !== undefined ? `${lang === 'fr' ? 'ligne' : 'line'} ${f.line}` : '',
      f.location ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    const sev =
      f.severity === 'fatal'
        ? lang === 'fr'
          ? 'erreur'
          : 'error'
        : lang === 'fr'
          ? 'avert.'
          : 'warning';
    const value =
      f.value === undefined
        ? ''
        : lang === 'fr'
          ? ` [valeur : « ${f.value} »]`
          : ` [value: "${f.value}"]`;
    return `  ${sev} ${f.rule}: ${f.message[lang]}${value}${where ? `\n      ${where}` : ''}`;
  });
  return [head, ...lines].join('\n') + '\n';
}

function unreadable(file: string, e: unknown): ValidationReport {
  const reason = e instanceof Error ? e.message : String(e);
  return {
    format: 'unknown',
    valid: false,
    findings: [
      {
        rule: 'FILE-UNREADABLE',
        severity: 'fatal',
        message: {
          fr: `Le fichier ne peut pas être lu : ${reason}`,
          en: `The file cannot be read: ${reason}`,
        },
      },
    ],
  };
}

export async function runValidate(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`chorale validate: ${args}\n${USAGE}`);
    return 2;
  }
  await initValidation();
  let allValid = true;
  // The files are read and validated a batch at a time (as `validateInvoices` cuts them), and each
  // result is written as soon as its batch is done.
  let batch: { file: string; bytes?: Uint8Array; error?: unknown }[] = [];
  let batchBytes = 0;
  const flush = async (): Promise<void> => {
    const reports = await reportsOf(batch);
    batch.forEach(({ file }, i) => {
      const report = reports[i] as ValidationReport;
      allValid &&= report.valid;
      process.stdout.write(
        args.json ? jsonLine(file, report, args.lang) + '\n' : humanBlock(file, report, args.lang),
      );
    });
    batch = [];
    batchBytes = 0;
  };
  for (const file of args.files) {
    let entry: (typeof batch)[number];
    try {
      entry = { file, bytes: new Uint8Array(await readFile(file)) };
    } catch (error) {
      entry = { file, error };
    }
    const size = entry.bytes?.length ?? 0;
    if (!fitsInBatch(batch.length, batchBytes, size)) await flush();
    batch.push(entry);
    batchBytes += size;
  }
  await flush();
  return allValid ? 0 : 1;
}

/**
 * The reports of a batch of files: validated together, or, should that throw, one by one, so that
 * the file that fails is the one reported unreadable.
 */
async function reportsOf(
  batch: { file: string; bytes?: Uint8Array; error?: unknown }[],
): Promise<ValidationReport[]> {
  const readable = batch.filter((e) => e.bytes !== undefined);
  let together: ValidationReport[] | undefined;
  try {
    together = await validateInvoices(readable.map((e) => e.bytes as Uint8Array));
  } catch {
    together = undefined;
  }
  const reports: ValidationReport[] = [];
  let k = 0;
  for (const { file, bytes, error } of batch) {
    if (bytes === undefined) {
      reports.push(unreadable(file, error));
      continue;
    }
    const report = together?.[k++];
    if (report) {
      reports.push(report);
      continue;
    }
    try {
      reports.push(await validateInvoice(bytes));
    } catch (e) {
      reports.push(unreadable(file, e));
    }
  }
  return reports;
}
