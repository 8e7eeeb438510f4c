/**
 * Read-only throughput: `npx tsx packages/einvoice/bench/read.ts [lines] [seconds]`.
 * Parses and reads a generated realistic UBL invoice (20 lines, ~30 KB by default) in a loop and
 * prints invoices per CPU-second of this thread (per core, whatever else runs on the machine), for
 * parse alone and for parse + read.
 */
import { parseXml } from '../src/xml/parse';
import { readInvoiceXml } from '../src/read/read-invoice';
import { writeUbl } from '../src/write/index';
import { sampleInvoice } from '../src/validate/sample-invoice';

const lines = Number(process.argv[2] ?? 20);
const seconds = Number(process.argv[3] ?? 3);
const bytes = new TextEncoder().encode(writeUbl(sampleInvoice(lines)));

const check = readInvoiceXml(bytes);
if (!check.invoice || check.findings.length > 0 || check.invoice.lines.length !== lines) {
  throw new Error(`the sample invoice does not read back: ${JSON.stringify(check.findings)}`);
}

function measure(label: string, run: () => unknown): void {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) run();
  let n = 0;
  const start = process.cpuUsage();
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) run();
    n += 50;
  }
  const used = process.cpuUsage(start);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const perSecond = n / cpuSeconds;
  const each = ((1000 * cpuSeconds) / n).toFixed(3);
  console.log(
    `${label.padEnd(14)} ${perSecond.toFixed(0).padStart(7)} invoices/s per core  (${each} ms CPU each)`,
  );
}

console.log(
  `UBL invoice: ${lines} lines, ${(bytes.length / 1024).toFixed(1)} KB, Node ${process.version}`,
);
measure('parse', () => parseXml(bytes));
measure('parse + read', () => readInvoiceXml(bytes));
