/** The body of the rendering: lines, allowances and charges, VAT breakdown, totals, payment, notes. */
import type { InvoiceLine } from '../../model/invoice';
import type { Column } from './canvas';
import { MUTED } from './canvas';
import {
  formatAmount,
  formatDate,
  formatDecimal,
  formatIban,
  formatMoney,
  formatPercent,
} from './format';
import { paymentMeansLabel, unitLabel, vatCategoryLabel } from './labels';
import type { RenderCtx } from './parties';

/** An allowance shown as a deduction: '-5.00' for 5.00; a zero or an already negative amount as it is. */
function deduction(amount: string, lang: RenderCtx['lang']): string {
  const v = amount.trim();
  const shown = formatAmount(v, lang);
  return v.startsWith('-') || /^[+]?0*\.?0*$/.test(v) ? shown : `-${shown}`;
}

function lineDescription(ctx: RenderCtx, line: InvoiceLine): string {
  const { L, lang } = ctx;
  const parts = [line.item.name];
  if (line.item.description) parts.push(line.item.description);
  if (line.item.sellerId) parts.push(`${L.identifier}${L.colon}${line.item.sellerId}`);
  if (line.note) parts.push(line.note);
  if (line.period && (line.period.startDate || line.period.endDate)) {
    parts.push(
      `${L.period}${L.colon}${formatDate(line.period.startDate, lang)} – ${formatDate(line.period.endDate, lang)}`,
    );
  }
  if (line.purchaseOrderLineReference)
    parts.push(`${L.orderLine}${L.colon}${line.purchaseOrderLineReference}`);
  for (const a of line.allowances) {
    parts.push(
      `${L.allowance}${L.colon}${deduction(a.amount, lang)}${a.reason ? ` (${a.reason})` : ''}`,
    );
  }
  for (const ch of line.charges) {
    parts.push(
      `${L.charge} : +${formatAmount(ch.amount, lang)}${ch.reason ? ` (${ch.reason})` : ''}`,
    );
  }
  return parts.join('\n');
}

export function drawLines(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  if (inv.lines.length === 0) return;
  const w = c.width;
  const columns: Column[] = [
    { title: L.lineNo, width: 30 },
    { title: L.description, width: w - 30 - 50 - 48 - 68 - 44 - 76 },
    { title: L.quantity, width: 50, align: 'right' },
    { title: L.unit, width: 48 },
    { title: L.unitPrice, width: 68, align: 'right' },
    { title: L.vatRate, width: 44, align: 'right' },
    { title: L.netAmount, width: 76, align: 'right' },
  ];
  const rows = inv.lines.map((line) => {
    const base =
      line.price.baseQuantity &&
      line.price.baseQuantity.trim() !== '' &&
      line.price.baseQuantity !== '1'
        ? ` / ${formatDecimal(line.price.baseQuantity, lang)}`
        : '';
    return [
      line.id,
      lineDescription(ctx, line),
      formatDecimal(line.quantity, lang),
      unitLabel(line.unitCode, lang),
      formatAmount(line.price.netPrice, lang) + base,
      line.vat.rate !== undefined ? formatPercent(line.vat.rate, lang) : line.vat.categoryCode,
      formatAmount(line.netAmount, lang),
    ];
  });
  c.table(L.lines, columns, rows);
}

export function drawAllowancesCharges(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  const items = [
    ...inv.allowances.map((a) => ({ kind: L.allowance, deduct: true, a })),
    ...inv.charges.map((a) => ({ kind: L.charge, deduct: false, a })),
  ];
  if (items.length === 0) return;
  const columns: Column[] = [
    { title: '', width: 70 },
    { title: L.description, width: c.width - 70 - 60 - 90 - 90 },
    { title: L.vatRate, width: 60, align: 'right' },
    { title: L.taxableAmount, width: 90, align: 'right' },
    { title: L.netAmount, width: 90, align: 'right' },
  ];
  c.table(
    L.allowancesCharges,
    columns,
    items.map(({ kind, deduct, a }) => [
      kind,
      [
        a.reason,
        a.reasonCode ? `(${a.reasonCode})` : '',
        a.percentage ? formatPercent(a.percentage, lang) : '',
      ]
        .filter(Boolean)
        .join(' '),
      a.vatRate !== undefined ? formatPercent(a.vatRate, lang) : a.vatCategoryCode,
      formatAmount(a.baseAmount, lang),
      deduct ? deduction(a.amount, lang) : formatAmount(a.amount, lang),
    ]),
  );
}

