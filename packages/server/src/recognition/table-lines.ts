import Decimal from 'decimal.js';
import { boxOf } from './boxes';
import type { RecognizedLine, TextItem, TextLine } from './types';

/**
 * Invoice lines read from a table: a header row names the columns (description, quantity, unit
 * price, line total, VAT rate), the rows under it fill them. Headers often span two lines
 * ("Prix" / "unitaire"), so items of the lines just above and below join the header's columns.
 * Rows are kept only under a recognised header; each row gains confidence when quantity × price
 * gives its total, and all rows when their totals add up to the total excluding VAT.
 */

type Kind = 'description' | 'quantity' | 'unitPrice' | 'lineTotal' | 'vatRate' | 'other';

interface Column {
  kind: Kind;
  x0: number;
  x1: number;
  text: string;
}

const KINDS: [Exclude<Kind, 'description' | 'other'>, RegExp][] = [
  [
    'lineTotal',
    /\btotal\b|montant|amount|betrag|entgelt|gesamt|\bsumme\b|\bnet\s+value|\bline\s+net/iu,
  ],
  ['quantity', /quantit|\bqt[ée](?!\p{L})|\bqty\b|\bmenge\b|\banzahl\b|\bnombre\b/iu],
  [
    'unitPrice',
    /\bprix\b|\bunitaire\b|\bp\.\s?u\.?|\bpu\b|\bprice\b|preis\b|\bunit\s+cost\b|\brate\b/iu,
  ],
  ['vatRate', /\btva\b|\bvat\b|\bust\b|\bmwst|steuer|\btaux\b|\btax\b|%/iu],
];
const STRONG_DESCRIPTION =
  /d[ée]signation|description|libell[ée]|beschreibung|bezeichnung|\bleistung\b/iu;
const WEAK_DESCRIPTION = /\bprodu[ik]t|\bproduct\b|\bartikel\b|\barticle\b|\bitem\b|\bprestation/iu;
const STOP =
  /^(?:sous-?total|total|subtotal|summe|zwischensumme|positionssumme|nettobetrag|montant|net\s|zuzüglich|zzgl|taxe|tva\b|umsatzsteuer|détail|belegsummen|rechnungssumme|warenwert)/iu;

function columnsAround(lines: TextLine[], index: number): Column[] {
  const line = lines[index] as TextLine;
  const items = lines
    .filter((l) => l.page === line.page && Math.abs(l.y - line.y) <= 12)
    .flatMap((l) => l.items)
    .sort((a, b) => a.y - b.y);
  // Items whose spans overlap form one column: "Unit Price Excl." over "VAT".
  const groups: { x0: number; x1: number; texts: string[] }[] = [];
  for (const item of items) {
    const x0 = item.x;
    const x1 = item.x + item.width;
    const g = groups.find((c) => x0 < c.x1 - 2 && x1 > c.x0 + 2);
    if (g) {
      g.x0 = Math.min(g.x0, x0);
      g.x1 = Math.max(g.x1, x1);
      g.texts.push(item.text.trim());
    } else groups.push({ x0, x1, texts: [item.text.trim()] });
  }
  const columns: Column[] = groups
    .sort((a, b) => a.x0 - b.x0)
    .map((g) => {
      const text = g.texts.join(' ');
      const kind = STRONG_DESCRIPTION.test(text)
        ? 'description'
        : (KINDS.find(([, re]) => re.test(text))?.[0] ?? 'other');
      return { kind, x0: g.x0, x1: g.x1, text };
    });
  if (!columns.some((c) => c.kind === 'description')) {
    const weak = columns.find((c) => c.kind === 'other' && WEAK_DESCRIPTION.test(c.text));
    if (weak) weak.kind = 'description';
  }
  // "Prix unitaire … Prix HT": without a total column, the rightmost price is the line total.
  const prices = columns.filter((c) => c.kind === 'unitPrice');
  if (!columns.some((c) => c.kind === 'lineTotal') && prices.length >= 2) {
    (prices[prices.length - 1] as Column).kind = 'lineTotal';
  }
  // "Amount | Product | VAT | Price | Total": a second total column left of the price is the
  // quantity (an English "amount" of items).
  const totals = columns.filter((c) => c.kind === 'lineTotal');
  const firstPrice = columns.find((c) => c.kind === 'unitPrice');
  if (totals.length > 1 && !columns.some((c) => c.kind === 'quantity')) {
    for (const c of totals.slice(0, -1))
      c.kind = firstPrice && c.x1 < firstPrice.x0 ? 'quantity' : 'other';
  }
  // Several VAT-looking columns ("VAT", "VAT %"): the one with "%" holds the rate.
  const vat = columns.filter((c) => c.kind === 'vatRate');
  if (vat.length > 1 && vat.some((c) => c.text.includes('%'))) {
    for (const c of vat) if (!c.text.includes('%')) c.kind = 'other';
  }
  return columns;
}

