/**
 * `validateInvoice(bytes)`: the one validator every path of intake goes through.
 * bytes → format → (PDF: embedded XML) → parse (libxml2's, its tree copied, or the safe parser's:
 * see `readShared`) → XML Schema (base, and the Factur-X profile's when one is declared) → EN 16931
 * business and syntax rules (or the Factur-X MINIMUM / BASIC WL profile rules) → findings with rule
 * ID, severity, FR/EN message, XPath, line and value.
 */
import type { Finding } from '../finding';
import { hasFatal } from '../finding';
import type { Invoice } from '../model/invoice';
import type { SourceMap } from '../model/source-map';
import type { ReadResult } from '../read/types';
import { detectFormat, formatOfRoot, readInvoiceXml, readParsedXml } from '../read/read-invoice';
import { DEFAULT_XML_LIMITS } from '../xml/parse';
import { declaredUtf8 } from '../xml/decode';
import { assignStartLines } from '../xml/lines';
import { copyLibxml2Tree } from './libxml2';
import type { XmlDocument, XmlElement } from '../xml/types';
import { buildXdm, releaseXdm } from '../xpath/xdm';
import type { Binding } from '../rules/en16931';
import { checkEn16931, en16931Rules } from '../rules/en16931';
import type { SchemaDocument, SchemaId } from './schema';
import { initSchemas, parseForSchema, parseLibxml2, validateSchema } from './schema';
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

/**
 * Validates many invoices: for each, in order, the same report as `validateInvoice` gives.
 * The XML files (those inside PDFs included) are validated a batch at a time, one step for the
 * whole batch before the next (every read, then every schema check, then every rule run): libxml2
 * and the rules then each keep the processor's caches for themselves for a while, instead of
 * pushing each other out at every file. A batch holds at most `BATCH_FILES` files and, unless it is
 * a single file, `BATCH_BYTES` bytes, since its files stay parsed until their rules run.
 */
export async function validateInvoices(
  list: Uint8Array[],
  opts: ValidateOptions = {},
): Promise<ValidationReport[]> {
  await initValidation();
  const reports: (ValidationReport | undefined)[] = new Array<ValidationReport | undefined>(
    list.length,
  );
  const pdfWarnings = new Map<number, Finding[]>();
  // Files are taken (a PDF's XML extracted) one batch ahead at most, so that a long list of PDFs
  // does not hold every extracted XML at once.
  let batch: BatchItem[] = [];
  let batchBytes = 0;
  for (let i = 0; i < list.length; i++) {
    const bytes = list[i] as Uint8Array;
    let item: BatchItem;
    if (detectFormat(bytes) !== 'pdf') item = { at: i, bytes, opts };
    else {
      const extracted = await extractPdfXml(bytes);
      if ('findings' in extracted) {
        reports[i] = { format: 'pdf', valid: false, findings: extracted.findings };
        continue;
      }
      pdfWarnings.set(i, extracted.warnings);
      item = {
        at: i,
        bytes: extracted.xml,
        opts: { ...opts, fromPdf: true, pdfProfile: extracted.profile },
      };
    }
    if (!fitsInBatch(batch.length, batchBytes, item.bytes.length)) {
      validateBatch(batch, reports);
      batch = [];
      batchBytes = 0;
    }
    batch.push(item);
    batchBytes += item.bytes.length;
  }
  validateBatch(batch, reports);
  return reports.map((report, i) => {
    const warnings = pdfWarnings.get(i);
    const r = report as ValidationReport;
    return warnings ? { ...r, format: 'pdf', findings: [...warnings, ...r.findings] } : r;
  });
}

/**
 * `validateInvoices` for XML bytes, synchronously (a PDF gives the report `validateInvoiceSync`
 * gives); `initValidation()` must have been awaited first.
 */
export function validateInvoicesSync(
  list: Uint8Array[],
  opts: ValidateOptions = {},
): ValidationReport[] {
  const reports: (ValidationReport | undefined)[] = new Array<ValidationReport | undefined>(
    list.length,
  );
  let from = 0;
  for (const to of batchEnds(list.map((bytes) => bytes.length))) {
    validateBatch(
      list.slice(from, to).map((bytes, k) => ({ at: from + k, bytes, opts })),
      reports,
    );
    from = to;
  }
  return reports as ValidationReport[];
}

/** Most files validated in one batch (see `validateInvoices`). */
export const BATCH_FILES = 32;
/**
 * Most bytes of XML validated in one batch, unless the batch is a single file. A batch's parsed
 * trees (about twenty times the XML's size) must stay well within V8's young generation: once they
 * outgrow it, every collection copies them and a batch costs far more than the files one by one
 * (with V8's default young generation, 64 copies of a 21 KB invoice per batch took 1,462 µs each
 * against 865 µs for 32 copies).
 */
