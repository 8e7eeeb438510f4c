/**
 * The two points where validation calls the Factur-X module: the XML embedded in a PDF, and the
 * MINIMUM / BASIC WL / EXTENDED profile rules (these profiles are not judged by the EN 16931 set).
 * MINIMUM and BASIC WL are judged by the official Factur-X profile Schematron (facturx/profile-rules);
 * EXTENDED by its XML Schema only.
 */
import type { Finding } from '../finding';
import type { XmlDocument } from '../xml/types';
import type { XDoc } from '../xpath/xdm';
import { checkFacturXProfile } from '../facturx/profile-rules/check';
import { extractPdfInvoice } from '../facturx/read';
import type { PdfXml } from '../facturx/read';
import type { Profile } from './profile';

export type PdfExtraction = PdfXml;

/** The invoice XML embedded in a Factur-X / ZUGFeRD PDF, with its declared profile. */
export function extractPdfXml(bytes: Uint8Array): Promise<PdfExtraction> {
  return extractPdfInvoice(bytes);
}

export function profileRules(profile: Profile, doc: XDoc, _xml: XmlDocument): Finding[] {
  return checkFacturXProfile(doc, profile);
}
