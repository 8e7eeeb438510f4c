import Decimal from 'decimal.js';
import type { Invoice } from '../../packages/einvoice/src/model/invoice';
import type { RecognizedFields } from '../../packages/server/src/recognition/types';

/**
 * Judges what recognition reads beyond the header fields, against the embedded XML: IBAN and BIC,
 * the VAT breakdown (rate, base, amount per rate), the table lines (total and quantity per line,
 * description), and how many recognised fields carry a box for highlighting.
 */

export interface ExtraTally {
  iban: [number, number];
  bic: [number, number];
  /** VAT rows right / rows in the XML; rows read that the XML does not have. */
  vat: [number, number];
  vatWrong: number;
  /** Documents whose breakdown is read entirely right / documents with one. */
  vatDocs: [number, number];
  lines: [number, number];
  linesWrong: number;
  descriptions: [number, number];
  boxed: [number, number];
}

export function emptyTally(): ExtraTally {
  return {
    iban: [0, 0],
    bic: [0, 0],
    vat: [0, 0],
    vatWrong: 0,
    vatDocs: [0, 0],
    lines: [0, 0],
    linesWrong: 0,
    descriptions: [0, 0],
    boxed: [0, 0],
  };
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && new Decimal(a).equals(b);
const plain = (s: string | undefined): string => (s ?? '').replace(/\s/g, '').toUpperCase();

export function judgeExtras(truth: Invoice, got: RecognizedFields, t: ExtraTally): void {
  const transfer = truth.paymentInstructions?.creditTransfers[0];
  if (transfer?.accountId) {
    t.iban[1]++;
    if (plain(got.iban?.value) === plain(transfer.accountId)) t.iban[0]++;
  }
  if (transfer?.serviceProviderId) {
    t.bic[1]++;
    if (plain(got.bic?.value) === plain(transfer.serviceProviderId)) t.bic[0]++;
  }
  if (truth.vatBreakdown.length > 0) {
    const read = got.vatBreakdown ?? [];
    let right = 0;
    for (const want of truth.vatBreakdown) {
      const hit = read.some(
        (r) =>
          same(r.rate, want.rate ?? '0') &&
          same(r.base, want.taxableAmount) &&
          same(r.amount, want.taxAmount),
      );
      if (hit) right++;
    }
    t.vat[0] += right;
    t.vat[1] += truth.vatBreakdown.length;
    t.vatWrong += read.length - right;
    t.vatDocs[1]++;
    if (right === truth.vatBreakdown.length && read.length === right) t.vatDocs[0]++;
  }
  if (truth.lines.length > 0) {
    const read = [...(got.lines ?? [])];
    let right = 0;
    for (const want of truth.lines) {
      const at = read.findIndex(
        (r) =>
          same(r.lineTotal, want.netAmount) &&
          (r.quantity === undefined || same(r.quantity, want.quantity)),
      );
      if (at < 0) continue;
      right++;
      const [r] = read.splice(at, 1);
      t.descriptions[1]++;
      const name = want.item.name.toLowerCase().split(/\s+/)[0] ?? '';
      if (r && r.description.toLowerCase().includes(name)) t.descriptions[0]++;
    }
    t.lines[0] += right;
    t.lines[1] += truth.lines.length;
    t.linesWrong += read.length;
  }
  for (const f of Object.values(got)) {
    if (f && !Array.isArray(f) && typeof f === 'object' && 'value' in f) {
      t.boxed[1]++;
      if (f.box) t.boxed[0]++;
    }
  }
}

const pct = ([a, b]: [number, number]): string =>
  `${a}/${b}  ${b === 0 ? '-' : ((100 * a) / b).toFixed(1)}%`;

export function printExtras(t: ExtraTally): void {
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  out(`iban             ${pct(t.iban)}`);
  out(`bic              ${pct(t.bic)}`);
  out(`VAT rows         ${pct(t.vat)}  (${t.vatWrong} rows read that the XML lacks)`);
  out(`VAT breakdowns   ${pct(t.vatDocs)} documents entirely right`);
  out(`table lines      ${pct(t.lines)}  (${t.linesWrong} rows read that the XML lacks)`);
  out(`line description ${pct(t.descriptions)} of the lines found`);
  out(`fields with box  ${pct(t.boxed)}`);
}
