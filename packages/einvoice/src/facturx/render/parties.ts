/** The top of the rendering: title block, parties with identifiers and addresses, references. */
import type { Identifier, Invoice, PostalAddress } from '../../model/invoice';
import type { Canvas } from './canvas';
import { ACCENT, MUTED } from './canvas';
import { formatDate } from './format';
import type { Labels, RenderLang } from './labels';

export interface RenderCtx {
  c: Canvas;
  inv: Invoice;
  L: Labels;
  lang: RenderLang;
}

function idText(id: Identifier | undefined): string {
  if (!id || id.value.trim() === '') return '';
  return id.schemeId ? `${id.value} (${id.schemeId})` : id.value;
}

/** SIREN/SIRET for the French schemes (ICD 0002 SIREN, 0009 SIRET), "Registration" otherwise. */
function legalLabel(id: Identifier | undefined, L: Labels): string {
  const s = id?.schemeId?.trim();
  return s === undefined || s === '' || s === '0002' || s === '0009' ? L.legalId : L.legalIdOther;
}

function addressLines(a: PostalAddress | undefined): string[] {
  if (!a) return [];
  const city = [a.postCode, a.city].filter((x) => x && x.trim() !== '').join(' ');
  const region = [a.countrySubdivision, a.countryCode].filter((x) => x && x.trim() !== '');
  return [a.line1, a.line2, a.line3, city, region.join(', ')].filter(
    (x): x is string => x !== undefined && x.trim() !== '',
  );
}

/** One party block drawn in a column; returns the lowest y reached. */
const MAX_PARTY_LINES = 28;

function partyBlock(
  ctx: RenderCtx,
  x: number,
  width: number,
  title: string,
  lines: string[],
): number {
  const { c } = ctx;
  let y = c.y;
  const lh = c.lineHeight();
  y -= 12;
  c.draw(title.toUpperCase(), x, y, { bold: true, size: 9, color: ACCENT });
  y -= 2;
  // A party block is drawn side by side with another, without page breaks: it is capped so that
  // even absurdly long names or addresses stay on the page.
  const wrapped = lines.flatMap((line, i) =>
    c.wrap(line, width, i === 0 ? { bold: true } : {}).map((w) => [w, i === 0] as const),
  );
  const shown = wrapped.length > MAX_PARTY_LINES ? wrapped.slice(0, MAX_PARTY_LINES) : wrapped;
  if (shown.length < wrapped.length) shown.push(['…', false]);
  for (const [w, first] of shown) {
    y -= lh;
    c.draw(w, x, y + lh * 0.25, first ? { bold: true, size: 9 } : {});
  }
  return y;
}

function sellerLines(ctx: RenderCtx): string[] {
  const { inv, L } = ctx;
  const s = inv.seller;
  return [
    s.name,
    s.tradingName ? `${L.tradingName}${L.colon}${s.tradingName}` : '',
    ...addressLines(s.postalAddress),
    s.legalRegistrationId
      ? `${legalLabel(s.legalRegistrationId, L)}${L.colon}${idText(s.legalRegistrationId)}`
      : '',
    s.vatId ? `${L.vatId}${L.colon}${s.vatId}` : '',
    s.taxRegistrationId ? `${L.taxRegistration}${L.colon}${s.taxRegistrationId}` : '',
    ...s.identifiers.map((i) => `${L.identifier}${L.colon}${idText(i)}`),
    s.electronicAddress ? `${L.electronicAddress}${L.colon}${idText(s.electronicAddress)}` : '',
    contactText(s.contact, L),
    s.additionalLegalInformation ? `${L.legalInfo}${L.colon}${s.additionalLegalInformation}` : '',
  ].filter((x) => x.trim() !== '');
}

function buyerLines(ctx: RenderCtx): string[] {
  const { inv, L } = ctx;
  const b = inv.buyer;
  return [
    b.name,
    b.tradingName ? `${L.tradingName}${L.colon}${b.tradingName}` : '',
    ...addressLines(b.postalAddress),
    b.legalRegistrationId
      ? `${legalLabel(b.legalRegistrationId, L)}${L.colon}${idText(b.legalRegistrationId)}`
      : '',
    b.vatId ? `${L.vatId}${L.colon}${b.vatId}` : '',
    b.identifier ? `${L.identifier}${L.colon}${idText(b.identifier)}` : '',
    b.electronicAddress ? `${L.electronicAddress}${L.colon}${idText(b.electronicAddress)}` : '',
    contactText(b.contact, L),
  ].filter((x) => x.trim() !== '');
}

