import { getDocumentProxy } from 'unpdf';
import type { TextItem } from './types';

/**
 * Text of a PDF's pages with positions, through pdf.js (unpdf's build). The PDF is only read:
 * no scripts, no eval, no font loading, no network.
 */

export interface PdfTextLimits {
  maxPages: number;
  maxItems: number;
  timeoutMs: number;
}

export const DEFAULT_TEXT_LIMITS: PdfTextLimits = {
  maxPages: 5,
  maxItems: 20_000,
  timeoutMs: 10_000,
};

export interface PdfText {
  pageCount: number;
  pagesRead: number;
  items: TextItem[];
}

export async function extractPdfText(
  bytes: Uint8Array,
  limits: PdfTextLimits = DEFAULT_TEXT_LIMITS,
): Promise<PdfText> {
  const doc = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pagesRead = Math.min(doc.numPages, limits.maxPages);
    const items: TextItem[] = [];
    for (let p = 1; p <= pagesRead; p++) {
      const page = await doc.getPage(p);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str.trim() === '') continue;
        const [, , , , x = 0, y = 0] = raw.transform as number[];
        items.push({
          text: raw.str,
          x,
          y: height - y,
          width: raw.width,
          height: raw.height,
          page: p,
        });
        if (items.length > limits.maxItems) throw new Error('PDF_TOO_MANY_ITEMS');
      }
      page.cleanup();
    }
    return { pageCount: doc.numPages, pagesRead, items };
  } finally {
    await doc.destroy();
  }
}
