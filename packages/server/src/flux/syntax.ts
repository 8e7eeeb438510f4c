/**
 * Does each file of a flux match the syntax the supplier declared? The XML syntaxes are told by
 * the root element (@chorale/einvoice detectFormat). For Factur-X, `checkEntrySyntax` stays
 * synchronous and cheap (pdf-sniff.ts: a stream of the PDF holds a CII invoice);
 * `checkEntrySyntaxDeep` confirms with extractFacturX, the PDF reader used on the invoice later.
 */
import { detectFormat, extractFacturX, isPdf } from '@chorale/einvoice';
import type { DetectedFormat } from '@chorale/einvoice';
import { looksLikeXml } from './entry-checks';
import { pdfHasEmbeddedCii } from './pdf-sniff';
import type { FluxEntry, FluxRefusal, FluxSyntax } from './types';

const SYNTAX_LABEL: Record<FluxSyntax, { fr: string; en: string }> = {
  IN_DP_E1_UBL_INVOICE: {
    fr: 'UBL 2.1 (Invoice ou CreditNote)',
    en: 'UBL 2.1 (Invoice or CreditNote)',
  },
  IN_DP_E1_CII_16B: {
    fr: 'CII D16B (CrossIndustryInvoice)',
    en: 'CII D16B (CrossIndustryInvoice)',
  },
  IN_DP_E2_CII_FACTURX: {
    fr: 'Factur-X (PDF avec une facture CII intégrée)',
    en: 'Factur-X (PDF with an embedded CII invoice)',
  },
};

function found(entry: FluxEntry, format: DetectedFormat): { fr: string; en: string } {
  if (entry.bytes.length === 0) return { fr: 'un fichier vide', en: 'an empty file' };
  switch (format) {
    case 'ubl-invoice':
    case 'ubl-creditnote':
      return { fr: 'une facture UBL', en: 'a UBL invoice' };
    case 'cii':
      return { fr: 'une facture CII', en: 'a CII invoice' };
    case 'pdf':
      return { fr: 'un PDF', en: 'a PDF' };
    case 'unknown':
      return looksLikeXml(entry.bytes)
        ? {
            fr: 'un XML qui n’est ni une facture UBL ni CII',
            en: 'an XML file that is neither a UBL nor a CII invoice',
          }
        : { fr: 'un fichier qui n’est ni XML ni PDF', en: 'a file that is neither XML nor PDF' };
  }
}

function mismatch(
  syntax: FluxSyntax,
  entry: FluxEntry,
  what: { fr: string; en: string },
  reason: string,
): FluxRefusal {
  const label = SYNTAX_LABEL[syntax];
  return {
    code: 'FLUX_SYNTAX_MISMATCH',
    message: {
      fr: `Le fichier « ${entry.name} » est ${what.fr}, alors que le flux est déclaré en syntaxe ${syntax} : ${label.fr}.`,
      en: `The file "${entry.name}" is ${what.en}, whereas the flux is declared with syntax ${syntax}: ${label.en}.`,
    },
    entry: entry.name,
    reason,
  };
}

export function checkEntrySyntax(syntax: FluxSyntax, entry: FluxEntry): FluxRefusal | undefined {
  const format = detectFormat(entry.bytes);
  switch (syntax) {
    case 'IN_DP_E1_UBL_INVOICE':
      return format === 'ubl-invoice' || format === 'ubl-creditnote'
        ? undefined
        : mismatch(syntax, entry, found(entry, format), 'format');
    case 'IN_DP_E1_CII_16B':
      return format === 'cii' ? undefined : mismatch(syntax, entry, found(entry, format), 'format');
    case 'IN_DP_E2_CII_FACTURX':
      if (!isPdf(entry.bytes)) return mismatch(syntax, entry, found(entry, format), 'format');
      return pdfHasEmbeddedCii(entry.bytes) ? undefined : noEmbeddedCii(syntax, entry);
  }
}

function noEmbeddedCii(
  syntax: FluxSyntax,
  entry: FluxEntry,
  detail?: { fr: string; en: string },
): FluxRefusal {
  return mismatch(
    syntax,
    entry,
    {
      fr: `un PDF sans facture CII intégrée${detail ? ` (${detail.fr})` : ''}`,
      en: `a PDF without an embedded CII invoice${detail ? ` (${detail.en})` : ''}`,
    },
    'no-embedded-xml',
  );
}

/**
 * The same verdict, confirmed for Factur-X by extractFacturX (the PDF parsed, its attachments
 * read): use it where an await is possible, e.g. in the flux job before accepting an invoice.
 */
export async function checkEntrySyntaxDeep(
  syntax: FluxSyntax,
  entry: FluxEntry,
): Promise<FluxRefusal | undefined> {
  const quick = checkEntrySyntax(syntax, entry);
  if (quick || syntax !== 'IN_DP_E2_CII_FACTURX') return quick;
  const extraction = await extractFacturX(entry.bytes);
  if (!extraction.xml) return noEmbeddedCii(syntax, entry, extraction.findings[0]?.message);
  const format = detectFormat(extraction.xml);
  if (format !== 'cii') {
    const name = extraction.fileName ?? 'XML';
    return noEmbeddedCii(syntax, entry, { fr: `${name} : ${format}`, en: `${name}: ${format}` });
  }
  return undefined;
}
