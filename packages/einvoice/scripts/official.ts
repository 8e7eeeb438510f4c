/**
 * Differential harness: runs the official CEN EN 16931 XSLT (v1.3.16, ../shared/en16931) with
 * SaxonJS on an invoice and compares its fatal rule IDs with ours. A dev tool only (saxon-js is a
 * dev dependency and the XSLT is reference material): it fails loudly when ../shared is missing.
 * The stylesheets are compiled to SEF with xslt3 once and cached in node_modules/.cache/chorale-official/
 * (ignored by git, the formatter and the linter).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Binding } from '../src/rules/en16931';
import { checkEn16931 } from '../src/rules/en16931';
import { isPdf } from '../src/facturx/extract';
import { extractPdfInvoice } from '../src/facturx/read';
import { parseXml } from '../src/xml/parse';
import { buildXdm } from '../src/xpath/xdm';

const PACKAGE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(PACKAGE, '../../../shared');
const CACHE = resolve(PACKAGE, '../../node_modules/.cache/chorale-official');
const XSLT: Record<Binding, string> = {
  ubl: resolve(SHARED, 'en16931/ubl/xslt/EN16931-UBL-validation.xslt'),
  cii: resolve(SHARED, 'en16931/cii/xslt/EN16931-CII-validation.xslt'),
};

interface SaxonResult {
  principalResult: string;
}
interface Saxon {
  transform(options: Record<string, unknown>, mode: 'sync'): SaxonResult;
}

const require = createRequire(import.meta.url);
let saxon: Saxon | undefined;
const stylesheets = new Map<Binding, unknown>();

/** The compiled official stylesheet of a binding (compiled on first use, then read from the cache). */
export function officialStylesheet(binding: Binding): unknown {
  const cached = stylesheets.get(binding);
  if (cached) return cached;
  const xslt = XSLT[binding];
  if (!existsSync(xslt))
    throw new Error(`official XSLT not found at ${xslt}: the harness needs ../shared`);
  const sef = resolve(CACHE, `${binding}.sef.json`);
  if (!existsSync(sef)) {
    mkdirSync(CACHE, { recursive: true });
    // Written under a temporary name, then renamed: an interrupted compilation leaves no broken cache.
    const tmp = `${sef}.${process.pid}.tmp`;
    execFileSync(
      process.execPath,
      [
        require.resolve('xslt3/xslt3.js'),
        `-xsl:${xslt}`,
        `-export:${tmp}`,
        '-nogo',
        '-relocate:on',
      ],
      { stdio: 'ignore' },
    );
    renameSync(tmp, sef);
  }
  const compiled: unknown = JSON.parse(readFileSync(sef, 'utf8'));
  stylesheets.set(binding, compiled);
  return compiled;
}

export interface OfficialAssert {
  id: string;
  flag: string;
}

/** Failed assertions reported by the official XSLT for an XML invoice. */
export function officialAsserts(xml: string, binding: Binding): OfficialAssert[] {
  saxon ??= require('saxon-js') as Saxon;
  const result = saxon.transform(
    { stylesheetInternal: officialStylesheet(binding), sourceText: xml, destination: 'serialized' },
    'sync',
  );
  const out: OfficialAssert[] = [];
  for (const m of result.principalResult.matchAll(/<svrl:failed-assert\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const id = /\sid="([^"]*)"/.exec(attrs)?.[1];
    const flag = /\sflag="([^"]*)"/.exec(attrs)?.[1] ?? 'fatal';
    if (id) out.push({ id, flag });
  }
  return out;
}

export function bindingOf(xml: string): Binding {
  return /<(\w+:)?CrossIndustryInvoice[\s>]/.test(xml) ? 'cii' : 'ubl';
}

export interface Comparison {
  ours: string[];
  official: string[];
  same: boolean;
  /** Set when the official stylesheet raised an error (SaxonJS stops on dynamic errors). */
  officialError?: string;
  /** Set when there is nothing to compare (a PDF with no invoice XML). */
  skipped?: string;
}

/** Compares two lists of fatal rule IDs as sets. */
export function compareRuleSets(ours: Iterable<string>, official: Iterable<string>): Comparison {
  const a = [...new Set(ours)].sort();
  const b = [...new Set(official)].sort();
  return { ours: a, official: b, same: a.join(',') === b.join(',') };
}

/**
 * Our fatal EN 16931 rule IDs on the same footing as the official XSLT: the CEN rules of the
 * document's binding, whatever profile it declares (the profile routing of `validateInvoice` is
 * judged by the corpus tests, not here).
 */
export function ourFatalRules(bytes: Uint8Array, binding: Binding): string[] {
  const parsed = parseXml(bytes);
  if (!parsed.ok) return parsed.findings.map((f) => f.rule);
  return checkEn16931(buildXdm(parsed.doc), binding)
    .filter((f) => f.severity === 'fatal')
    .map((f) => f.rule);
}

/** Runs both sides on one XML invoice. */
export function compareWithOfficial(bytes: Uint8Array): Comparison {
  const xml = xmlText(bytes);
  const binding = bindingOf(xml);
  const ours = ourFatalRules(bytes, binding);
  try {
    const official = officialAsserts(xml, binding)
      .filter((a) => a.flag === 'fatal')
      .map((a) => a.id);
    return compareRuleSets(ours, official);
  } catch (e) {
    return {
      ...compareRuleSets(ours, []),
      same: false,
      officialError: e instanceof Error ? e.message : String(e),
    };
  }
}

/** The document as text for SaxonJS, decoded as its XML declaration says (UTF-8 unless told otherwise). */
function xmlText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding=["']([\w.-]+)["']/.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Either an XML invoice or a Factur-X / ZUGFeRD PDF, whose embedded XML is compared. */
export async function compareFileWithOfficial(bytes: Uint8Array): Promise<Comparison> {
  if (!isPdf(bytes)) return compareWithOfficial(bytes);
  const extracted = await extractPdfInvoice(bytes);
  if ('findings' in extracted) {
    return { ours: [], official: [], same: false, skipped: 'no invoice XML in this PDF' };
  }
  return compareWithOfficial(extracted.xml);
}
