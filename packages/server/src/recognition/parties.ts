import type { RecognizedField, TextLine } from './types';
import { findSirets, findVatNumbers } from './values';

/**
 * Seller and buyer identifiers. Each identifier found is given to a party by its own label
 * ("N° TVA client", "Kundennummer") or by the block it sits in ("Käufer", "Client", "Facturé à");
 * anything else is the seller's, whose identifiers are printed in the header or the footer.
 */

const BUYER_LABEL =
  /\b(?:client|customer|kunde|kunden|käufer|acheteur|buyer|destinataire|leistungsempfänger|rechnungsempfänger|bill\s+to|factur[ée]\s+à|adresse\s+de\s+facturation)/iu;
const SELLER_HEADER =
  /\b(?:verkäufer|lieferant|fournisseur|vendeur|seller|supplier|émetteur|rechnungssteller)\b/iu;
const BUYER_NUMBER =
  /\b(?:kundennummer|kunden-?nr\.?|customer\s+(?:number|no\.?|id)|n°\s*client|code\s+client|numéro\s+client|nummer)\s*:?\s*([A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/.]*)/iu;
const TAX_NUMBER =
  /\b(?:steuernummer|st\.?-?nr\.?|steuer-?nr\.?)\s*:?\s*(\d{2,3}\/\d{3}\/\d{4,5})/iu;
const GLN = /\b(?:gln|globale\s+nummer|global\s+location\s+number)\b[^\d]{0,10}(\d{13})\b/iu;

interface Found {
  value: string;
  buyer: boolean;
  rank: number;
  line: number;
}

export function parties(lines: TextLine[]): { seller?: RecognizedField; buyer?: RecognizedField } {
  const found: Found[] = [];
  let section: 'seller' | 'buyer' | undefined;
  let sectionLine = -1;
  lines.forEach((line, index) => {
    const t = line.text;
    // A short line naming a party starts its block; blocks fade after a dozen lines.
    if (t.length < 60 && SELLER_HEADER.test(t) && !BUYER_LABEL.test(t)) {
      section = 'seller';
      sectionLine = index;
    } else if (t.length < 60 && BUYER_LABEL.test(t) && !/:\s*\S/.test(t)) {
      section = 'buyer';
      sectionLine = index;
    }
    if (index - sectionLine > 14) section = undefined;
    const labelBuyer = BUYER_LABEL.test(t);
    const isBuyer = labelBuyer || section === 'buyer';
    for (const vat of findVatNumbers(t))
      found.push({ value: vat, buyer: isBuyer, rank: 0, line: index });
    for (const siret of findSirets(t, false)) {
      if (/siret|siren|rcs|immatricul/iu.test(t)) {
        found.push({ value: siret, buyer: isBuyer, rank: 1, line: index });
      }
    }
    const tax = TAX_NUMBER.exec(t);
    if (tax) found.push({ value: tax[1]!, buyer: isBuyer, rank: 2, line: index });
    const gln = GLN.exec(t);
    if (gln) found.push({ value: gln[1]!, buyer: isBuyer, rank: 3, line: index });
    const number = BUYER_NUMBER.exec(t);
    if (number && isBuyer) found.push({ value: number[1]!, buyer: true, rank: 4, line: index });
  });
  const pick = (buyer: boolean): RecognizedField | undefined => {
    const c = found
      .filter((f) => f.buyer === buyer)
      .sort((a, b) => a.rank - b.rank || a.line - b.line)[0];
    return c ? { value: c.value, confidence: c.rank === 0 ? 0.85 : 0.7 } : undefined;
  };
  const seller = pick(false);
  const buyer = pick(true);
  return { ...(seller ? { seller } : {}), ...(buyer ? { buyer } : {}) };
}
