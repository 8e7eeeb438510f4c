import Decimal from 'decimal.js';
import { locate, locateText } from './boxes';
import { best, labelled } from './labels';
import type { Candidate } from './labels';
import { parties } from './parties';
import { tableLines } from './table-lines';
import type { FieldName, RecognizedField, RecognizedFields, TextLine } from './types';
import {
  allAmounts,
  findIban,
  parseAmount,
  parseBic,
  parseDate,
  parseDateUs,
  parseIbanShape,
} from './values';
import { vatBreakdown } from './vat-breakdown';

/**
 * Recognition of the invoice fields from the lines of the visible page (pure: text with positions
 * in, fields with confidence out). Labels in French, German and English.
 */

const NUMBER_TOKEN =
  /^[:#°.\s]*(?:n[°o]\.?|nr\.?|no\.?|number|nummer|num[ée]ro)?[:#°.\s]*([A-Z0-9][A-Z0-9\-/_.]*)/iu;

function invoiceNumber(text: string): string | undefined {
  const m = NUMBER_TOKEN.exec(text);
  const v = m?.[1]?.replace(/[.\-/]+$/, '');
  if (!v || !/\d/.test(v) || v.length < 2 || parseDate(v) !== undefined) return undefined;
  return v;
}

const NUMBER_LABELS = [
  /\b(?:n°|no\.?|num[ée]ro)\s*(?:de\s+(?:la\s+)?)?(?:facture|avoir)\b/iu,
  /\b(?:facture|avoir)\s*(?:n°|no\.?|num[ée]ro)/iu,
  /\brechnungs-?\s?(?:nummer|nr\.?)|\bbeleg-?nummer|\bgutschriftsnummer/iu,
  /\binvoice\s*(?:number|no\.?|#)|\bcredit note\s*(?:number|no\.?)/iu,
  /^(?:facture|avoir|rechnung|gutschrift|invoice|rechnungskorrektur)\b/iu,
  /\b(?:handelsrechnung|rechnung|gutschrift|rechnungskorrektur)\b.*?\bnr\.?/iu,
  /\bNr\.?(?=\s*:?\s*\w)/u,
];

const DATE_LABELS = [
  /\bdate\s+(?:de\s+(?:la\s+)?)?(?:facture|facturation|d'?émission|de l'avoir)/iu,
  /\brechnungsdatum|\bbelegdatum|\bgutschriftsdatum/iu,
  /\b(?:facture|rechnung|invoice)\b.*?\b(?:du|vom|dated|of)\b/iu,
  /(?:facture|rechnung|invoice|gutschrift)\b.*?\b(?:du|vom|dated|issued\s+at)\b/iu,
  /\bvom\b/iu,
  /^(?:date|datum)\b/iu,
  /\b(?:date|datum)\s*:/iu,
];

const DATE_LABELS_EN = [/\binvoice\s+date|\bdate\s+of\s+issue|\bissue\s+date/iu];

const DATE_EXCLUDE =
  /associ|précédente|referenced|version|stylesheet|gemäß|échéance|echeance|livraison|leistung|liefer|fällig|due|zahlbar|bestell|commande|période|zeitraum|payment/iu;

const DUE_LABELS = [
  /\bdate\s+d'?échéance|échéance|\bdate\s+limite/iu,
  /\bfällig(?:keits(?:datum)?)?|\bzahlbar\s+bis|\bzahlungsziel/iu,
  /\bdue\s+date|\bpayment\s+due|\bdue\b/iu,
];

const TOTAL_HT = [
  /\btotal\s+(?:net\s+)?h\.?\s?t\.?\b|\bmontant\s+(?:total\s+)?h\.?t\.?\b|\btotal\s+hors\s+taxes?/iu,
  /\brechnungssumme\s+ohne|\bnettobetrag|\bsumme\s+netto|\bnettosumme|\bgesamt\s*netto|\bnetto\s*gesamt|\bsumme\s+ohne/iu,
  /\btotal\s*(?:€|eur)?\s*(?:excl\.?|excluding|before|net)|\bsubtotal|\bnet\s+(?:total|amount)/iu,
  /\bwarenwert|\bpositionssumme|\bsumme\s+positionen|\bnetto\b/iu,
];

const TOTAL_VAT = [
  /\btotal\s+(?:de\s+la\s+)?(?:tva|taxes)|\bmontant\s+(?:total\s+)?(?:de\s+la\s+)?tva/iu,
  /\bsteuerbetrag|\bsumme\s+(?:ust|mwst|umsatzsteuer)|\bgesamt\s*(?:ust|mwst)|\bust\.?-?betrag|\bmwst\.?-?betrag/iu,
  /\btotal\s+vat|\bvat\s+(?:total|amount)|\btax\s+total|\btotal\s+tax/iu,
  /^(?:tva|mwst\.?|ust\.?|vat|umsatzsteuer)\b(?!.*%)/iu,
  /^\d{1,2}(?:[.,]\d+)?\s?%\s*(?:tva|mwst\.?|ust\.?|vat)\b/iu,
];

const TOTAL_TTC = [
  /\btotal\s+t\.?t\.?c\.?\b|\bmontant\s+(?:total\s+)?t\.?t\.?c\.?\b|\btotal\s+toutes\s+taxes/iu,
  /\bbruttosumme|\bgesamtbetrag|\brechnungsbetrag|\bbrutto\s*gesamt|\bgesamtsumme|\brechnungssumme(?!\s+ohne)|\bendbetrag|\bsumme\s+brutto|\bsumme\s+gesamt/iu,
  /\btotal\s*(?:€|eur)?\s*(?:incl\.?|including|gross)|\binvoice\s+total|\bgrand\s+total/iu,
  /^total\b(?!.*\b(?:ht|hors|tva|net|taxes)\b)/iu,
];

const AMOUNT_DUE = [
  /\bnet\s+[aà]\s+payer|\bsolde\s+à\s+payer|\breste\s+à\s+payer|\bmontant\s+à\s+payer|à\s+payer\b/iu,
  /\bzahlbetrag|\bfälliger\s+betrag|\bzu\s+zahlen|\bzahlungsbetrag|\boffener\s+betrag/iu,
  /\bamount\s+due|\bdue\s+payable|\bbalance\s+due|\btotal\s+due|\bamount\s+payable/iu,
];

const PO_LABELS = [
  /\bbon\s+de\s+commande|\bn°\s*(?:de\s+)?commande|\bengagement\s+juridique|\bvotre\s+(?:référence|commande)/iu,
  /\bbestell(?:nummer|ung\s+nr\.?|referenz)|\bihre\s+bestellung/iu,
  /\bpurchase\s+order|\bpo\s+(?:number|no\.?)|\border\s+(?:number|reference)/iu,
];

const BIC_LABELS = [/\b(?:code\s+)?(?:bic|swift)(?:\s*code)?\b/iu];

function field(c: Candidate | undefined): RecognizedField | undefined {
  if (!c) return undefined;
  const out: RecognizedField = { value: c.value, confidence: Math.round(c.confidence * 100) / 100 };
  if (c.box) out.box = c.box;
  return out;
}

/** The IBAN and where it is printed. */
function iban(lines: TextLine[]): RecognizedField | undefined {
  const value = findIban(lines.map((l) => l.text).join('\n'));
  if (!value) {
    const shaped = best(labelled(lines, [/\biban\b/iu], parseIbanShape, { below: false }));
    return shaped ? field({ ...shaped, confidence: 0.5 }) : undefined;
  }
  const line = lines.find((l) => l.text.replace(/\s/g, '').includes(value));
  const box = line ? locateText(line, value) : undefined;
  return { value, confidence: 0.95, ...(box ? { box } : {}) };
}

function currency(lines: TextLine[]): RecognizedField | undefined {
  const text = lines.map((l) => l.text).join('\n');
  const labelled = /(?:devise|währung|currency)\s*:?\s*([A-Z]{3})\b/iu.exec(text);
  if (labelled) {
    const value = labelled[1]!.toUpperCase();
    const line = lines.find((l) => /(?:devise|währung|currency)/iu.test(l.text));
    const box = line ? locateText(line, value) : undefined;
    return { value, confidence: 0.95, ...(box ? { box } : {}) };
  }
  const counts = new Map<string, number>();
  const add = (code: string, n: number): void => {
    counts.set(code, (counts.get(code) ?? 0) + n);
  };
  for (const m of text.matchAll(/\b(EUR|USD|GBP|CHF|JPY|CAD|SEK|DKK|NOK|PLN|CZK)\b/g))
    add(m[1]!, 1);
  add('EUR', (text.match(/€/g) ?? []).length);
  add('GBP', (text.match(/£/g) ?? []).length);
  add('USD', (text.match(/\$/g) ?? []).length);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top && top[1] > 0) return { value: top[0], confidence: 0.8 };
  // Without any mark the amounts are almost surely in euros on this portal: say it, unsure.
  return { value: 'EUR', confidence: 0.4 };
}

function sums(a: string, b: string, c: string): boolean {
  return new Decimal(a).plus(b).equals(c);
}

/** Picks the totals: a triple where HT + TVA = TTC wins and gets a higher confidence. */
function totals(
  lines: TextLine[],
): Pick<RecognizedFields, 'totalWithoutVat' | 'totalVat' | 'totalWithVat' | 'amountDue'> {
  const ht = labelled(lines, TOTAL_HT, parseAmount);
  const vat = labelled(lines, TOTAL_VAT, parseAmount);
  const ttc = labelled(lines, TOTAL_TTC, parseAmount);
  const due = labelled(lines, AMOUNT_DUE, parseAmount);
  let chosen: [Candidate, Candidate, Candidate] | undefined;
  let score = -1;
  for (const a of ht)
    for (const b of vat)
      for (const c of ttc)
        if (sums(a.value, b.value, c.value)) {
          const s = a.confidence + b.confidence + c.confidence + (a.line + b.line + c.line) / 1e4;
          if (s > score) {
            score = s;
            chosen = [a, b, c];
          }
        }
  const boost = (c: Candidate): Candidate => ({
    ...c,
    confidence: Math.min(0.99, c.confidence + 0.1),
  });
  const [h, picked, t] = chosen
    ? chosen.map(boost)
    : [best(ht, true), best(vat, true), best(ttc, true)];
  let v = picked;
  if (!chosen && h && t) {
    // The VAT total is the difference when the page prints that amount somewhere.
    const diff = new Decimal(t.value).minus(h.value).toFixed(2);
    const at = lines.findIndex((l) => allAmounts(l.text).includes(diff));
    const where = lines[at];
    if (where) {
      const box = locate(where, 0, (s) => parseAmount(s) === diff);
      v = { value: diff, confidence: 0.6, line: at, ...(box ? { box } : {}) };
    }
  }
  let total = t;
  if (!total && h && v) {
    // No total with VAT printed: it is the sum, unsure.
    const sum = new Decimal(h.value).plus(v.value).toFixed(2);
    total = { value: sum, confidence: 0.5, line: Math.max(h.line, v.line) };
  }
  const d =
    best(due, true) ?? (total ? { ...total, confidence: total.confidence * 0.6 } : undefined);
  return {
    ...(h ? { totalWithoutVat: field(h) } : {}),
    ...(v ? { totalVat: field(v) } : {}),
    ...(total ? { totalWithVat: field(total) } : {}),
    ...(d ? { amountDue: field(d) } : {}),
  };
}

export function recognizeFields(lines: TextLine[]): RecognizedFields {
  const out: RecognizedFields = {};
  const set = (name: FieldName | 'bic', f: RecognizedField | undefined): void => {
    if (f) out[name] = f;
  };
  set('invoiceNumber', field(best(labelled(lines, NUMBER_LABELS, invoiceNumber))));
  const dates = [
    ...labelled(lines, DATE_LABELS, parseDate, { exclude: DATE_EXCLUDE }),
    ...labelled(lines, DATE_LABELS_EN, parseDateUs, { exclude: DATE_EXCLUDE }),
  ];
  set('issueDate', field(best(dates)));
  set('dueDate', field(best(labelled(lines, DUE_LABELS, parseDate))));
  set('currency', currency(lines));
  const ids = parties(lines);
  set('sellerId', ids.seller);
  set('buyerId', ids.buyer);
  set('purchaseOrder', field(best(labelled(lines, PO_LABELS, invoiceNumber))));
  set('iban', iban(lines));
  set('bic', field(best(labelled(lines, BIC_LABELS, parseBic))));
  Object.assign(out, totals(lines));
  const breakdown = vatBreakdown(lines, out.totalWithoutVat?.value, out.totalVat?.value);
  if (breakdown.length > 0) out.vatBreakdown = breakdown;
  const rows = tableLines(lines, out.totalWithoutVat?.value);
  if (rows.length > 0) out.lines = rows;
  return out;
}
