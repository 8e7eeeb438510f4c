/** Draws the human-readable rendering of an invoice, page after page, in French or English. */
import type { PDFDocument } from 'pdf-lib';
import type { Invoice } from '../../model/invoice';
import type { Fonts } from '../pdfa';
import { Canvas } from './canvas';
import { LABELS } from './labels';
import type { RenderLang } from './labels';
import { drawParties, drawReferences, drawTitle } from './parties';
import type { RenderCtx } from './parties';
import {
  drawAllowancesCharges,
  drawLines,
  drawNotes,
  drawPayment,
  drawTotals,
  drawVatBreakdown,
} from './tables';

export function renderInvoice(
  doc: PDFDocument,
  fonts: Fonts,
  invoice: Invoice,
  opts: { lang: RenderLang; conformanceLevel: string; fileName: string },
): number {
  const L = LABELS[opts.lang];
  const c = new Canvas(doc, fonts);
  const ctx: RenderCtx = { c, inv: invoice, L, lang: opts.lang };
  drawTitle(ctx);
  drawParties(ctx);
  drawReferences(ctx);
  drawLines(ctx);
  drawAllowancesCharges(ctx);
  drawVatBreakdown(ctx);
  drawTotals(ctx);
  drawPayment(ctx);
  drawNotes(ctx);
  const kind = invoice.kind === 'creditNote' ? L.creditNote : L.invoice;
  c.footers(
    `${kind} ${invoice.number} – ${L.footer} ${opts.conformanceLevel} – ${L.footerXml.replace('factur-x.xml', opts.fileName)}`,
    L.page,
  );
  return c.pages.length;
}
