/**
 * XML Schema validation with libxml2 (WebAssembly): UBL 2.1, CII D16B and the Factur-X profile schemas.
 * The schemas are compiled once, lazily, and reused; libxml2 calls are synchronous, so one instance per
 * thread. The schema files are read only from this package's resources folder (no network, no other path).
 */
import { fileURLToPath } from 'node:url';
import type { Finding } from '../finding';
import type { Libxml2Diagnostic } from './libxml2';
import { checkSchema, compileSchema, freeDocument, loadLibxml2, parseWithLibxml2 } from './libxml2';
import { describeSchemaError } from './schema-messages';

export type SchemaId =
  | 'ubl-invoice'
  | 'ubl-creditnote'
  | 'cii'
  | 'fx-minimum'
  | 'fx-basicwl'
  | 'fx-basic'
  | 'fx-en16931'
  | 'fx-extended';

const RESOURCES = fileURLToPath(new URL('../../resources/', import.meta.url));

const ROOTS: Record<SchemaId, string> = {
  'ubl-invoice': 'ubl-2.1/maindoc/UBL-Invoice-2.1.xsd',
  'ubl-creditnote': 'ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd',
  cii: 'cii-d16b/CrossIndustryInvoice_100pD16B.xsd',
  'fx-minimum': 'factur-x-xsd/MINIMUM/Factur-X_1.09_MINIMUM.xsd',
  'fx-basicwl': 'factur-x-xsd/BASICWL/Factur-X_BASICWL.xsd',
  'fx-basic': 'factur-x-xsd/BASIC/Factur-X_1.09_BASIC.xsd',
  'fx-en16931': 'factur-x-xsd/EN16931/Factur-X_EN16931.xsd',
  'fx-extended': 'factur-x-xsd/EXTENDED/Factur-X_EXTENDED.xsd',
};

let loaded = false;
const schemas = new Map<SchemaId, number>();

/** Loads libxml2 (WebAssembly). Idempotent. */
export async function initSchemas(): Promise<void> {
  if (loaded) return;
  await loadLibxml2({ resolve: resource });
  loaded = true;
}

/** Only files inside our resources folder can be opened: a schema import cannot reach anything else. */
function resource(name: string): string | undefined {
  const path = name.startsWith('file://') ? fileURLToPath(name) : name;
  return path.startsWith(RESOURCES) && !path.includes('..') ? path : undefined;
}

function schemaFor(id: SchemaId): number {
  if (!loaded) throw new Error('initSchemas() must be awaited before schema validation');
  let schema = schemas.get(id);
  if (schema === undefined) {
    schema = compileSchema(RESOURCES + ROOTS[id]);
    schemas.set(id, schema);
  }
  return schema;
}

/** A document parsed by libxml2 for schema validation; dispose() it when done. */
export interface SchemaDocument {
  /** The document in libxml2's memory. */
  doc: number;
  dispose(): void;
}

/**
 * libxml2's options for untrusted bytes: NONET | NO_XXE and never NOENT (no entity expansion);
 * documents with a DOCTYPE are refused before libxml2 sees them. NOBLANKS leaves out the
 * indentation between elements, which the schema check would only skip: about a fifth less time in
 * libxml2 for a pretty-printed invoice. Whitespace that is an element's whole content is kept
 * (libxml2 keeps blank text directly followed by the element's end tag). COMPACT stores short texts
 * inside their nodes (the tree may then not be changed, and is not): about 8 µs less in libxml2 for
 * the 20-line invoice, and 10 to 29 µs less per validation in alternating runs.
 */
const PARSE_OPTIONS =
  (1 << 11) /* NONET */ |
  (1 << 8) /* NOBLANKS */ |
  (1 << 16) /* COMPACT */ |
  (1 << 23); /* NO_XXE */

/** Parses untrusted bytes for schema validation. Gives findings when libxml2 finds them malformed. */
export function parseForSchema(bytes: Uint8Array): SchemaDocument | Finding[] {
  const parsed = parseLibxml2(bytes);
  return 'findings' in parsed ? parsed.findings : parsed.sdoc;
}

/** `parseForSchema`, also telling whether libxml2 warned (see `copyLibxml2Tree`'s callers). */
export function parseLibxml2(
  bytes: Uint8Array,
): { sdoc: SchemaDocument; warned: boolean } | { findings: Finding[] } {
  const warnings: Libxml2Diagnostic[] = [];
  const parsed = parseWithLibxml2(bytes, PARSE_OPTIONS, '', warnings);
  if ('doc' in parsed) {
    const doc = parsed.doc;
    let live = true;
    const dispose = (): void => {
      if (live) freeDocument(doc);
      live = false;
    };
    return { sdoc: { doc, dispose }, warned: warnings.length > 0 };
  }
  const first = parsed.failed[0];
  return {
    findings: [
      {
        rule: 'XML-MALFORMED',
        severity: 'fatal',
        message: {
          fr: `Le fichier n'est pas un XML bien formé${first ? ` (ligne ${first.line}) : ${first.message.trim()}` : ''}.`,
          en: `The file is not well-formed XML${first ? ` (line ${first.line}): ${first.message.trim()}` : ''}.`,
        },
        ...(first ? { line: first.line } : {}),
      },
    ],
  };
}

/** Validates a parsed document against one schema; each violation becomes a fatal SCHEMA finding. */
export function validateSchema(sdoc: SchemaDocument, id: SchemaId): Finding[] {
  const diagnostics = checkSchema(schemaFor(id), sdoc.doc);
  if (diagnostics !== undefined && diagnostics.length === 0) return [];
  if (diagnostics !== undefined)
    return diagnostics.slice(0, 50).map((d) => describeSchemaError(d, id));
  // libxml2 could not run the check (an internal error): the document is invalid.
  return [
    {
      rule: 'SCHEMA',
      severity: 'fatal',
      message: {
        fr: `Le document ne respecte pas le schéma ${schemaLabel(id)}.`,
        en: `The document does not conform to the ${schemaLabel(id)} schema.`,
      },
    },
  ];
}

export function schemaLabel(id: SchemaId): string {
  switch (id) {
    case 'ubl-invoice':
      return 'UBL 2.1 Invoice';
    case 'ubl-creditnote':
      return 'UBL 2.1 CreditNote';
    case 'cii':
      return 'UN/CEFACT CII D16B';
    case 'fx-minimum':
      return 'Factur-X MINIMUM';
    case 'fx-basicwl':
      return 'Factur-X BASIC WL';
    case 'fx-basic':
      return 'Factur-X BASIC';
    case 'fx-en16931':
      return 'Factur-X EN 16931';
    case 'fx-extended':
      return 'Factur-X EXTENDED';
  }
}