export function drawVatBreakdown(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  if (inv.vatBreakdown.length === 0) return;
  const columns: Column[] = [
    { title: L.category, width: 150 },
    { title: L.rate, width: 55, align: 'right' },
    { title: L.taxableAmount, width: 90, align: 'right' },
    { title: L.taxAmount, width: 90, align: 'right' },
    { title: L.exemption, width: c.width - 150 - 55 - 180 },
  ];
  c.table(
    L.vatBreakdown,
    columns,
    inv.vatBreakdown.map((v) => [
      vatCategoryLabel(v.categoryCode, lang),
      formatPercent(v.rate, lang),
      formatAmount(v.taxableAmount, lang),
      formatAmount(v.taxAmount, lang),
      [v.exemptionReasonCode, v.exemptionReason].filter(Boolean).join(' – '),
    ]),
  );
}

export function drawTotals(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  const t = inv.totals;
  const cur = inv.currencyCode;
  const rows: [string, string, boolean][] = [
    [L.lineTotal, formatMoney(t.lineNetAmount, cur, lang), false],
    [L.allowanceTotal, t.allowanceTotal ? formatMoney(t.allowanceTotal, cur, lang) : '', false],
    [L.chargeTotal, t.chargeTotal ? formatMoney(t.chargeTotal, cur, lang) : '', false],
    [L.totalWithoutVat, formatMoney(t.taxExclusiveAmount, cur, lang), true],
    [L.totalVat, t.taxAmount !== undefined ? formatMoney(t.taxAmount, cur, lang) : '', false],
    [
      L.totalVatAccounting,
      t.taxAmountInAccountingCurrency
        ? formatMoney(
            t.taxAmountInAccountingCurrency.value,
            t.taxAmountInAccountingCurrency.currencyId ?? inv.vatAccountingCurrencyCode ?? '',
            lang,
          )
        : '',
      false,
    ],
    [L.totalWithVat, formatMoney(t.taxInclusiveAmount, cur, lang), true],
    [L.paid, t.paidAmount ? formatMoney(t.paidAmount, cur, lang) : '', false],
    [L.rounding, t.roundingAmount ? formatMoney(t.roundingAmount, cur, lang) : '', false],
    [L.amountDue, formatMoney(t.payableAmount, cur, lang), true],
  ];
  const shown = rows.filter(([, v]) => v !== '');
  c.heading(L.totals);
  const lh = c.lineHeight({ size: 9 });
  c.ensure(shown.length * lh + 4);
  const x = c.left + c.width - 260;
  for (const [label, value, strong] of shown) {
    c.y -= lh;
    const style = { bold: strong, size: label === L.amountDue ? 10.5 : 9 };
    c.draw(label, x, c.y, strong ? style : { ...style, color: MUTED });
    c.draw(value, c.left + c.width - c.textWidth(value, style), c.y, style);
  }
  c.gap(4);
}

export function drawPayment(ctx: RenderCtx): void {
  const { c, inv, L, lang } = ctx;
  const p = inv.paymentInstructions;
  if (!p && !inv.paymentTerms && !inv.dueDate) return;
  c.heading(L.payment);
  const rows: [string, string][] = [];
  if (p) {
    rows.push([
      L.paymentMeans,
      [paymentMeansLabel(p.meansCode, lang), p.meansText].filter(Boolean).join(' – '),
    ]);
    for (const t of p.creditTransfers) {
      rows.push([L.iban, formatIban(t.accountId)]);
      if (t.serviceProviderId) rows.push([L.bic, t.serviceProviderId]);
      if (t.accountName) rows.push([L.accountName, t.accountName]);
    }
    if (p.remittanceInformation) rows.push([L.remittance, p.remittanceInformation]);
    if (p.paymentCard) {
      rows.push([
        L.card,
        [p.paymentCard.primaryAccountNumber, p.paymentCard.holderName].filter(Boolean).join(' – '),
      ]);
    }
    if (p.directDebit) {
      rows.push([L.mandate, p.directDebit.mandateReference ?? '']);
      rows.push([L.creditorId, p.directDebit.creditorId ?? '']);
      rows.push([L.debitedAccount, p.directDebit.debitedAccountId ?? '']);
    }
  }
  rows.push([L.dueDate, formatDate(inv.dueDate, lang)]);
  rows.push([L.paymentTerms, inv.paymentTerms ?? '']);
  c.pairs(rows);
}

export function drawNotes(ctx: RenderCtx): void {
  const { c, inv, L } = ctx;
  if (inv.notes.length > 0) {
    c.heading(L.notes);
    for (const n of inv.notes) {
      c.paragraph(n.subjectCode ? `[${n.subjectCode}] ${n.text}` : n.text);
      c.gap(2);
    }
  }
  if (inv.supportingDocuments.length > 0) {
    c.heading(L.documents);
    for (const d of inv.supportingDocuments) {
      const name = d.attachment?.filename ?? d.externalLocation ?? '';
      c.paragraph([d.reference, d.description, name].filter(Boolean).join(' – '));
    }
  }
}
