import Decimal from 'decimal.js';
import { boxOfSpan } from './boxes';
import type { RecognizedVatRate, TextLine } from './types';
import { amountsAt } from './values';

/**
 * The VAT breakdown (rate, taxable base, VAT amount per rate) from the visible page. A row is
 * believed when base × rate rounds to the amount printed beside it, which few other triples of
 * numbers on an invoice do; rows are then checked against the totals.
 */

const VAT_WORD = /\bt\.?v\.?a\b|\bvat\b|\btax|\bust\b|mwst|steuer|\biva\b|\bbtw\b/iu;
/** Rates printed without "%" in a column headed "Steuersatz [%]", "Taux": only usual ones. */
const KNOWN_RATES = new Set(
  [
    0, 2.1, 2.5, 3, 4, 5, 5.5, 6, 7, 8, 8.5, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24,
    25, 27,
  ].map(String),
);

interface Rate {
  value: Decimal;
  start: number;
  end: number;
  bare: boolean;
}

function ratesOf(line: TextLine, vatContext: boolean): Rate[] {
  const out: Rate[] = [];
  for (const m of line.text.matchAll(/(?<![\d.,])(\d{1,2}(?:[.,]\d{1,3})?)\s?%/gu)) {
    const value = new Decimal(m[1]!.replace(',', '.'));
    if (value.lte(30)) out.push({ value, start: m.index, end: m.index + m[0].length, bare: false });
  }
  if (!vatContext) return out;
  line.items.forEach((item, i) => {
    const t = item.text.trim();
    if (!/^\d{1,2}(?:[.,]\d{1,2})?$/.test(t)) return;
    const value = new Decimal(t.replace(',', '.'));
    const start = line.offsets[i] ?? 0;
    if (KNOWN_RATES.has(value.toString()))
      out.push({ value, start, end: start + t.length, bare: true });
  });
  return out;
}

interface Row {
  rate: Decimal;
  base: Decimal;
  amount: Decimal;
  confidence: number;
  line: TextLine;
  start: number;
  end: number;
}

function rowOf(line: TextLine, vatContext: boolean): Row | undefined {
  // Item by item: across items "858,75 19 163,16" would read as one spaced amount.
  const amounts = line.items.flatMap((item, i) =>
    amountsAt(item.text.trim()).map((a) => ({
      ...a,
      start: a.start + (line.offsets[i] ?? 0),
      end: a.end + (line.offsets[i] ?? 0),
    })),
  );
  let found: Row | undefined;
  let bestDiff = Infinity;
  for (const r of ratesOf(line, vatContext)) {
    for (const b of amounts) {
      for (const a of amounts) {
        // The base is printed before the VAT amount, in every layout seen.
        if (a.start <= b.start) continue;
        const base = new Decimal(b.value);
        const amount = new Decimal(a.value);
        if (base.abs().lt(amount.abs()) || base.isZero()) continue;
        const diff = r.value.isZero()
          ? amount.isZero() && vatContext
            ? 0
            : Infinity
          : amount.isZero()
            ? Infinity
            : base.times(r.value).div(100).toDecimalPlaces(2).minus(amount).abs().toNumber();
        if (diff > 0.02 || diff >= bestDiff) continue;
        bestDiff = diff;
        const confidence = (diff <= 0.01 ? 0.8 : 0.7) - (r.bare ? 0.05 : 0);
        found = {
          rate: r.value,
          base,
          amount,
          confidence,
          line,
          start: Math.min(r.start, b.start),
          end: Math.max(r.end, a.end),
        };
      }
    }
  }
  return found;
}

const fixed = (d: Decimal): string => d.toFixed(2);

export function vatBreakdown(
  lines: TextLine[],
  totalWithoutVat: string | undefined,
  totalVat: string | undefined,
): RecognizedVatRate[] {
  const rows: Row[] = [];
  lines.forEach((line, index) => {
    // A column of bare rates needs a VAT word in its row or in the header just above.
    const context = lines
      .slice(Math.max(0, index - 4), index + 1)
      .some((l) => l.page === line.page && VAT_WORD.test(l.text));
    const row = rowOf(line, context);
    if (row) rows.push(row);
  });
  if (rows.length === 0 && totalWithoutVat && totalVat) {
    // "19 % MwSt. 108,87": one rate printed with the VAT total only; the base is the total HT.
    const ht = new Decimal(totalWithoutVat);
    for (const line of lines) {
      if (!VAT_WORD.test(line.text)) continue;
      const rate = ratesOf(line, false).find(
        (r) =>
          !r.value.isZero() &&
          ht.times(r.value).div(100).toDecimalPlaces(2).minus(totalVat).abs().lte(0.02),
      );
      if (rate) {
        rows.push({
          rate: rate.value,
          base: ht,
          amount: new Decimal(totalVat),
          confidence: 0.7,
          line,
          start: rate.start,
          end: line.text.length,
        });
        break;
      }
    }
  }
  // One entry per rate: the same table may be printed twice; several rows of a rate add up.
  const byRate = new Map<string, Row[]>();
  for (const row of rows) {
    const key = fixed(row.rate);
    const list = byRate.get(key) ?? [];
    if (!list.some((r) => r.base.equals(row.base) && r.amount.equals(row.amount))) list.push(row);
    byRate.set(key, list);
  }
  const entries = [...byRate.entries()].map(([rate, list]) => ({
    rate,
    base: list.reduce((s, r) => s.plus(r.base), new Decimal(0)),
    amount: list.reduce((s, r) => s.plus(r.amount), new Decimal(0)),
    confidence: Math.min(...list.map((r) => r.confidence)),
    first: list[0] as Row,
  }));
  const sumBase = entries.reduce((s, e) => s.plus(e.base), new Decimal(0));
  const sumVat = entries.reduce((s, e) => s.plus(e.amount), new Decimal(0));
  const consistent =
    totalWithoutVat !== undefined &&
    totalVat !== undefined &&
    sumBase.equals(totalWithoutVat) &&
    sumVat.equals(totalVat);
  const contradicted = totalWithoutVat !== undefined && !sumBase.equals(totalWithoutVat);
  return entries.map((e) => {
    const confidence = consistent
      ? e.confidence + 0.15
      : contradicted
        ? e.confidence - 0.2
        : e.confidence;
    const box = boxOfSpan(e.first.line, e.first.start, e.first.end);
    return {
      rate: e.rate,
      base: fixed(e.base),
      amount: fixed(e.amount),
      confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
      ...(box ? { box } : {}),
    };
  });
}
