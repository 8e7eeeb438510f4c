import { gzipSync } from 'node:zlib';
import {
  checkEntrySyntax,
  checkEntrySyntaxDeep,
  inspectFlux,
  unpackFlux,
} from '../../packages/server/src/flux/unpack';
import { buildTar, buildZip } from '../../packages/server/test/support/flux-archives';
import { facturXInvoice, ublInvoice } from '../../packages/server/test/support/flux-invoices';

/**
 * Unpacking a deposited flux: a full lot of 500 UBL invoices as .zip and .tar.gz (inspection at
 * upload, full extraction, syntax check of every entry), how fast the archive bombs are refused,
 * and the Factur-X syntax check (cheap sniff against the full PDF reader).
 */
async function time(label: string, runs: number, f: () => unknown): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await f();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] ?? 0;
  process.stdout.write(`${label.padEnd(52)} median ${median.toFixed(1)} ms\n`);
}

function expectOk(result: ReturnType<typeof unpackFlux> | ReturnType<typeof inspectFlux>): void {
  if (!result.ok) throw new Error(`flux refused: ${result.refusal.code}`);
}

function expectRefused(
  result: ReturnType<typeof unpackFlux> | ReturnType<typeof inspectFlux>,
): void {
  if (result.ok) throw new Error('bomb accepted');
}

export async function runFluxBench(): Promise<void> {
  const files = Array.from({ length: 500 }, (_, i) => ({
    name: `lot/F-2026-${String(i + 1).padStart(4, '0')}.xml`,
    data: ublInvoice(`F-2026-${i + 1}`),
  }));
  const raw = files.reduce((n, f) => n + f.data.length, 0);
  const zip = buildZip(files);
  const tgz = gzipSync(buildTar(files));
  process.stdout.write(
    `500 UBL invoices: ${(raw / 1024).toFixed(0)} KB of XML, zip ${(zip.length / 1024).toFixed(0)} KB, tar.gz ${(tgz.length / 1024).toFixed(0)} KB\n`,
  );
  await time('zip: inspectFlux (central directory)', 20, () => expectOk(inspectFlux(zip)));
  await time('zip: unpackFlux (500 entries)', 10, () => expectOk(unpackFlux(zip)));
  await time('tar.gz: inspectFlux (gunzip + headers)', 10, () => expectOk(inspectFlux(tgz)));
  await time('tar.gz: unpackFlux (500 entries)', 10, () => expectOk(unpackFlux(tgz)));
  const unpacked = unpackFlux(zip);
  if (!unpacked.ok) throw new Error('lot refused');
  await time('checkEntrySyntax x 500 (UBL)', 10, () =>
    unpacked.entries.forEach((e) => checkEntrySyntax('IN_DP_E1_UBL_INVOICE', e)),
  );

  const zeros = new Uint8Array(200 * 1024 * 1024);
  const bomb = buildZip([{ name: 'bomb.xml', data: zeros }]);
  const liar = buildZip([{ name: 'liar.xml', data: zeros, declaredSize: 4096 }]);
  const tarBomb = gzipSync(buildTar([{ name: 'bomb.xml', data: zeros }]));
  process.stdout.write(
    `bombs of 200 MB of zeros: zip ${(bomb.length / 1024).toFixed(0)} KB, tar.gz ${(tarBomb.length / 1024).toFixed(0)} KB\n`,
  );
  await time('zip bomb refused by inspectFlux (declared ratio)', 10, () =>
    expectRefused(inspectFlux(bomb)),
  );
  await time('zip bomb lying on its size refused by unpackFlux', 10, () =>
    expectRefused(unpackFlux(liar)),
  );
  await time('tar.gz bomb refused by unpackFlux', 10, () => expectRefused(unpackFlux(tarBomb)));

  const pdf = { name: 'F-X.pdf', bytes: await facturXInvoice('F-X-1') };
  process.stdout.write(`Factur-X PDF: ${(pdf.bytes.length / 1024).toFixed(0)} KB\n`);
  await time('checkEntrySyntax Factur-X (stream sniff)', 20, () =>
    checkEntrySyntax('IN_DP_E2_CII_FACTURX', pdf),
  );
  await time('checkEntrySyntaxDeep Factur-X (extractFacturX)', 20, () =>
    checkEntrySyntaxDeep('IN_DP_E2_CII_FACTURX', pdf),
  );
}
