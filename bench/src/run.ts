/**
 * `npm run bench`: runs every registered benchmark and prints its figures. Benchmarks are apart from
 * tests: they measure, they do not pass or fail.
 */
import { runDirectoryBench } from './directory-bench';
import { runFacturXBench } from './facturx-bench';
import { runFluxBench } from './flux-bench';
import { runFluxIntegrationBench } from './flux-integration-bench';
import { runInvoicesBench } from './invoices-bench';
import { runRecognitionBench } from './recognition-bench';

interface Benchmark {
  name: string;
  run: () => Promise<void>;
}

const benchmarks: Benchmark[] = [
  { name: 'directory', run: runDirectoryBench },
  { name: 'invoices', run: runInvoicesBench },
  { name: 'facturx', run: runFacturXBench },
  { name: 'flux', run: runFluxBench },
  { name: 'flux-integration', run: runFluxIntegrationBench },
  { name: 'recognition', run: runRecognitionBench },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const selected = only.length > 0 ? benchmarks.filter((b) => only.includes(b.name)) : benchmarks;
  if (selected.length === 0) {
    process.stdout.write('No benchmark selected.\n');
    return;
  }
  for (const bench of selected) {
    process.stdout.write(`\n== ${bench.name} ==\n`);
    await bench.run();
  }
}

export {};

await main();
