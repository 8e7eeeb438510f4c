/**
 * The problems a PDF can have before any invoice rule runs, worded for the supplier who sent it.
 *
 * - PDF-LIMIT: the file (or its embedded invoice) is larger than the portal accepts.
 * - PDF-MALFORMED: the bytes are not a readable PDF.
 * - PDF-ENCRYPTED: the PDF is encrypted, so its attachments cannot be read.
 * - PDF-NO-INVOICE: a readable PDF, but no Factur-X / ZUGFeRD / XRechnung XML is attached.
 * - PDF-XMP-PROFILE (warning): the XMP metadata declares another profile than the XML.
 * - PDF-XMP-MISSING (warning): no Factur-X extension schema in the XMP metadata.
 * - PDF-XMP-INVALID (warning): the XMP metadata is not well-formed XML.
 * - PDF-NOT-PDFA3 (warning): the PDF does not declare PDF/A-3, which Factur-X requires.
 * - PDF-AF-RELATIONSHIP (warning): the invoice attachment's /AFRelationship is not Data, Source or
 *   Alternative, as Factur-X requires.
 */
import type { Finding } from '../finding';
import { finding } from '../finding';

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))}`;

export const pdfFindings = {
  tooLarge: (max: number): Finding =>
    finding('PDF-LIMIT', 'fatal', {
      fr: `Le PDF dépasse la taille maximale acceptée (${mb(max)} Mo).`,
      en: `The PDF is larger than the maximum accepted size (${mb(max)} MB).`,
    }),
  attachmentTooLarge: (name: string, max: number): Finding =>
    finding(
      'PDF-LIMIT',
      'fatal',
      {
        fr: `La pièce jointe « ${name} » dépasse la taille maximale acceptée pour une facture XML (${mb(max)} Mo).`,
        en: `The attachment "${name}" is larger than the maximum accepted for an XML invoice (${mb(max)} MB).`,
      },
      { value: name },
    ),
  expands: (): Finding =>
    finding('PDF-LIMIT', 'fatal', {
      fr: 'Le PDF contient des flux compressés qui se décompressent au-delà de la taille acceptée : il est refusé par sécurité.',
      en: 'The PDF holds compressed streams that expand beyond the accepted size: it is refused for safety.',
    }),
  notPdf: (): Finding =>
    finding('PDF-MALFORMED', 'fatal', {
      fr: "Le fichier n'est pas un PDF : l'en-tête %PDF- est absent.",
      en: 'The file is not a PDF: the %PDF- header is missing.',
    }),
  malformed: (reason: string): Finding =>
    finding(
      'PDF-MALFORMED',
      'fatal',
      {
        fr: `Le PDF est endommagé et ne peut pas être lu (${reason}). Produisez-le à nouveau depuis votre logiciel de facturation.`,
        en: `The PDF is damaged and cannot be read (${reason}). Produce it again from your invoicing software.`,
      },
      { value: reason.slice(0, 200) },
    ),
  encrypted: (): Finding =>
    finding('PDF-ENCRYPTED', 'fatal', {
      fr: 'Le PDF est chiffré ou protégé par mot de passe : la facture jointe ne peut pas être lue. Envoyez un PDF sans protection.',
      en: 'The PDF is encrypted or password-protected: the attached invoice cannot be read. Send a PDF without protection.',
    }),
  noInvoice: (names: string[]): Finding =>
    finding(
      'PDF-NO-INVOICE',
      'fatal',
      {
        fr:
          names.length === 0
            ? "Le PDF ne contient aucune pièce jointe : ce n'est pas une facture Factur-X ou ZUGFeRD (le fichier factur-x.xml est attendu)."
            : `Le PDF ne contient pas de facture XML (factur-x.xml, zugferd-invoice.xml ou xrechnung.xml) ; pièces jointes trouvées : ${names.join(', ')}.`,
        en:
          names.length === 0
            ? 'The PDF has no attachment: it is not a Factur-X or ZUGFeRD invoice (a factur-x.xml file is expected).'
            : `The PDF holds no XML invoice (factur-x.xml, zugferd-invoice.xml or xrechnung.xml); attachments found: ${names.join(', ')}.`,
      },
      names.length > 0 ? { value: names.join(', ').slice(0, 200) } : {},
    ),
  xmpProfileMismatch: (xmpLevel: string, xmlProfile: string): Finding =>
    finding(
      'PDF-XMP-PROFILE',
      'warning',
      {
        fr: `Les métadonnées XMP du PDF déclarent le profil « ${xmpLevel} » alors que la facture XML jointe est au profil ${xmlProfile}.`,
        en: `The PDF's XMP metadata declares the profile "${xmpLevel}" while the attached XML invoice is ${xmlProfile}.`,
      },
      { value: xmpLevel },
    ),
  xmpInvalid: (): Finding =>
    finding('PDF-XMP-INVALID', 'warning', {
      fr: "Les métadonnées XMP du PDF ne sont pas un XML bien formé : le PDF n'est pas un PDF/A conforme.",
      en: "The PDF's XMP metadata is not well-formed XML: the PDF is not a conforming PDF/A.",
    }),
  notPdfA3: (part: string | undefined): Finding =>
    finding(
      'PDF-NOT-PDFA3',
      'warning',
      {
        fr:
          part === undefined
            ? 'Le PDF ne se déclare pas PDF/A : Factur-X exige un PDF/A-3 (la facture jointe reste lisible).'
            : `Le PDF se déclare PDF/A-${part} : Factur-X exige un PDF/A-3 (la facture jointe reste lisible).`,
        en:
          part === undefined
            ? 'The PDF does not declare PDF/A: Factur-X requires PDF/A-3 (the attached invoice can still be read).'
            : `The PDF declares PDF/A-${part}: Factur-X requires PDF/A-3 (the attached invoice can still be read).`,
      },
      part !== undefined ? { value: part } : {},
    ),
  afRelationship: (name: string, relationship: string | undefined): Finding =>
    finding(
      'PDF-AF-RELATIONSHIP',
      'warning',
      {
        fr: `La pièce jointe « ${name} » a la relation ${relationship ?? '(absente)'} : Factur-X demande Alternative, Data ou Source.`,
        en: `The attachment "${name}" has the relationship ${relationship ?? '(none)'}: Factur-X asks for Alternative, Data or Source.`,
      },
      relationship !== undefined ? { value: relationship } : {},
    ),
  xmpMissing: (): Finding =>
    finding('PDF-XMP-MISSING', 'warning', {
      fr: "Les métadonnées XMP du PDF ne décrivent pas la facture jointe (schéma d'extension Factur-X absent) : le PDF n'est pas un Factur-X conforme.",
      en: "The PDF's XMP metadata does not describe the attached invoice (no Factur-X extension schema): the PDF is not a conforming Factur-X.",
    }),
};
