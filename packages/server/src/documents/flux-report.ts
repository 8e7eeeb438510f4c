import { rgb } from 'pdf-lib';
import type { FluxItemStatus, FluxStatus } from '../db/tables/fluxes';
import { toCsv } from '../domain/csv';
import type { Lang } from '../i18n/lang';
import type { FluxDetail, FluxItem } from '../services/fluxes/present-flux';
import { PdfTextFlow } from './pdf-text-flow';

/**
 * The integration report (compte-rendu) of a flux, as PDF and CSV, rendered from the same
 * FluxDetail the API returns as JSON. Pure: bytes or text out, nothing read or written. Messages
 * in the detail are already in the reader's language; `lang` picks the labels.
 */

const STATUS: Record<FluxStatus, { fr: string; en: string }> = {
  IN_RECU: { fr: 'Reçu', en: 'Received' },
  IN_EN_ATTENTE_TRAITEMENT: { fr: 'En attente de traitement', en: 'Waiting to be processed' },
  IN_EN_COURS_TRAITEMENT: { fr: 'En cours de traitement', en: 'Being processed' },
  IN_INTEGRE: { fr: 'Intégré', en: 'Integrated' },
  IN_INTEGRE_PARTIEL: { fr: 'Intégré partiellement', en: 'Partly integrated' },
  IN_REJETE: { fr: 'Rejeté', en: 'Rejected' },
  IN_INCIDENTE: { fr: 'En incident', en: 'Incident' },
};

const RESULT: Record<FluxItemStatus, { fr: string; en: string }> = {
  pending: { fr: 'En attente', en: 'Pending' },
  accepted: { fr: 'Acceptée', en: 'Accepted' },
  refused: { fr: 'Refusée', en: 'Refused' },
};

const LABELS = {
  fr: {
    title: 'Compte-rendu d’intégration du flux',
    flux: 'Numéro de flux',
    file: 'Fichier',
    syntax: 'Syntaxe',
    structure: 'Structure',
    depositedBy: 'Déposé par',
    validator: 'Valideur (factures A9/A12)',
    channel: 'Canal',
    channels: { portal: 'Portail', api: 'API' },
    size: 'Taille',
    bytes: 'octets',
    sha256: 'Empreinte SHA-256',
    duplicate: 'Fichier déjà déposé dans le flux',
    received: 'Reçu le (UTC)',
    started: 'Traitement commencé le (UTC)',
    finished: 'Traitement terminé le (UTC)',
    status: 'Statut',
    counts: 'Factures',
    countsText: '{total} au total, {accepted} acceptée(s), {refused} refusée(s)',
    refusal: 'Motif de rejet du flux',
    invoices: 'Factures du flux',
    none: 'Aucune facture n’a été lue dans ce flux.',
    invoice: 'Facture',
    number: 'Numéro',
    recipient: 'Destinataire',
    total: 'Montant TTC',
    result: 'Résultat',
    choraleId: 'Identifiant Chorale',
    findings: 'Anomalies',
    location: 'emplacement',
    value: 'valeur',
    severity: { fatal: 'bloquante', warning: 'avertissement' },
    page: 'Flux {number} — page {page}/{count}',
    csv: [
      'Flux',
      'Position',
      'Fichier',
      'Numéro de facture',
      'Identifiant destinataire',
      'Destinataire',
      'Montant TTC',
      'Devise',
      'Résultat',
      'Identifiant Chorale',
      'Règle',
      'Gravité',
      'Message',
      'Emplacement',
      'Valeur',
    ],
  },
  en: {
    title: 'Flux integration report',
    flux: 'Flux number',
    file: 'File',
    syntax: 'Syntax',
    structure: 'Structure',
    depositedBy: 'Deposited by',
    validator: 'Validator (A9/A12 invoices)',
    channel: 'Channel',
    channels: { portal: 'Portal', api: 'API' },
    size: 'Size',
    bytes: 'bytes',
    sha256: 'SHA-256 fingerprint',
    duplicate: 'File already deposited in flux',
    received: 'Received at (UTC)',
    started: 'Processing started at (UTC)',
    finished: 'Processing finished at (UTC)',
    status: 'Status',
    counts: 'Invoices',
    countsText: '{total} in all, {accepted} accepted, {refused} refused',
    refusal: 'Why the flux was rejected',
    invoices: 'Invoices of the flux',
    none: 'No invoice was read in this flux.',
    invoice: 'Invoice',
    number: 'Number',
    recipient: 'Recipient',
    total: 'Total incl. VAT',
    result: 'Result',
    choraleId: 'Chorale identifier',
    findings: 'Findings',
    location: 'location',
    value: 'value',
    severity: { fatal: 'blocking', warning: 'warning' },
    page: 'Flux {number} — page {page}/{count}',
    csv: [
      'Flux',
      'Position',
      'File',
      'Invoice number',
      'Recipient identifier',
      'Recipient',
      'Total incl. VAT',
      'Currency',
      'Result',
      'Chorale identifier',
      'Rule',
      'Severity',
      'Message',
      'Location',
      'Value',
    ],
  },
} as const;

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

function utc(iso: string | null): string {
  return iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : '-';
}