function contactText(contact: Invoice['seller']['contact'], L: Labels): string {
  if (!contact) return '';
  const parts = [contact.name, contact.telephone, contact.email].filter(
    (x): x is string => x !== undefined && x.trim() !== '',
  );
  return parts.length ? `${L.contact}${L.colon}${parts.join(', ')}` : '';
}

export function drawTitle(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  const title = inv.kind === 'creditNote' ? L.creditNote : L.invoice;
  c.y -= 20;
  c.draw(title, c.left, c.y, { bold: true, size: 20, color: ACCENT });
  const top = c.y;
  // A long number wraps (up to three lines) under the title instead of running into the dates.
  const numberStyle = { bold: true, size: 11 };
  for (const line of c.wrap(`${L.number} ${inv.number}`, c.width - 215, numberStyle).slice(0, 3)) {
    c.y -= 16;
    c.draw(line, c.left, c.y, numberStyle);
  }
  const rows: [string, string][] = [
    [L.issueDate, formatDate(inv.issueDate, lang)],
    [L.dueDate, formatDate(inv.dueDate, lang)],
    [L.typeCode, inv.typeCode],
    [L.currency, inv.currencyCode],
  ];
  let y = top + 20;
  const x = c.left + c.width - 200;
  for (const [label, value] of rows) {
    if (!value) continue;
    y -= 12;
    c.draw(label, x, y, { color: MUTED });
    c.draw(value.slice(0, 24), x + 95, y, { bold: true });
  }
  c.y = Math.min(c.y, y) - 6;
}

export function drawParties(ctx: RenderCtx): void {
  const { c, inv, L } = ctx;
  const colW = (c.width - 20) / 2;
  const blocks: [string, string[]][] = [
    [L.seller, sellerLines(ctx)],
    [L.buyer, buyerLines(ctx)],
  ];
  if (inv.payee) {
    blocks.push([
      L.payee,
      [inv.payee.name, idText(inv.payee.identifier), idText(inv.payee.legalRegistrationId)],
    ]);
  }
  const rep = inv.sellerTaxRepresentative;
  if (rep) {
    blocks.push([
      L.taxRepresentative,
      [rep.name, `${L.vatId}${L.colon}${rep.vatId}`, ...addressLines(rep.postalAddress)],
    ]);
  }
  const d = inv.delivery;
  if (d && (d.partyName || d.locationId || d.address)) {
    blocks.push([
      L.delivery,
      [d.partyName ?? '', idText(d.locationId), ...addressLines(d.address)],
    ]);
  }
  for (let i = 0; i < blocks.length; i += 2) {
    const pair = blocks
      .slice(i, i + 2)
      .map(([t, lines]) => [t, lines.filter((l) => l.trim() !== '')] as const);
    const height = Math.max(...pair.map(([, lines]) => lines.length)) * c.lineHeight() + 20;
    c.ensure(Math.min(height, (MAX_PARTY_LINES + 1) * c.lineHeight() + 20));
    const ends = pair.map(([t, lines], k) =>
      partyBlock(ctx, c.left + k * (colW + 20), colW, t, lines),
    );
    c.y = Math.min(...ends) - 6;
  }
}

export function drawReferences(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  const period = inv.invoicingPeriod;
  const rows: [string, string][] = [
    [L.purchaseOrder, inv.purchaseOrderReference ?? ''],
    [L.contract, inv.contractReference ?? ''],
    [L.serviceCode, inv.buyerReference ?? ''],
    [L.billingFramework, inv.processControl.businessProcessType ?? ''],
    [L.project, inv.projectReference ?? ''],
    [L.salesOrder, inv.salesOrderReference ?? ''],
    [L.receivingAdvice, inv.receivingAdviceReference ?? ''],
    [L.despatchAdvice, inv.despatchAdviceReference ?? ''],
    [L.tender, inv.tenderOrLotReference ?? ''],
    [L.buyerAccounting, inv.buyerAccountingReference ?? ''],
    ...inv.precedingInvoices.map((p): [string, string] => [
      L.precedingInvoice,
      [p.reference, formatDate(p.issueDate, lang)].filter(Boolean).join(' – '),
    ]),
    [
      L.invoicingPeriod,
      period
        ? [formatDate(period.startDate, lang), formatDate(period.endDate, lang)].join(' – ')
        : '',
    ],
    [L.deliveryDate, formatDate(inv.delivery?.actualDeliveryDate, lang)],
  ];
  if (!rows.some(([, v]) => v.trim() !== '' && v.trim() !== '–')) return;
  c.heading(L.references);
  c.pairs(rows.filter(([, v]) => v.trim() !== '–'));
}