export const BATCH_BYTES = 512 * 1024;

interface BatchItem {
  /** Where its report goes. */
  at: number;
  bytes: Uint8Array;
  opts: XmlOptions;
}

/**
 * Whether a file of `size` bytes joins a batch of `count` files and `bytes` bytes: at most
 * `BATCH_FILES` files, and at most `BATCH_BYTES` bytes unless the batch is a single file.
 */
export function fitsInBatch(count: number, bytes: number, size: number): boolean {
  return count === 0 || (count < BATCH_FILES && bytes + size <= BATCH_BYTES);
}

/** Where each batch ends, for files of these sizes in this order (see `fitsInBatch`). */
export function batchEnds(sizes: number[]): number[] {
  const ends: number[] = [];
  let count = 0;
  let bytes = 0;
  sizes.forEach((size, i) => {
    if (!fitsInBatch(count, bytes, size)) {
      ends.push(i);
      count = 0;
      bytes = 0;
    }
    count++;
    bytes += size;
  });
  if (count > 0) ends.push(sizes.length);
  return ends;
}

/** Validates one batch: every read, then every schema check, then every rule run. */
function validateBatch(batch: BatchItem[], reports: (ValidationReport | undefined)[]): void {
  const steps: [number, ReadStep][] = [];
  for (const { at, bytes, opts } of batch) {
    const step = readStep(bytes, opts);
    if ('read' in step) steps.push([at, step]);
    else reports[at] = step;
  }
  for (const [, step] of steps) schemaStep(step);
  for (const [at, step] of steps) reports[at] = rulesStep(step);
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

/** An XML invoice between the steps of its validation: read, its format and profile known. */
interface ReadStep {
  bytes: Uint8Array;
  opts: XmlOptions;
  read: ReadResult;
  format: XmlFormat;
  xml: XmlDocument;
  profile: Profile | undefined;
  /** Whether the declared Factur-X profile's own schema and rules apply. */
  profileApplies: boolean;
  findings: Finding[];
  /** The schema findings, when the check was made as the bytes were read (see `readShared`). */
  schemaFindings: Finding[] | undefined;
}

type XmlFormat = 'ubl-invoice' | 'ubl-creditnote' | 'cii';

/** Reads the bytes: the report itself when the file is no XML invoice. */
function readStep(bytes: Uint8Array, opts: XmlOptions): ReadStep | ValidationReport {
  const shared = oneParse && !opts.skipSchema ? readShared(bytes, opts) : undefined;
  const read = shared?.read ?? readInvoiceXml(bytes);
  const { format, xml } = read;
  if (format === 'unknown' || !xml)
    return { format: 'unknown', valid: false, findings: read.findings };
  return {
    bytes,
    opts,
    read,
    format,
    xml,
    ...profileOf(xml, format, opts),
    findings: [...read.findings],
    schemaFindings: shared?.schemaFindings,
  };
}

/** The profile the invoice declares, and whether its own schema and rules apply. */
function profileOf(
  xml: XmlDocument,
  format: XmlFormat,
  opts: XmlOptions,
): { profile: Profile | undefined; profileApplies: boolean } {
  const profile = profileFromSpecification(declaredSpecification(xml, format)) ?? opts.pdfProfile;
  // A Factur-X profile's own schema and rules apply to PDFs, and to standalone CII that declares a
  // profile that is not EN 16931 (MINIMUM, BASIC WL, EXTENDED), as in the official verdicts.
  const profileApplies =
    format === 'cii' && profile !== undefined && (opts.fromPdf === true || isNotEn16931(profile));
  return { profile, profileApplies };
}

let oneParse = true;

/**
 * Whether a validation reads the tree libxml2 parsed for the schema check (the default) instead of
 * parsing the bytes a second time with the safe parser. Both give the same reports: for comparing
 * the two.
 */
export function useOneParse(on: boolean): void {
  oneParse = on;
}

/**
 * One parse for the schema check and the rules: libxml2 parses the bytes, its tree is copied into
 * the tree the readers and rules read, and the schema check runs on its parse, instead of the safe
 * parser parsing the bytes a second time (the copy costs about a quarter of that parse). Only for
 * bytes the safe parser reads as libxml2 does: UTF-8 by the decoder's rules, within its size limit,
 * without a DOCTYPE (which libxml2 then never sees). When libxml2 finds the file malformed or warns,
 * when the copy could differ from the safe parser's tree (see `copyLibxml2Tree`), or when the root
 * is no invoice's, gives undefined: the file is then read as without this path.
 */
function readShared(
  bytes: Uint8Array,
  opts: XmlOptions,
): { read: ReadResult; schemaFindings: Finding[] } | undefined {
  if (!oneParseApplies(bytes)) return undefined;
  const parsed = parseLibxml2(bytes);
  if ('findings' in parsed) return undefined;
  const sdoc = parsed.sdoc;
  let xml: XmlDocument;
  let schemaFindings: Finding[];
  try {
    const copied = parsed.warned ? undefined : copyLibxml2Tree(sdoc.doc, DEFAULT_XML_LIMITS);
    const format = copied && formatOfRoot(copied.root);
    if (!copied || !format) return undefined;
    const root = copied.root;
    xml = {
      root,
      encoding: 'UTF-8',
      elementCount: copied.elementCount,
      pendingLines: () => assignStartLines(bytes, root),
    };
    const { profile, profileApplies } = profileOf(xml, format, opts);
    schemaFindings = checkSchemas(sdoc, format, profileApplies ? profile : undefined, root.name);
  } finally {
    sdoc.dispose();
  }
  return { read: readParsedXml(xml), schemaFindings };
}

/** Whether `readShared` may read these bytes through libxml2's tree (see there). */
export function oneParseApplies(bytes: Uint8Array): boolean {
  return (
    bytes.length <= DEFAULT_XML_LIMITS.maxBytes &&
    declaredUtf8(bytes) &&
    !prologHasDeclaration(bytes)
  );
}

/**
 * Whether the prolog (what comes before the root element) holds a declaration other than a comment:
 * a DOCTYPE, or anything else starting with `<!` (the safe parser then decides). libxml2 reads a
 * DOCTYPE only there: the same text later in the document is a well-formedness error, after which
 * its tree is not used. Bytes are read as ASCII: the file is UTF-8 by then (`declaredUtf8`). An
 * unterminated comment or instruction counts as a declaration, so that the safe parser reports it.
 */
function prologHasDeclaration(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  for (;;) {
    while (i < n && bytes[i] !== LT) i++;
    if (i + 1 >= n) return false;
    const next = bytes[i + 1];
    if (next === QUESTION) {
      i = endOf(bytes, i + 2, PI_END);
    } else if (next === BANG) {
      if (bytes[i + 2] !== DASH || bytes[i + 3] !== DASH) return true;
      i = endOf(bytes, i + 4, COMMENT_END);
    } else return false;
    if (i < 0) return true;
  }
}

const LT = 0x3c;
const QUESTION = 0x3f;
const BANG = 0x21;
const DASH = 0x2d;
const PI_END = new TextEncoder().encode('?>');
const COMMENT_END = new TextEncoder().encode('-->');

/** The position just after the first `end` in `bytes` from `from` on, -1 when there is none. */
function endOf(bytes: Uint8Array, from: number, end: Uint8Array): number {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** The XML Schema check of a read invoice (the base schema, and its Factur-X profile's). */
function schemaStep(step: ReadStep): void {
  const { bytes, opts, format, xml, profile, profileApplies, findings } = step;
  if (opts.skipSchema) return;
  if (step.schemaFindings) {
    findings.push(...step.schemaFindings);
    return;
  }
  const sdoc = parseForSchema(bytes);
  if (Array.isArray(sdoc)) {
    findings.push(...sdoc);
    return;
  }
  try {
    findings.push(
      ...checkSchemas(sdoc, format, profileApplies ? profile : undefined, xml.root.name),
    );
  } finally {
    sdoc.dispose();
  }
}

/** The findings of the base schema and, for a profile that applies, its Factur-X schema. */
function checkSchemas(
  sdoc: SchemaDocument,
  format: XmlFormat,
  profile: Profile | undefined,
  rootName: string,
): Finding[] {
  const fx = profile ? PROFILE_SCHEMA[profile] : undefined;
  const schemaFindings = [...validateSchema(sdoc, format), ...(fx ? validateSchema(sdoc, fx) : [])];
  // libxml2 names the unprefixed root `*`: give it its name, as the rule findings do.
  const root = `/${rootName}`;
  for (const f of schemaFindings) {
    if (f.location === '/*' || f.location?.startsWith('/*/'))
      f.location = root + f.location.slice(2);
  }
  return schemaFindings;
}

/** The rules of a read invoice, then its report. */
function rulesStep(step: ReadStep): ValidationReport {
  const { read, format, xml, profile, profileApplies, findings } = step;
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

function validateXml(bytes: Uint8Array, opts: XmlOptions): ValidationReport {
  const step = readStep(bytes, opts);
  if (!('read' in step)) return step;
  schemaStep(step);
  return rulesStep(step);
}