function recipientOf(item: FluxItem): string {
  if (item.recipientName && item.recipientIdentifier)
    return `${item.recipientName} (${item.recipientIdentifier})`;
  return item.recipientName ?? item.recipientIdentifier ?? '-';
}

function amountOf(item: FluxItem): string {
  return item.totalInclVat ? `${item.totalInclVat} ${item.currency ?? ''}`.trim() : '-';
}

/** The report as CSV: one row per finding, or one row for an invoice without findings. */
export function fluxReportCsv(detail: FluxDetail, lang: Lang): string {
  const l = LABELS[lang];
  const rows: Array<Array<string | null>> = [[...l.csv]];
  for (const item of detail.items) {
    const base = [
      detail.number,
      String(item.position + 1),
      item.fileName,
      item.number,
      item.recipientIdentifier,
      item.recipientName,
      item.totalInclVat,
      item.currency,
      RESULT[item.status][lang],
      item.invoice?.choraleId ?? null,
    ];
    if (item.findings.length === 0) rows.push([...base, null, null, null, null, null]);
    for (const f of item.findings) {
      rows.push([...base, f.rule, l.severity[f.severity], f.message, f.location, f.value]);
    }
  }
  // A flux refused as a whole (unreadable archive...) has no invoice line: say why in one row.
  if (detail.refusal) {
    rows.push([
      detail.number,
      null,
      detail.fileName,
      null,
      null,
      null,
      null,
      null,
      STATUS[detail.status][lang],
      null,
      detail.refusal.code,
      l.severity.fatal,
      detail.refusal.message,
      null,
      null,
    ]);
  }
  return toCsv(rows);
}

/** The report as a PDF: the flux, then each invoice with its result and every finding. */
export async function writeFluxReportPdf(detail: FluxDetail, lang: Lang): Promise<Uint8Array> {
  const l = LABELS[lang];
  const flow = await PdfTextFlow.create();
  flow.doc.setTitle(`${l.title} ${detail.number}`);
  flow.doc.setProducer('Chorale');
  flow.doc.setCreationDate(new Date(detail.finishedAt ?? detail.receivedAt));
  const blue = rgb(0, 0, 0.57);
  const grey = rgb(0.3, 0.3, 0.3);
  const red = rgb(0.8, 0.1, 0.1);
  // French puts a space before the colon and uses guillemets.
  const is = lang === 'fr' ? ' : ' : ': ';
  const quoted = (v: string) => (lang === 'fr' ? `« ${v} »` : `“${v}”`);

  flow.text(l.title, { size: 18, bold: true, color: blue });
  flow.space(8);
  flow.field(l.flux, detail.number);
  flow.field(l.status, STATUS[detail.status][lang]);
  flow.field(l.counts, fill(l.countsText, detail.counts));
  flow.field(l.file, detail.fileName);
  flow.field(l.syntax, detail.syntax);
  flow.field(l.structure, detail.structureName);
  if (detail.depositedBy) flow.field(l.depositedBy, detail.depositedBy.name);
  if (detail.validator) {
    const { identifier, serviceCode } = detail.validator;
    flow.field(l.validator, serviceCode ? `${identifier} / ${serviceCode}` : identifier);
  }
  flow.field(l.channel, l.channels[detail.channel]);
  flow.field(l.size, `${detail.sizeBytes} ${l.bytes}`);
  flow.field(l.received, utc(detail.receivedAt));
  flow.field(l.started, utc(detail.startedAt));
  flow.field(l.finished, utc(detail.finishedAt));
  flow.field(l.sha256, detail.sha256);
  if (detail.duplicateOf) flow.field(l.duplicate, detail.duplicateOf.number);
  if (detail.refusal) {
    flow.space(6);
    flow.text(`${l.refusal} (${detail.refusal.code})`, { bold: true, color: red });
    flow.text(detail.refusal.message);
  }

  flow.space(14);
  flow.text(l.invoices, { size: 14, bold: true, color: blue });
  if (detail.items.length === 0) flow.text(l.none, { color: grey });
  for (const item of detail.items) {
    flow.ensure(60);
    flow.rule();
    const result = RESULT[item.status][lang];
    flow.text(`${l.invoice} ${item.position + 1} — ${item.fileName} — ${result}`, {
      bold: true,
      color: item.status === 'refused' ? red : undefined,
    });
    flow.text(
      `${l.number}${is}${item.number ?? '-'}    ${l.recipient}${is}${recipientOf(item)}    ${l.total}${is}${amountOf(item)}`,
      { indent: 12 },
    );
    if (item.invoice?.choraleId) {
      flow.text(`${l.choraleId}${is}${item.invoice.choraleId}`, { indent: 12 });
    }
    if (item.findings.length > 0) {
      flow.text(`${l.findings} (${item.findings.length})`, { indent: 12, bold: true });
    }
    for (const f of item.findings) {
      flow.text(`${f.rule} [${l.severity[f.severity]}] ${f.message}`, { indent: 24 });
      const where = [
        f.location ? `${l.location}${is}${f.location}` : '',
        f.value !== null ? `${l.value}${is}${quoted(f.value)}` : '',
      ].filter(Boolean);
      if (where.length > 0) flow.text(where.join(' — '), { indent: 36, size: 8, color: grey });
    }
  }
  flow.footers((page, count) => fill(l.page, { number: detail.number, page, count }));
  return flow.doc.save();
}
