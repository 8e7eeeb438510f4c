import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TextItem } from './types';

/**
 * Optical character recognition of a scanned PDF, used only when it has no text layer: pages are
 * rendered by pdf.js on @napi-rs/canvas at 200 dpi, read by tesseract.js (its own worker thread) in
 * French and English with the language data from npm (never a CDN), and the words come back as
 * positioned text items in PDF points, for the same recognition as a text PDF.
 */

const DPI = 200;
const require = createRequire(import.meta.url);

/** tesseract.js wants every language in one folder: the npm packages ship one each. */
async function languageFolder(): Promise<string> {
  const folder = join(tmpdir(), 'chorale-tessdata-4.0.0_best_int');
  await mkdir(folder, { recursive: true });
  for (const lang of ['fra', 'eng']) {
    const file = `${lang}.traineddata.gz`;
    const target = join(folder, file);
    const exists = await stat(target).then(
      (s) => s.size > 0,
      () => false,
    );
    if (!exists) {
      const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
      const temp = `${target}.${process.pid}.tmp`;
      await copyFile(join(pkg, '4.0.0_best_int', file), temp);
      const { rename } = await import('node:fs/promises');
      await rename(temp, target);
    }
  }
  return folder;
}

export interface OcrOptions {
  maxPages: number;
  timeoutMs: number;
  onProgress?: (share: number) => void;
}

interface Bbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export async function ocrPdf(bytes: Uint8Array, options: OcrOptions): Promise<TextItem[]> {
  const { getDocumentProxy, renderPageAsImage } = await import('unpdf');
  const { createWorker } = await import('tesseract.js');
  const doc = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  const pages = Math.min(doc.numPages, options.maxPages);
  let timer: NodeJS.Timeout | undefined;
  const worker = await Promise.race([
    createWorker(['fra', 'eng'], 1, {
      langPath: await languageFolder(),
      cacheMethod: 'none',
      gzip: true,
      logger: (m: { status: string; progress: number }) => {
        if (m.status === 'recognizing text') options.onProgress?.(m.progress);
      },
    }),
    new Promise<never>((_, reject) => {
      // A missing language file makes worker creation hang rather than fail.
      timer = setTimeout(() => reject(new Error('OCR_TIMEOUT')), options.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  try {
    const items: TextItem[] = [];
    const scale = DPI / 72;
    for (let p = 1; p <= pages; p++) {
      const image = await renderPageAsImage(doc, p, {
        canvasImport: () => import('@napi-rs/canvas'),
        scale,
      });
      const { data } = await worker.recognize(Buffer.from(image), {}, { blocks: true });
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const base: Bbox = line.bbox;
            for (const word of line.words) {
              const box: Bbox = word.bbox;
              if (word.text.trim() === '') continue;
              items.push({
                text: word.text,
                x: box.x0 / scale,
                y: base.y1 / scale,
                width: (box.x1 - box.x0) / scale,
                height: (base.y1 - base.y0) / scale,
                page: p,
              });
            }
          }
        }
      }
    }
    return items;
  } finally {
    await worker.terminate();
    await doc.destroy();
  }
}
