/**
 * `npm run bench` (in packages/einvoice): invoices per second on one core for
 *   - read only (safe parse + EN 16931 model),
 *   - read + full validation (XML Schema, EN 16931 business and syntax rules),
 *   - the official path: the CEN XSLT run by SaxonJS (rules only, no schema),
 * on a realistic 20-line UBL invoice and on the XML invoices of the reference corpus.
 * Needs ../shared (the corpus and the official XSLT); fails loudly without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInvoiceXml } from '../src/read/read-invoice';
import { initValidation, validateInvoiceSync } from '../src/validate/index';
import { bindingOf, officialAsserts, officialStylesheet } from './official';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
if (!existsSync(resolve(CORPUS, 'MANIFEST.tsv'))) throw new Error(`corpus not found at ${CORPUS}`);

interface Sample {
  bytes: Uint8Array;
  text: string;
}

function load(path: string): Sample {
  const bytes = new Uint8Array(readFileSync(resolve(CORPUS, path)));
  return { bytes, text: new TextDecoder().decode(bytes) };
}

/**
 * Runs `f` over the samples round-robin for about `ms` milliseconds after a warm-up; invoices per
 * second of CPU time used by this process (one core: the work is synchronous), so that other work on
 * a shared machine does not lower the figure.
 */
function rate(samples: Sample[], f: (s: Sample) => void, ms: number): number {
  // Warm up (at least 300 calls and one pass): the rules compile to thousands of closures that the
  // JIT optimises, on background threads whose CPU time would otherwise count, only after many calls.
  const warmStart = performance.now();
  for (let i = 0; i < Math.max(300, samples.length) && performance.now() - warmStart < 8000; i++) {
    f(samples[i % samples.length] as Sample);
  }
  let n = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - start < ms || n < samples.length) {
    f(samples[n % samples.length] as Sample);
    n++;
  }
  const cpu = process.cpuUsage(cpu0);
  return (1e6 * n) / (cpu.user + cpu.system);
}

const fmt = (r: number): string => (r >= 100 ? r.toFixed(0) : r.toFixed(1)).padStart(8);

async function main(): Promise<void> {
  await initValidation();

  const realistic = load('ubl-invoice/valid/cen__ubl-tc434-example1.xml');
  const rows = readFileSync(resolve(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  const corpus = rows
    .map((r) => r.split('\t')[0] ?? '')
    .filter((p) => p.endsWith('.xml'))
    .map(load);
  const corpusKb = corpus.reduce((a, s) => a + s.bytes.length, 0) / corpus.length / 1024;

  const read = (s: Sample): void => void readInvoiceXml(s.bytes);
  const full = (s: Sample): void => void validateInvoiceSync(s.bytes);
  const official = (s: Sample): void => void officialAsserts(s.text, bindingOf(s.text));

  const lines = realistic.text.match(/<cac:InvoiceLine>/g)?.length ?? 0;
  const sets: [string, Sample[]][] = [
    [
      `20-line UBL invoice (${lines} lines, ${(realistic.bytes.length / 1024).toFixed(1)} KB)`,
      [realistic],
    ],
    [`corpus XML (${corpus.length} files, mean ${corpusKb.toFixed(1)} KB)`, corpus],
  ];
  // Ours first: the official stylesheets are large (tens of MB of heap) and would make every
  // garbage collection of ours slower if they were loaded before.
  const ours = sets.map(([, samples]) => ({
    r: rate(samples, read, 2000),
    v: rate(samples, full, 3000),
  }));
  officialStylesheet('ubl');
  officialStylesheet('cii');
  console.log(
    'invoices per CPU second (one core)   read-only  read+validate  official XSLT (SaxonJS)  speed-up',
  );
  sets.forEach(([label, samples], i) => {
    const { r, v } = ours[i] as { r: number; v: number };
    const o = rate(samples, official, 4000);
    console.log(
      `${label.padEnd(38)}${fmt(r)}   ${fmt(v)}       ${fmt(o)}             ×${(v / o).toFixed(0)}`,
    );
  });
}

await main();