function isHeader(columns: Column[]): boolean {
  const has = (k: Kind): boolean => columns.some((c) => c.kind === k);
  return has('description') && has('lineTotal') && (has('quantity') || has('unitPrice'));
}

function looksLikeHeader(lines: TextLine[], index: number): boolean {
  // Cheap test first: a header names a total, a quantity or a price on its own line.
  if (!KINDS.slice(0, 3).some(([, re]) => re.test((lines[index] as TextLine).text))) return false;
  return isHeader(columnsAround(lines, index));
}

function columnOf(columns: Column[], item: TextItem): Column | undefined {
  const center = item.x + item.width / 2;
  let best: Column | undefined;
  let bestDistance = Infinity;
  for (const c of columns) {
    const d = center < c.x0 ? c.x0 - center : center > c.x1 ? center - c.x1 : 0;
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= 40 ? best : undefined;
}

/** A number written with the page's decimal separator: '1.234,5000' → '1234.5000'. */
function parseNumber(text: string, comma: boolean): string | undefined {
  const dec = comma ? ',' : '.';
  const group = comma ? "[. \\u00a0\\u202f']" : "[, \\u00a0\\u202f']";
  const re = new RegExp(
    `(?<![\\d.,])([-−]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(\\${dec}\\d+)?(?![\\d])`,
  );
  const m = re.exec(text);
  if (!m) return undefined;
  const int = m[2]!.replace(/\D/g, '');
  const value = `${m[1] ? '-' : ''}${String(Number(int))}${m[3] ? `.${m[3].slice(1)}` : ''}`;
  return value === '-0' ? '0' : value;
}

interface Cells {
  items: TextItem[];
  description: string[];
  quantity?: string;
  unitPrice?: string;
  lineTotal?: string;
  vatRate?: string;
}

function cellsOf(line: TextLine, columns: Column[], comma: boolean): Cells {
  const cells: Cells = { items: [...line.items], description: [] };
  const firstNumeric = Math.min(
    ...columns.filter((c) => c.kind !== 'description' && c.kind !== 'other').map((c) => c.x0),
  );
  for (const item of line.items) {
    const text = item.text.trim();
    const column = columnOf(columns, item);
    if (!column) {
      // A centred "Description" over a wide column: the text left of the figures is the description.
      if (item.x + item.width < firstNumeric && /\p{L}{2}/u.test(text))
        cells.description.push(text);
      continue;
    }
    if (column.kind === 'description') cells.description.push(text);
    else if (column.kind === 'vatRate') {
      const rate = /(\d{1,2}(?:[.,]\d{1,3})?)\s?%?/.exec(text);
      if (rate && cells.vatRate === undefined)
        cells.vatRate = new Decimal(rate[1]!.replace(',', '.')).toFixed(2);
    } else if (column.kind !== 'other' && cells[column.kind] === undefined) {
      const n = parseNumber(text, comma);
      if (n !== undefined) cells[column.kind] = n;
    }
  }
  return cells;
}

function decimalComma(lines: TextLine[]): boolean {
  const text = lines.map((l) => l.text).join('\n');
  const commas = (text.match(/\d,\d{2}(?![\d,])/g) ?? []).length;
  const points = (text.match(/\d\.\d{2}(?![\d.])/g) ?? []).length;
  return commas >= points;
}

interface Row {
  cells: Cells;
  confidence: number;
}

function rowsUnder(lines: TextLine[], header: number, columns: Column[], comma: boolean): Row[] {
  const rows: Row[] = [];
  const headerLine = lines[header] as TextLine;
  let lastY = headerLine.y;
  let pendingDescription: string[] = [];
  let page = headerLine.page;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (line.page === headerLine.page && line.y - headerLine.y <= 12) continue;
    if (line.page !== page) {
      // A table goes on at the top of the next page, unless that page repeats the header.
      if (line.page !== page + 1 || looksLikeHeader(lines, i)) break;
      page = line.page;
      lastY = 0;
    }
    if (STOP.test(line.text) || line.y - lastY > 200) break;
    const cells = cellsOf(line, columns, comma);
    // A line total printed just under its row ("Miettage … 19 %" then "173,10").
    const next = lines[i + 1];
    if (cells.lineTotal === undefined && next && next.page === line.page && next.y - line.y <= 12) {
      const below = cellsOf(next, columns, comma);
      if (below.lineTotal !== undefined && below.quantity === undefined) {
        cells.lineTotal = below.lineTotal;
        cells.description.push(...below.description);
        cells.items.push(...next.items);
        i++;
      }
    }
    const numeric = cells.quantity !== undefined || cells.unitPrice !== undefined;
    if (
      cells.lineTotal === undefined ||
      !numeric ||
      !/[.,]\d{2}/.test(cells.items.map((t) => t.text).join(' '))
    ) {
      // Text between rows: the description of the next row when it has none on its own line.
      if (cells.description.length > 0) pendingDescription = cells.description;
      continue;
    }
    if (cells.description.length === 0) cells.description = pendingDescription;
    pendingDescription = [];
    lastY = line.y;
    let confidence = 0.6;
    if (cells.quantity !== undefined && cells.unitPrice !== undefined) {
      const product = new Decimal(cells.quantity).times(cells.unitPrice);
      if (product.minus(cells.lineTotal).abs().lte(0.011)) confidence += 0.2;
    }
    rows.push({ cells, confidence });
  }
  return rows;
}

