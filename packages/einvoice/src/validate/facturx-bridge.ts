/**
 * The two points where validation calls the Factur-X module: the XML embedded in a PDF, and the
 * MINIMUM / BASIC WL / EXTENDED profile rules (these profiles are not judged by the EN 16931 set).
 * Until the Factur-X module provides them, PDFs are reported as not supported and the profile rules
 * are the profile's XML Schema only.
 */
import type { Finding } from '../finding';
import type { XmlDocument } from '../xml/types';
import type { XDoc } from '../xpath/xdm';
import type { Profile } from './profile';

export type PdfExtraction =
  { xml: Uint8Array; profile?: Profile; warnings: Finding[] } | { findings: Finding[] };

export function extractPdfXml(_bytes: Uint8Array): Promise<PdfExtraction> {
  return Promise.resolve({
    findings: [
      {
        rule: 'PDF-UNSUPPORTED',
        severity: 'fatal',
        message: {
          fr: 'La lecture des factures PDF (Factur-X, ZUGFeRD) n’est pas encore disponible.',
          en: 'Reading PDF invoices (Factur-X, ZUGFeRD) is not available yet.',
        },
      },
    ],
  });
}

export function profileRules(_profile: Profile, _doc: XDoc, _xml: XmlDocument): Finding[] {
  return [];
}
