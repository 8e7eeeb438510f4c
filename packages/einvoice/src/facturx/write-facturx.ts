/**
 * `writeFacturX(invoice)`: model → Factur-X PDF. The CII comes from the model's own CII writer, the
 * PDF/A-3 container and the rendering from write-pdf.ts. The CII's specification identifier (BT-24)
 * must name the profile the XMP declares: when the model's BT-24 names no Factur-X profile (an
 * invoice read from UBL, PEPPOL or a form), it is set to the chosen profile's identifier, EN 16931 by
 * default; an invoice that already declares a profile keeps it.
 */
import type { Invoice } from '../model/invoice';
import { writeCii } from '../write/index';
import { SPECIFICATION_IDENTIFIERS, profileOfSpecification } from './profile';
import { reduceToProfile } from './profile-reduce';
import { writeFacturXPdf } from './write-pdf';
import type { FacturXPdfOptions, WritableProfile } from './write-pdf';

export type { FacturXPdfOptions, WritableProfile } from './write-pdf';

/**
 * The invoice as it will be embedded: its BT-24 declaring `profile`, and only the terms that profile
 * carries (MINIMUM, BASIC WL and BASIC leave some out: see profile-reduce.ts).
 */
export function invoiceForProfile(
  invoice: Invoice,
  profile?: WritableProfile,
): {
  invoice: Invoice;
  profile: WritableProfile;
} {
  const spec = invoice.processControl.specificationIdentifier.trim();
  let declared = profileOfSpecification(spec);
  // Any CIUS of EN 16931 (PEPPOL, national ones) reads as EN16931, but the Factur-X EN 16931 profile
  // admits only the bare standard's identifier.
  if (declared === 'EN16931' && spec !== SPECIFICATION_IDENTIFIERS.EN16931) declared = undefined;
  const chosen = profile ?? declared ?? 'EN16931';
  if (declared === chosen) return { invoice: reduceToProfile(invoice, chosen), profile: chosen };
  if (chosen === 'XRECHNUNG') {
    throw new Error('an XRechnung PDF needs an invoice whose BT-24 names XRechnung');
  }
  const declaring: Invoice = {
    ...invoice,
    processControl: {
      ...invoice.processControl,
      specificationIdentifier: SPECIFICATION_IDENTIFIERS[chosen],
    },
  };
  return { invoice: reduceToProfile(declaring, chosen), profile: chosen };
}

export async function writeFacturX(
  invoice: Invoice,
  options: FacturXPdfOptions = {},
): Promise<Uint8Array> {
  const prepared = invoiceForProfile(invoice, options.profile);
  const cii = new TextEncoder().encode(writeCii(prepared.invoice));
  return writeFacturXPdf(prepared.invoice, cii, { ...options, profile: prepared.profile });
}
