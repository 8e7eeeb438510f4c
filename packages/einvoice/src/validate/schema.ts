/**
 * XML Schema validation with libxml2 (WebAssembly): UBL 2.1, CII D16B and the Factur-X profile schemas.
 * The schemas are compiled once, lazily, and reused; libxml2 calls are synchronous, so one instance per
 * thread. The schema files are read only from this package's resources folder (no network, no other path).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Libxml2 from 'libxml2-wasm';
import type { XmlDocument, XsdValidator, XmlInputProvider, ErrorDetail } from 'libxml2-wasm';
import type { Finding } from '../finding';
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

type Lib = typeof Libxml2;
let lib: Lib | undefined;
const validators = new Map<SchemaId, XsdValidator>();

/** Loads libxml2-wasm (ESM with top-level await: only through `import()`). Idempotent. */
export async function initSchemas(): Promise<void> {
  if (lib) return;
  const loaded = await import('libxml2-wasm');
  loaded.xmlRegisterInputProvider(resourceProvider());
  lib = loaded;
}

/** Only files inside our resources folder can be opened: a schema import cannot reach anything else. */
function resourceProvider(): XmlInputProvider {
  const open = new Map<number, { data: Uint8Array; pos: number }>();
  let next = 1;
  const toPath = (name: string): string | undefined => {
    const path = name.startsWith('file://') ? fileURLToPath(name) : name;
    return path.startsWith(RESOURCES) && !path.includes('..') ? path : undefined;
  };
  return {
    match: (name) => toPath(name) !== undefined,
    open: (name) => {
      const path = toPath(name);
      if (!path) return undefined;
      try {
        const fd = next++;
        open.set(fd, { data: readFileSync(path), pos: 0 });
        return fd;
      } catch {
        return undefined;
      }
    },
    read: (fd, buf) => {
      const f = open.get(fd);
      if (!f) return -1;
      const n = Math.min(buf.byteLength, f.data.byteLength - f.pos);
      buf.set(f.data.subarray(f.pos, f.pos + n));
      f.pos += n;
      return n;
    },
    close: (fd) => open.delete(fd),
  };
}

function requireLib(): Lib {
  if (!lib) throw new Error('initSchemas() must be awaited before schema validation');
  return lib;
}

function validatorFor(id: SchemaId): XsdValidator {
  const cached = validators.get(id);
  if (cached) return cached;
  const { XmlDocument: Doc, XsdValidator: Xsd } = requireLib();
  const path = RESOURCES + ROOTS[id];
  const doc = Doc.fromBuffer(readFileSync(path), { url: path });
  try {
    const validator = Xsd.fromDoc(doc);
    validators.set(id, validator);
    return validator;
  } finally {
    doc.dispose();
  }
}

/** A document parsed by libxml2 for schema validation; dispose() it when done. */
export interface SchemaDocument {
  doc: XmlDocument;
  dispose(): void;
}

/**
 * Parses untrusted bytes for schema validation: NONET | NO_XXE and never NOENT (no entity expansion);
 * documents with a DOCTYPE are refused earlier, by the safe parser. Returns findings when malformed.
 * NOBLANKS leaves out the indentation between elements, which the schema check would only skip:
 * about a fifth less time in libxml2 for a pretty-printed invoice. Whitespace that is an element's
 * whole content is kept (libxml2 keeps blank text directly followed by the element's end tag).
 * COMPACT stores short texts inside their nodes (the tree may then not be changed, and is not):
 * about 8 µs less in libxml2 for the 20-line invoice, and 10 to 29 µs less per validation in
 * alternating runs.
 */
export function parseForSchema(bytes: Uint8Array): SchemaDocument | Finding[] {
  const { XmlDocument: Doc, ParseOption, XmlParseError } = requireLib();
  try {
    const doc = Doc.fromBuffer(bytes, {
      option:
        ParseOption.XML_PARSE_NONET |
        ParseOption.XML_PARSE_NO_XXE |
        ParseOption.XML_PARSE_NOBLANKS |
        ParseOption.XML_PARSE_COMPACT,
    });
    return { doc, dispose: () => doc.dispose() };
  } catch (e) {
    const details = e instanceof XmlParseError ? e.details : [];
    const first = details[0];
    return [
      {
        rule: 'XML-MALFORMED',
        severity: 'fatal',
        message: {
          fr: `Le fichier n'est pas un XML bien formé${first ? ` (ligne ${first.line}) : ${first.message.trim()}` : ''}.`,
          en: `The file is not well-formed XML${first ? ` (line ${first.line}): ${first.message.trim()}` : ''}.`,
        },
        ...(first ? { line: first.line } : {}),
      },
    ];
  }
}

/** Validates a parsed document against one schema; each violation becomes a fatal SCHEMA finding. */
export function validateSchema(sdoc: SchemaDocument, id: SchemaId): Finding[] {
  const { XmlValidateError } = requireLib();
  const validator = validatorFor(id);
  try {
    validator.validate(sdoc.doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError && e.details.length > 0) {
      return e.details.slice(0, 50).map((d: ErrorDetail) => describeSchemaError(d, id));
    }
    // Without NOENT an entity reference makes libxml2 throw a bare internal error: the document is invalid.
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
