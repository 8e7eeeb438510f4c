/**
 * Writes a Factur-X PDF (PDF/A-3B) from an invoice and its CII: the rendering for people, the XML
 * attached for machines. `writeFacturXPdf` takes the CII as given (bytes in, bytes out);
 * `writeFacturX` in write-facturx.ts produces it from the model first.
 */
import { PDFDocument } from 'pdf-lib';
import type { Invoice } from '../model/invoice';
import { embedFonts, finishPdfA3 } from './pdfa';
import { conformanceLevelOf } from './profile';
import type { FacturXProfile } from './profile';
import { renderInvoice } from './render/render-invoice';
import type { RenderLang } from './render/labels';

export type WritableProfile = FacturXProfile;

export interface FacturXPdfOptions {
  /** Language of the rendering (default French). */
  lang?: RenderLang;
  /**
   * Profile declared in the XMP metadata (default EN16931). Must match the CII's BT-24. XRECHNUNG
   * attaches the XML as xrechnung.xml, as ZUGFeRD 2.1+ does; every other profile as factur-x.xml.
   */
  profile?: WritableProfile;
  /** Creation date written in the Info dictionary, XMP and attachment (default: now). */
  date?: Date;
  /** Producer and creator tool names (default Chorale). */
  producer?: string;
}

export async function writeFacturXPdf(
  invoice: Invoice,
  cii: Uint8Array,
  options: FacturXPdfOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'fr';
  const profile = options.profile ?? 'EN16931';
  const date = new Date(Math.floor((options.date ?? new Date()).getTime() / 1000) * 1000);
  const conformanceLevel = conformanceLevelOf(profile);
  const fileName = profile === 'XRECHNUNG' ? 'xrechnung.xml' : 'factur-x.xml';
  const producer = options.producer ?? 'Chorale';

  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  renderInvoice(doc, fonts, invoice, { lang, conformanceLevel, fileName });

  const kind =
    lang === 'fr'
      ? invoice.kind === 'creditNote'
        ? 'Avoir'
        : 'Facture'
      : invoice.kind === 'creditNote'
        ? 'Credit note'
        : 'Invoice';
  return finishPdfA3(doc, {
    xml: cii,
    title: `${kind} ${invoice.number}`.trim(),
    author: invoice.seller.name || producer,
    subject:
      lang === 'fr'
        ? `${kind} ${invoice.number} de ${invoice.seller.name} à ${invoice.buyer.name}`
        : `${kind} ${invoice.number} from ${invoice.seller.name} to ${invoice.buyer.name}`,
    creatorTool: producer,
    producer,
    date,
    conformanceLevel,
    documentFileName: fileName,
    lang: lang === 'fr' ? 'fr-FR' : 'en-GB',
  });
}
