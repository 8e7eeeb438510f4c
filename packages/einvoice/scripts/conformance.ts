/**
 * `npm run conformance -- FILE...`: validates each invoice (XML, or the XML inside a Factur-X PDF) with Chorale and with the official
 * CEN XSLT (SaxonJS), and prints whether the fatal EN 16931 rule IDs agree. Exit code 0 when they
 * agree on every file, 1 otherwise, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { initValidation } from '../src/validate/index';
import { compareFileWithOfficial } from './official';

async function main(files: string[]): Promise<number> {
  if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
    process.stderr.write(
      'Usage: npm run conformance -- FILE...  (UBL 2.1, CII D16B or Factur-X / ZUGFeRD PDF)\n',
    );
    return 2;
  }
  await initValidation();
  let allSame = true;
  for (const file of files) {
    const c = await compareFileWithOfficial(new Uint8Array(readFileSync(file)));
    allSame &&= c.same;
    const line = c.skipped
      ? `SKIPPED   ${file}: ${c.skipped}`
      : c.officialError
        ? `ERROR     ${file}: the official XSLT failed: ${c.officialError}`
        : c.same
          ? `SAME      ${file}: ${c.ours.join(',') || '(no fatal rule)'}`
          : `DIFFERENT ${file}: ours ${c.ours.join(',') || '-'} | official ${c.official.join(',') || '-'}`;
    process.stdout.write(line + '\n');
  }
  return allSame ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
