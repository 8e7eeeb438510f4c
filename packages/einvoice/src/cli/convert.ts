/**
 * `chorale convert --to ubl|cii|facturx IN OUT [--lang fr|en] [--profile P]`: reads a UBL, CII or
 * Factur-X / ZUGFeRD PDF invoice (told apart by its bytes) and writes it in the requested syntax.
 * For facturx, --lang chooses the language of the rendering and --profile the Factur-X profile
 * (default: the one the invoice declares, else EN16931). Exit code 0 when written, 1 when the input
 * cannot be read (or the output cannot be written), 2 on a usage error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFacturX } from '../facturx/write-facturx';
import type { WritableProfile } from '../facturx/write-facturx';
import { readInvoice } from '../facturx/read';
import type { Finding } from '../finding';
import { writeCii, writeUbl } from '../write/index';

type Lang = 'fr' | 'en';
type Target = 'ubl' | 'cii' | 'facturx';

interface Args {
  to: Target;
  input: string;
  output: string;
  lang: Lang;
  profile?: WritableProfile;
}

const USAGE =
  'Usage: chorale convert --to ubl|cii|facturx IN OUT [--lang fr|en] [--profile MINIMUM|BASIC-WL|BASIC|EN16931|EXTENDED]\n';
const PROFILES: readonly string[] = ['MINIMUM', 'BASIC-WL', 'BASIC', 'EN16931', 'EXTENDED'];

function optionValue(args: string[], i: number, name: string): [string | undefined, number] {
  const a = args[i] ?? '';
  return a.startsWith(`${name}=`) ? [a.slice(name.length + 1), i] : [args[i + 1], i + 1];
}

function parseArgs(args: string[]): Args | string {
  const files: string[] = [];
  let to: string | undefined;
  let lang: Lang = 'fr';
  let profile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const name = a.split('=')[0] ?? '';
    if (name === '--to' || name === '--lang' || name === '--profile') {
      const [v, next] = optionValue(args, i, name);
      i = next;
      if (v === undefined) return `${name} needs a value`;
      if (name === '--to') to = v;
      else if (name === '--profile') profile = v.toUpperCase().replace(' ', '-');
      else if (v === 'fr' || v === 'en') lang = v;
      else return `--lang must be fr or en (got ${v})`;
    } else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else files.push(a);
  }
  if (to === undefined) return 'missing --to ubl|cii|facturx';
  if (to !== 'ubl' && to !== 'cii' && to !== 'facturx') {
    return `--to must be ubl, cii or facturx (got ${to})`;
  }
  if (profile !== undefined && !PROFILES.includes(profile)) {
    return `--profile must be one of ${PROFILES.join(', ')} (got ${profile})`;
  }
  if (profile !== undefined && to !== 'facturx') return '--profile applies to --to facturx only';
  const [input, output, ...extra] = files;
  if (input === undefined || output === undefined) return 'IN and OUT files are required';
  if (extra.length > 0) return `unexpected argument ${extra[0]}`;
  if (resolve(input) === resolve(output)) return 'OUT must differ from IN';
  return {
    to,
    input,
    output,
    lang,
    ...(profile !== undefined ? { profile: profile as WritableProfile } : {}),
  };
}

function findingLine(f: Finding, lang: Lang): string {
  const where = f.line !== undefined ? ` (${lang === 'fr' ? 'ligne' : 'line'} ${f.line})` : '';
  return `  ${f.severity === 'fatal' ? (lang === 'fr' ? 'erreur' : 'error') : lang === 'fr' ? 'avertissement' : 'warning'} ${f.rule}${where}: ${f.message[lang]}\n`;
}

export async function runConvert(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`chorale convert: ${args}\n${USAGE}`);
    return 2;
  }
  const { lang } = args;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(args.input));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    process.stderr.write(
      lang === 'fr'
        ? `chorale convert : impossible de lire ${args.input} (${reason})\n`
        : `chorale convert: cannot read ${args.input} (${reason})\n`,
    );
    return 1;
  }
  const read = await readInvoice(bytes);
  const fatal = read.findings.filter((f) => f.severity === 'fatal');
  if (!read.invoice) {
    process.stderr.write(
      (lang === 'fr'
        ? `chorale convert : ${args.input} n'est pas une facture lisible (UBL, CII ou PDF Factur-X)\n`
        : `chorale convert: ${args.input} is not a readable invoice (UBL, CII or Factur-X PDF)\n`) +
        fatal.map((f) => findingLine(f, lang)).join(''),
    );
    return 1;
  }
  let out: Uint8Array;
  try {
    if (args.to === 'facturx') {
      out = await writeFacturX(read.invoice, {
        lang,
        ...(args.profile ? { profile: args.profile } : {}),
      });
    } else {
      const xml = args.to === 'ubl' ? writeUbl(read.invoice) : writeCii(read.invoice);
      out = new TextEncoder().encode(xml);
    }
    await writeFile(args.output, out);
  } catch (e) {
    process.stderr.write(
      lang === 'fr'
        ? `chorale convert : impossible d'écrire ${args.output} (${String(e)})\n`
        : `chorale convert: cannot write ${args.output} (${String(e)})\n`,
    );
    return 1;
  }
  const from = read.format + (read.profile ? ` ${read.profile}` : '');
  const target = { ubl: 'UBL 2.1', cii: 'CII D16B', facturx: 'Factur-X PDF/A-3' }[args.to];
  process.stdout.write(
    (lang === 'fr'
      ? `${args.input} (${from}) → ${args.output} (${target}), ${out.byteLength} octets\n`
      : `${args.input} (${from}) → ${args.output} (${target}), ${out.byteLength} bytes\n`) +
      read.findings
        .filter((f) => f.severity === 'warning')
        .map((f) => findingLine(f, lang))
        .join(''),
  );
  return 0;
}
