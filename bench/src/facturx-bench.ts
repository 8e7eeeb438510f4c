import { emptyInvoice } from '../../packages/einvoice/src/model/invoice';
import type { Invoice } from '../../packages/einvoice/src/model/invoice';
import { extractFacturX } from '../../packages/einvoice/src/facturx/extract';
import { readInvoice } from '../../packages/einvoice/src/facturx/read';
import { writeFacturX } from '../../packages/einvoice/src/facturx/write-facturx';

/**
 * Factur-X PDFs: writing one from the model (rendering, font subsets, PDF/A-3 container), finding
 * its embedded XML, and reading it back to the model, for a 5-line and a 200-line invoice.
 */
function invoice(lines: number): Invoice {
  const net = (100 * lines).toFixed(2);
  const vat = (20 * lines).toFixed(2);
  const gross = (120 * lines).toFixed(2);
  return {
    ...emptyInvoice(),
    number: 'BENCH-1',
    issueDate: '2026-11-27',
    typeCode: '380',
    currencyCode: 'EUR',
    buyerReference: 'SERVICE-1',
    processControl: { specificationIdentifier: 'urn:cen.eu:en16931:2017' },
    seller: {
      name: 'Fournisseur SARL',
      identifiers: [],
      legalRegistrationId: { value: '12345678900017', schemeId: '0009' },
      vatId: 'FR32123456789',
      postalAddress: {
        line1: '1 rue de la Paix',
        city: 'Paris',
        postCode: '75002',
        countryCode: 'FR',
      },
    },
    buyer: {
      name: 'Commune de Test',
      legalRegistrationId: { value: '21470323100018', schemeId: '0009' },
      postalAddress: { city: 'Agen', postCode: '47000', countryCode: 'FR' },
    },
    totals: {
      lineNetAmount: net,
      taxExclusiveAmount: net,
      taxAmount: vat,
      taxInclusiveAmount: gross,
      payableAmount: gross,
    },
    vatBreakdown: [{ taxableAmount: net, taxAmount: vat, categoryCode: 'S', rate: '20' }],
    lines: Array.from({ length: lines }, (_, i) => ({
      id: String(i + 1),
      quantity: '1',
      unitCode: 'C62',
      netAmount: '100.00',
      allowances: [],
      charges: [],
      price: { netPrice: '100.00' },
      vat: { categoryCode: 'S', rate: '20' },
      item: { name: `Article ${i + 1}`, classifications: [], attributes: [] },
    })),
  };
}

async function time(label: string, runs: number, f: () => Promise<unknown>): Promise<void> {
  await f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  process.stdout.write(
    `${label.padEnd(44)} median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms\n`,
  );
}

export async function runFacturXBench(): Promise<void> {
  for (const lines of [5, 200]) {
    const inv = invoice(lines);
    const pdf = await writeFacturX(inv);
    process.stdout.write(`${lines} lines: ${pdf.byteLength} bytes\n`);
    await time(`write Factur-X PDF (${lines} lines)`, lines > 100 ? 5 : 20, () =>
      writeFacturX(inv),
    );
    await time(`extract embedded XML (${lines} lines)`, 100, () => extractFacturX(pdf));
    await time(`readInvoice PDF → model (${lines} lines)`, 50, () => readInvoice(pdf));
  }
}
