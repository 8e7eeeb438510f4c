import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { join, resolve } from 'node:path';
import { readInvoice } from '../../packages/einvoice/src/facturx/read';
import { fieldsFromInvoice } from '../../packages/server/src/recognition/from-invoice';
import { recognizePdf } from '../../packages/server/src/recognition/recognize-pdf';
import { emptyTally, judgeExtras, printExtras } from './recognition-extras';

/**
 * Recognition from the visible page, measured on the corpus Factur-X / ZUGFeRD PDFs: the embedded
 * XML gives the true values, recognition ignores it. Identifiers are judged like
 * ../shared/tools/check-recognition: any of the party's identifiers (SIRET, its SIREN, VAT, ...).
 */
const FIELDS = [
  'invoiceNumber',
  'issueDate',
  'sellerId',
  'buyerId',
  'currency',
  'totalWithoutVat',
  'totalVat',
  'totalWithVat',
  'amountDue',
] as const;

function pdfs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfs(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : [],
  );
}

/** A synthetic scanned A4 page (JPEG at 200 dpi, no text layer) for the OCR timing. */
async function scannedPage(): Promise<Uint8Array> {
  const canvas = createCanvas(1654, 2339);
  const g = canvas.getContext('2d');
  g.fillStyle = 'white';
  g.fillRect(0, 0, 1654, 2339);
  g.fillStyle = 'black';
  g.font = '36px DejaVu Sans';
  g.fillText('Fournisseur SARL - SIRET 12345678900015 - TVA FR32123456789', 120, 200);
  g.fillText('Facture n° FA-2026-0042     Date de facture : 02/11/2026', 120, 400);
  for (let i = 0; i < 12; i++)
    g.fillText(`Ligne ${i + 1}  Prestation de service  1,00  100,00 €`, 120, 700 + 60 * i);
  g.fillText('Total HT  1 200,00 €   Total TVA  240,00 €   Total TTC  1 440,00 €', 120, 1600);
  const pdf = await PDFDocument.create();
  const image = await pdf.embedJpg(await canvas.encode('jpeg', 85));
  pdf.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return pdf.save();
}

async function ocrTiming(): Promise<void> {
  const scan = await scannedPage();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const r = await recognizePdf(scan);
    times.push(performance.now() - start);
    if (r.method !== 'ocr') throw new Error('the synthetic scan was not read by OCR');
  }
  times.sort((a, b) => a - b);
  process.stdout.write(
    `OCR per page     median ${(times[1] ?? 0).toFixed(0)} ms (one synthetic A4 scan, worker start included)\n`,
  );
}

export async function runRecognitionBench(): Promise<void> {
  const corpus = resolve('../shared/corpus');
  if (!existsSync(corpus)) throw new Error(`corpus not found at ${corpus}`);
  const files = ['facturx-pdf', 'zugferd-pdf'].flatMap((d) => pdfs(join(corpus, d)));
  const per = new Map<string, [number, number]>(FIELDS.map((f) => [f, [0, 0]]));
  const msPerPage: number[] = [];
  const show = process.env.SHOW === '1';
  const extras = emptyTally();
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const truth = (await readInvoice(bytes)).invoice;
    if (!truth) continue;
    const want = fieldsFromInvoice(truth);
    const ids = (p: typeof truth.seller | typeof truth.buyer): string[] => {
      const all = [
        p.legalRegistrationId?.value,
        p.vatId,
        ...('identifiers' in p ? p.identifiers.map((i) => i.value) : [p.identifier?.value]),
      ];
      const list = all
        .filter((v): v is string => !!v)
        .map((v) => v.replace(/\s/g, '').toUpperCase());
      return [...list, ...list.filter((v) => /^\d{14}$/.test(v)).map((v) => v.slice(0, 9))];
    };
    const start = performance.now();
    let got: Awaited<ReturnType<typeof recognizePdf>>['fields'] = {};
    let pages = 1;
    try {
      const r = await recognizePdf(bytes, { ignoreEmbeddedXml: true });
      got = r.fields;
      pages = Math.max(1, r.pages);
    } catch {
      // a refusal counts as nothing recognised
    }
    msPerPage.push((performance.now() - start) / pages);
    judgeExtras(truth, got, extras);
    for (const f of FIELDS) {
      const v = got[f]?.value ?? '';
      let expected: string[];
      if (f === 'sellerId') expected = ids(truth.seller);
      else if (f === 'buyerId') expected = ids(truth.buyer);
      else expected = want[f] ? [want[f].value] : [];
      if (expected.length === 0) continue;
      const amount = ['totalWithoutVat', 'totalVat', 'totalWithVat', 'amountDue'].includes(f);
      const good = amount
        ? v !== '' && Number(v) === Number(expected[0])
        : expected.some((e) => e.toUpperCase() === v.toUpperCase());
      const c = per.get(f) as [number, number];
      c[1]++;
      if (good) c[0]++;
      else if (show)
        process.stdout.write(
          `miss\t${file.slice(corpus.length + 1)}\t${f}\t${expected.join('|')}\t${v}\n`,
        );
    }
  }
  let ok = 0;
  let n = 0;
  for (const [f, [good, total]] of per) {
    ok += good;
    n += total;
    process.stdout.write(
      `${f.padEnd(16)} ${good}/${total}  ${((100 * good) / total).toFixed(1)}%\n`,
    );
  }
  printExtras(extras);
  msPerPage.sort((a, b) => a - b);
  const median = msPerPage[Math.floor(msPerPage.length / 2)] ?? 0;
  process.stdout.write(
    `overall          ${ok}/${n}  ${((100 * ok) / n).toFixed(1)}% over ${msPerPage.length} PDFs (text layer, XML ignored)\n`,
  );
  process.stdout.write(
    `time per page    median ${median.toFixed(1)} ms, max ${(msPerPage.at(-1) ?? 0).toFixed(1)} ms\n`,
  );
  // OCR=0 skips the OCR timing (seconds per run) while tuning the text recogniser.
  if (process.env.OCR !== '0') await ocrTiming();
}
