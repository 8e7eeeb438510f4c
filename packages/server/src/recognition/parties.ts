import { locateText } from './boxes';
import type { RecognizedField, TextLine } from './types';
import { findSirets, findVatNumbers } from './values';

/**
 * Seller and buyer identifiers. Each identifier found is given to a party by its own label
 * ("N° TVA client", "Kundennummer") or by the block it sits in ("Käufer", "Client", "Facturé à");
 * anything else is the seller's, whose identifiers are printed in the header or the footer.
 */

const BUYER_LABEL =
  /\b(?:client|customer|kunde|kunden|(?<!ver\s?)käufer|acheteur|buyer|destinataire|leistungsempfänger|rechnungsempfänger|bill\s+to|factur[ée]\s+à|adresse\s+de\s+facturation)/iu;
const SELLER_HEADER =
  /\b(?:ver\s?käufer|liefer\s?ant|fournisseur|vendeur|seller|supplier|émetteur|rechnungssteller)\b/iu;
const BUYER_NUMBER =
  /\b(?:kundennummer|kunden-?nr\.?|customer\s+(?:number|no\.?|id)|n°\s*client|code\s+client|numéro\s+client|customer|nummer)\s*:?\s*([A-Z0-9\-/.]*\d[A-Z0-9\-/.]*)/iu;
const TAX_NUMBER =
  /\b(?:steuernummer|st\.?-?nr\.?|steuer-?nr\.?)\s*:?\s*(\d{2,3}\/\d{3}\/\d{4,5})/iu;
const GLN = /\b(?:gln|globale\s+nummer|global\s+location\s+number)\b[^\d]{0,10}(\d{13})\b/iu;

interface Found {
  value: string;
  buyer: boolean;
  rank: number;
  line: number;
}

/** Parts of a line separated by a wide gap: the columns of a two-column layout. */
function segments(line: TextLine): { x: number; text: string }[] {
  const out: { x: number; text: string; end: number }[] = [];
  for (const item of line.items) {
    const last = out[out.length - 1];
    // A label ("Nummer:", "N° TVA client") keeps the value printed in the next column.
    const labelOnly = last !== undefined && !/\d/.test(last.text) && /\d/.test(item.text);
    if (last && (item.x - last.end < 30 || (labelOnly && item.x - last.end < 200))) {
      last.text += ` ${item.text.trim()}`;
      last.end = item.x + item.width;
    } else out.push({ x: item.x, text: item.text.trim(), end: item.x + item.width });
  }
  return out;
}

interface Header {
  kind: 'seller' | 'buyer';
  x: number;
  line: number;
}

export function parties(lines: TextLine[]): { seller?: RecognizedField; buyer?: RecognizedField } {
  const found: Found[] = [];
  const headers: Header[] = [];
  lines.forEach((line, index) => {
    for (const { x, text: t } of segments(line)) {
      // A short segment naming a party starts its block, in its column, for a score of lines.
      if (t.length < 40 && SELLER_HEADER.test(t) && !BUYER_LABEL.test(t) && !/\d/.test(t)) {
        headers.push({ kind: 'seller', x, line: index });
        continue;
      }
      if (t.length < 40 && BUYER_LABEL.test(t) && !/:\s*\S/.test(t) && !/\d/.test(t)) {
        headers.push({ kind: 'buyer', x, line: index });
        continue;
      }
      const header = headers
        .filter((h) => index - h.line <= 20 && Math.abs(h.x - x) < 80)
        .sort((a, b) => b.line - a.line)[0];
      const isBuyer = BUYER_LABEL.test(t) || header?.kind === 'buyer';
      const add = (value: string, rank: number): void => {
        found.push({ value, buyer: isBuyer, rank, line: index });
      };
      // IBANs look like VAT numbers followed by more digits: take them out first.
      const noIban = t.replace(/\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,}/g, ' ');
      for (const vat of findVatNumbers(noIban)) add(vat, 0);
      if (/siret|siren|rcs|immatricul/iu.test(t)) for (const s of findSirets(t, false)) add(s, 1);
      const tax = TAX_NUMBER.exec(t);
      if (tax) add(tax[1]!, 2);
      const gln = GLN.exec(t);
      if (gln) add(gln[1]!, 3);
      const number = BUYER_NUMBER.exec(t);
      if (number && isBuyer) found.push({ value: number[1]!, buyer: true, rank: 4, line: index });
    }
  });
  const pick = (buyer: boolean): RecognizedField | undefined => {
    const c = found
      .filter((f) => f.buyer === buyer)
      .sort((a, b) => a.rank - b.rank || a.line - b.line)[0];
    if (!c) return undefined;
    const line = lines[c.line];
    const box = line ? locateText(line, c.value) : undefined;
    return { value: c.value, confidence: c.rank === 0 ? 0.85 : 0.7, ...(box ? { box } : {}) };
  };
  const seller = pick(false);
  const buyer = pick(true);
  return { ...(seller ? { seller } : {}), ...(buyer ? { buyer } : {}) };
}