export function tableLines(
  lines: TextLine[],
  totalWithoutVat: string | undefined,
): RecognizedLine[] {
  const comma = decimalComma(lines);
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!looksLikeHeader(lines, i)) continue;
    const columns = columnsAround(lines, i);
    const found = rowsUnder(lines, i, columns, comma);
    rows.push(...found);
    // Skip the header's neighbours (a two-line header is one header).
    const page = (lines[i] as TextLine).page;
    const y = (lines[i] as TextLine).y;
    while (lines[i + 1] && lines[i + 1]!.page === page && lines[i + 1]!.y - y <= 12) i++;
  }
  if (rows.length === 0) return [];
  const sum = rows.reduce((s, r) => s.plus(r.cells.lineTotal as string), new Decimal(0));
  const adds = totalWithoutVat !== undefined && sum.equals(totalWithoutVat);
  return rows.map(({ cells, confidence }) => {
    const box = boxOf(cells.items);
    const description = cells.description.join(' ').replace(/\s+/g, ' ').trim();
    return {
      description,
      ...(cells.quantity !== undefined ? { quantity: cells.quantity } : {}),
      ...(cells.unitPrice !== undefined ? { unitPrice: cells.unitPrice } : {}),
      lineTotal: new Decimal(cells.lineTotal as string).toFixed(2),
      ...(cells.vatRate !== undefined ? { vatRate: cells.vatRate } : {}),
      confidence: Math.round(Math.min(0.95, confidence + (adds ? 0.15 : 0)) * 100) / 100,
      ...(box ? { box } : {}),
    };
  });
}
