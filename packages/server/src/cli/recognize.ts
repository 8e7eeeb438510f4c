import { readFile, stat } from 'node:fs/promises';
import { RecognitionRefused, recognizePdf, DEFAULT_MAX_BYTES } from '../recognition/recognize-pdf';
import { FIELD_NAMES } from '../recognition/types';

/**
 * `chorale recognize FILE.pdf [--json] [--ignore-embedded-xml]`: the invoice fields of a PDF,
 * from its embedded Factur-X XML or its visible page. Exit 0 recognised, 1 refused, 2 usage.
 */
export async function runRecognize(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const ignoreEmbeddedXml = args.includes('--ignore-embedded-xml');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('Usage: chorale recognize FILE.pdf [--json] [--ignore-embedded-xml]\n');
    return 2;
  }
  const file = files[0] as string;
  try {
    const size = (await stat(file)).size;
    if (size > DEFAULT_MAX_BYTES)
      throw new RecognitionRefused('TOO_LARGE', { fr: '', en: 'The PDF exceeds the size limit.' });
    const bytes = new Uint8Array(await readFile(file));
    const result = await recognizePdf(bytes, {
      ignoreEmbeddedXml,
      // OCR of a scan takes seconds: show its progress (stderr, so --json output stays clean).
      onProgress: (share) => {
        if (process.stderr.isTTY) process.stderr.write(`\rOCR ${Math.round(share * 100)} %`);
      },
    });
    if (process.stderr.isTTY && result.method === 'ocr') process.stderr.write('\n');
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ file, method: result.method, fields: result.fields })}\n`,
      );
    } else {
      process.stdout.write(`${file}: ${result.method}\n`);
      const fields = result.fields;
      for (const name of [...FIELD_NAMES, 'bic'] as const) {
        const f = fields[name];
        if (f) process.stdout.write(`  ${name.padEnd(16)} ${f.value}  (${f.confidence})\n`);
      }
      for (const v of fields.vatBreakdown ?? []) {
        process.stdout.write(
          `  VAT ${v.rate} %        base ${v.base}  VAT ${v.amount}  (${v.confidence})\n`,
        );
      }
      for (const l of fields.lines ?? []) {
        const qty = l.quantity !== undefined ? `${l.quantity} × ${l.unitPrice ?? '?'} = ` : '';
        process.stdout.write(
          `  line             ${l.description}: ${qty}${l.lineTotal}  (${l.confidence})\n`,
        );
      }
    }
    return 0;
  } catch (error) {
    const reason = error instanceof RecognitionRefused ? error.reason : 'UNREADABLE';
    const message = error instanceof Error ? error.message : String(error);
    if (json)
      process.stdout.write(`${JSON.stringify({ file, error: reason, message, fields: {} })}\n`);
    else process.stderr.write(`${file}: ${message}\n`);
    return 1;
  }
}
