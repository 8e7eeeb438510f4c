import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { Lang } from '../i18n/lang';

/**
 * The deposit receipt (certificat de dépôt): names the invoice, the SHA-256 of its invoice document
 * and the server's deposit time, which legally starts the payment period (chorus-pro.md 4.2).
 * Pure: bytes out, nothing read or written.
 */
export interface DepositReceiptData {
  choraleId: string;
  number: string;
  kind: 'invoice' | 'creditNote';
  issueDate: string;
  supplierName: string;
  supplierIdentifier: string;
  recipientName: string;
  recipientIdentifier: string;
  recipientServiceCode: string | null;
  totalInclVat: string;
  currency: string;
  depositedAt: Date;
  documentSha256: string;
  depositedBy: string;
}

const LABELS = {
  fr: {
    title: 'Certificat de dépôt',
    intro: 'Chorale certifie avoir reçu le document suivant à la date et à l’heure indiquées.',
    id: 'Identifiant Chorale',
    number: 'Numéro',
    kind: { invoice: 'Facture', creditNote: 'Avoir' },
    type: 'Type',
    issueDate: 'Date de facture',
    supplier: 'Fournisseur',
    recipient: 'Destinataire',
    service: 'Service',
    total: 'Montant TTC',
    depositedAt: 'Déposée le (UTC)',
    by: 'Déposée par',
    fingerprint: 'Empreinte SHA-256 du document de facture',
    note: 'La date de dépôt fait courir le délai de paiement.',
  },
  en: {
    title: 'Deposit receipt',
    intro: 'Chorale certifies that it received the following document at the date and time given.',
    id: 'Chorale identifier',
    number: 'Number',
    kind: { invoice: 'Invoice', creditNote: 'Credit note' },
    type: 'Type',
    issueDate: 'Invoice date',
    supplier: 'Supplier',
    recipient: 'Recipient',
    service: 'Service',
    total: 'Total incl. VAT',
    depositedAt: 'Deposited at (UTC)',
    by: 'Deposited by',
    fingerprint: 'SHA-256 fingerprint of the invoice document',
    note: 'The deposit date starts the payment period.',
  },
} as const;

// The standard fonts only encode WinAnsi: anything else is replaced rather than failing the deposit.
function winAnsi(text: string): string {
  return text.replace(/[^\x20-\x7E\u00A0-\u00FF\u2019\u20AC\u2013\u2014]/g, '?');
}

export async function writeDepositReceipt(
  data: DepositReceiptData,
  lang: Lang,
): Promise<Uint8Array> {
  const l = LABELS[lang];
  const doc = await PDFDocument.create();
  doc.setTitle(`${l.title} ${data.choraleId}`);
  doc.setProducer('Chorale');
  doc.setCreationDate(data.depositedAt);
  const page = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  let y = 780;
  page.drawText(winAnsi(l.title), { x: 56, y, size: 20, font: bold, color: rgb(0, 0, 0.57) });
  y -= 30;
  page.drawText(winAnsi(l.intro), { x: 56, y, size: 10, font: regular });
  y -= 30;
  const rows: Array<[string, string]> = [
    [l.id, data.choraleId],
    [l.type, l.kind[data.kind]],
    [l.number, data.number],
    [l.issueDate, data.issueDate],
    [l.supplier, `${data.supplierName} (${data.supplierIdentifier})`],
    [l.recipient, `${data.recipientName} (${data.recipientIdentifier})`],
    [l.service, data.recipientServiceCode ?? '-'],
    [l.total, `${data.totalInclVat} ${data.currency}`],
    [l.depositedAt, data.depositedAt.toISOString()],
    [l.by, data.depositedBy],
  ];
  for (const [label, value] of rows) {
    page.drawText(winAnsi(label), { x: 56, y, size: 10, font: bold });
    page.drawText(winAnsi(value).slice(0, 80), { x: 200, y, size: 10, font: regular });
    y -= 18;
  }
  y -= 12;
  page.drawText(winAnsi(l.fingerprint), { x: 56, y, size: 10, font: bold });
  y -= 16;
  page.drawText(data.documentSha256, { x: 56, y, size: 9, font: mono });
  y -= 30;
  page.drawText(winAnsi(l.note), { x: 56, y, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) });
  return doc.save();
}
