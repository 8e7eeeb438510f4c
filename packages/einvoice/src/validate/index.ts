/**
 * `validateInvoice(bytes)`: the one validator every path of intake goes through.
 * bytes → format → (PDF: embedded XML) → safe parse → XML Schema (base, and the Factur-X profile's
 * when one is declared) → EN 16931 business and syntax rules (or the Factur-X MINIMUM / BASIC WL
 * profile rules) → findings with rule ID, severity, FR/EN message, XPath, line and value.
 */
import type { Finding } from '../finding';
import { hasFatal } from '../finding';
import type { Invoice } from '../model/invoice';
import type { SourceMap } from '../model/source-map';
import { detectFormat, readInvoiceXml } from '../read/read-invoice';
import type { XmlDocument, XmlElement } from '../xml/types';
import { buildXdm, releaseXdm } from '../xpath/xdm';
import type { Binding } from '../rules/en16931';
import { checkEn16931, en16931Rules } from '../rules/en16931';
import type { SchemaId } from './schema';
import { initSchemas, parseForSchema, validateSchema } from './schema';
import type { Profile } from './profile';
import { isNotEn16931, profileFromSpecification } from './profile';
import { extractPdfXml, profileRules } from './facturx-bridge';

export type ValidatedFormat = 'ubl-invoice' | 'ubl-creditnote' | 'cii' | 'pdf' | 'unknown';

export interface ValidationReport {
  format: ValidatedFormat;
  /** Factur-X / ZUGFeRD / XRechnung profile declared by the document (BT-24), when recognised. */
  profile?: Profile;
  /** True when no finding is fatal. */
  valid: boolean;
  findings: Finding[];
  /** The invoice read into the EN 16931 model, when the XML could be read. */
  invoice?: Invoice;
  /** Where each business term of `invoice` was read from. */
  sourceMap?: SourceMap;
}

export interface ValidateOptions {
  /** Skip the XML Schema step (the rules still run). */
  skipSchema?: boolean;
}

/**
 * Young generation size (MB) for threads that validate many invoices (V8's `maxYoungGenerationSizeMb`
 * resource limit of a worker thread). The rules allocate many short-lived values: with V8's default
 * (about half this) collecting them costs about a third more time per invoice, measured by
 * `npm run bench` with BENCH_YOUNG_MB=0.
 */
export const VALIDATION_YOUNG_GENERATION_MB = 96;

/**
 * Loads libxml2 and the rule sets once; `validateInvoiceSync` may be called after it resolves.
 * Reading the rules turns V8's allocation-site pretenuring off for the process (see
 * `keepInvoicesYoung`).
 */
export async function initValidation(): Promise<void> {
  await initSchemas();
  en16931Rules('ubl');
  en16931Rules('cii');
}

export async function validateInvoice(
  bytes: Uint8Array,
  opts: ValidateOptions = {},
): Promise<ValidationReport> {
  await initValidation();
  if (detectFormat(bytes) === 'pdf') {
    const extracted = await extractPdfXml(bytes);
    if ('findings' in extracted)
      return { format: 'pdf', valid: false, findings: extracted.findings };
    const report = validateXml(extracted.xml, {
      ...opts,
      fromPdf: true,
      pdfProfile: extracted.profile,
    });
    return { ...report, format: 'pdf', findings: [...extracted.warnings, ...report.findings] };
  }
  return validateXml(bytes, opts);
}

/** Synchronous validation of XML bytes; `initValidation()` must have been awaited first. */
export function validateInvoiceSync(
  bytes: Uint8Array,
  opts: ValidateOptions = {},
): ValidationReport {
  return validateXml(bytes, opts);
}

function declaredSpecification(xml: XmlDocument, format: ValidatedFormat): string | undefined {
  const child = (el: XmlElement | undefined, local: string): XmlElement | undefined =>
    el?.children.find((c) => c.local === local);
  if (format === 'cii') {
    const ctx = child(xml.root, 'ExchangedDocumentContext');
    return child(child(ctx, 'GuidelineSpecifiedDocumentContextParameter'), 'ID')?.text;
  }
  return child(xml.root, 'CustomizationID')?.text;
}

const PROFILE_SCHEMA: Partial<Record<Profile, SchemaId>> = {
  MINIMUM: 'fx-minimum',
  'BASIC-WL': 'fx-basicwl',
  BASIC: 'fx-basic',
  EN16931: 'fx-en16931',
  EXTENDED: 'fx-extended',
};

/** Rule IDs of the CEN artefacts (business rules and syntax bindings). */
const CEN_RULE = /^(BR-(?!FX)|UBL-|CII-)/;

interface XmlOptions extends ValidateOptions {
  fromPdf?: boolean;
  pdfProfile?: Profile;
}

function validateXml(bytes: Uint8Array, opts: XmlOptions): ValidationReport {
  const read = readInvoiceXml(bytes);
  const { format, xml } = read;
  if (format === 'unknown' || !xml)
    return { format: 'unknown', valid: false, findings: read.findings };
  const profile = profileFromSpecification(declaredSpecification(xml, format)) ?? opts.pdfProfile;
  // A Factur-X profile's own schema and rules apply to PDFs, and to standalone CII that declares a
  // profile that is not EN 16931 (MINIMUM, BASIC WL, EXTENDED), as in the official verdicts.
  const profileApplies =
    format === 'cii' && profile !== undefined && (opts.fromPdf === true || isNotEn16931(profile));
  const findings: Finding[] = [...read.findings];

  if (!opts.skipSchema) {
    const sdoc = parseForSchema(bytes);
    if (Array.isArray(sdoc)) findings.push(...sdoc);
    else {
      try {
        const fx = profileApplies && profile ? PROFILE_SCHEMA[profile] : undefined;
        const schemaFindings = [
          ...validateSchema(sdoc, format),
          ...(fx ? validateSchema(sdoc, fx) : []),
        ];
        // libxml2 names the unprefixed root `*`: give it its name, as the rule findings do.
        const root = `/${xml.root.name}`;
        for (const f of schemaFindings) {
          if (f.location === '/*' || f.location?.startsWith('/*/'))
            f.location = root + f.location.slice(2);
        }
        findings.push(...schemaFindings);
      } finally {
        sdoc.dispose();
      }
    }
  }

  const doc = buildXdm(xml);
  const binding: Binding = format === 'cii' ? 'cii' : 'ubl';
  if (profileApplies && profile) {
    const fx = profileRules(profile, doc, xml);
    // BASIC and EN16931 are EN 16931 invoices: the CEN rules below judge the BR-* and syntax rules,
    // so only the Factur-X profile's own checks (FX-*, BR-FX*) are added from its Schematron.
    findings.push(...(isNotEn16931(profile) ? fx : fx.filter((f) => !CEN_RULE.test(f.rule))));
  }
  if (!(profileApplies && isNotEn16931(profile))) findings.push(...checkEn16931(doc, binding));
  releaseXdm(doc);
  return {
    format,
    ...(profile ? { profile } : {}),
    valid: !hasFatal(findings),
    findings,
    ...(read.invoice ? { invoice: read.invoice } : {}),
    ...(read.sourceMap ? { sourceMap: read.sourceMap } : {}),
  };
}
