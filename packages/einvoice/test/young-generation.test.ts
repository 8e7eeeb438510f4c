import { getHeapSpaceStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { initValidation, validateInvoiceSync } from '../src/validate/index';
import { sampleInvoice } from '../src/validate/sample-invoice';
import { writeUbl } from '../src/write/index';
import { parseXml } from '../src/xml/parse';

const oldSpaceUsed = (): number =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')?.space_used_size ?? 0;

/**
 * MB added to the old generation while `work` runs `times` times, summed over stretches of 50 runs
 * (a stretch during which a full collection shrank it adds nothing). What a validation makes dies
 * with it, so it should be reclaimed young and this should not grow with the number of invoices.
 */
function oldGenerationGrowth(work: () => void, times: number): number {
  let grown = 0;
  let last = oldSpaceUsed();
  for (let i = 1; i <= times; i++) {
    work();
    if (i % 50 === 0) {
      const now = oldSpaceUsed();
      grown += Math.max(0, now - last);
      last = now;
    }
  }
  return grown / 2 ** 20;
}

describe('memory: invoices are reclaimed young once the rules are loaded', () => {
  it('parses and validates thousands of invoices without filling the old generation', async () => {
    // Loading the rules builds long-lived trees with the same parser, and decimals with the same
    // library, as every invoice afterwards, and the first validations keep indexes for a whole
    // document. V8 could then decide to make later invoices' objects in the old generation:
    // reading the rule files turns that decision off (`keepInvoicesYoung`). Before that, 3,000 parses
    // of this invoice added about 630 MB to it, and 800 validations 100 to 480 MB in some processes.
    await initValidation();
    const bytes = new TextEncoder().encode(writeUbl(sampleInvoice(20)));
    expect(validateInvoiceSync(bytes).valid).toBe(true);
    for (let i = 0; i < 300; i++) validateInvoiceSync(bytes);

    expect(oldGenerationGrowth(() => parseXml(bytes), 3000)).toBeLessThan(24);
    expect(oldGenerationGrowth(() => validateInvoiceSync(bytes), 800)).toBeLessThan(24);
  }, 120_000);
});
