/**
 * `warmUpValidation()`: validates a few generated invoices over and over, so that a process about
 * to validate many (a worker integrating fluxes) has the rules compiled by the JIT before the first
 * real file. The rules are thousands of small functions that V8 optimises only after many calls:
 * without this, the first few hundred invoices of a process take two to three times longer.
 */
import { writeCii } from '../write/cii';
import { writeUbl } from '../write/ubl';
import { initValidation, validateInvoiceSync } from './index';
import { sampleInvoice } from './sample-invoice';

export interface WarmUpOptions {
  /** Time to spend, in milliseconds (default 1,500). */
  ms?: number;
  /** Most validations to run (default 1,000). */
  maxRuns?: number;
}

/** Resolves with the number of validations run. */
export async function warmUpValidation(opts: WarmUpOptions = {}): Promise<number> {
  await initValidation();
  const ms = opts.ms ?? 1500;
  const maxRuns = opts.maxRuns ?? 1000;
  const encode = (xml: string): Uint8Array => new TextEncoder().encode(xml);
  // Both syntaxes, short and long invoices, so every common rule and reader path gets called.
  const samples = [1, 3, 10].flatMap((lines) => {
    const invoice = sampleInvoice(lines);
    return [encode(writeUbl(invoice)), encode(writeCii(invoice))];
  });
  const start = performance.now();
  let runs = 0;
  while (runs < maxRuns && performance.now() - start < ms) {
    validateInvoiceSync(samples[runs % samples.length] as Uint8Array);
    runs++;
  }
  return runs;
}
