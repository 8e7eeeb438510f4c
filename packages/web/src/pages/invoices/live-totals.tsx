import { computeTotals, lineNetAmount } from '@chorale/einvoice/money';
import type { InvoiceInput } from '../../invoices/api';
import { useInvoiceI18n } from '../../invoices/messages';

const AMOUNT = /^\d{1,13}(\.\d{1,6})?$/;
const clean = (s: string | undefined) => (s && AMOUNT.test(s.trim()) ? s.trim() : '0');

/**
 * Totals and VAT breakdown as the user types, with the core package's money module: the very code
 * the server runs when it saves (EN 16931 rounding on decimal strings, never floats).
 */
export function computeLive(input: InvoiceInput) {
  const lines = input.lines.map((l) => {
    const net = lineNetAmount({
      quantity: clean(l.quantity),
      netPrice: clean(l.unitPrice),
      allowances: l.allowance ? [clean(l.allowance)] : [],
    });
    return {
      amount: net,
      vatCategoryCode: l.vatCategory,
      ...(l.vatCategory !== 'O' ? { vatRate: clean(l.vatRate) } : {}),
    };
  });
  const doc = (a: InvoiceInput['allowances'][number]) => ({
    amount: clean(a.amount),
    vatCategoryCode: a.vatCategory,
    ...(a.vatCategory !== 'O' ? { vatRate: clean(a.vatRate) } : {}),
  });
  const result = computeTotals({
    lines,
    allowances: input.allowances.map(doc),
    charges: input.charges.map(doc),
  });
  return { lineNets: lines.map((l) => l.amount), ...result };
}

export function LiveTotals({ input }: { input: InvoiceInput }) {
  const { it } = useInvoiceI18n();
  const { totals, vatBreakdown } = computeLive(input);
  const paid = input.billingFramework === 'A2';
  return (
    <section className="fr-mt-2w" aria-labelledby="totals-title" aria-live="polite">
      <h3 id="totals-title">{it('form.totals')}</h3>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>{it('form.vatBreakdown')}</caption>
          <thead>
            <tr>
              <th scope="col">{it('form.line.vat')}</th>
              <th scope="col">{it('form.line.rate')}</th>
              <th scope="col">{it('form.amount')}</th>
              <th scope="col">{it('form.totals.vat')}</th>
            </tr>
          </thead>
          <tbody>
            {vatBreakdown.map((v) => (
              <tr key={`${v.categoryCode}-${v.rate ?? ''}`}>
                <td>{v.categoryCode}</td>
                <td>{v.rate ?? '—'}</td>
                <td>{v.taxableAmount}</td>
                <td>{v.taxAmount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="invoice-totals">
        <dt>{it('form.totals.lines')}</dt>
        <dd data-testid="total-lines">
          {totals.lineNetAmount} {input.currency}
        </dd>
        <dt>{it('form.totals.excl')}</dt>
        <dd data-testid="total-excl">
          {totals.taxExclusiveAmount} {input.currency}
        </dd>
        <dt>{it('form.totals.vat')}</dt>
        <dd data-testid="total-vat">
          {totals.taxAmount} {input.currency}
        </dd>
        <dt>{it('form.totals.incl')}</dt>
        <dd data-testid="total-incl">
          {totals.taxInclusiveAmount} {input.currency}
        </dd>
        <dt>{it('form.totals.due')}</dt>
        <dd data-testid="total-due">
          {paid ? '0.00' : totals.payableAmount} {input.currency}
        </dd>
      </dl>
    </section>
  );
}
