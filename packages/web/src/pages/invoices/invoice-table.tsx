import { Link } from 'react-router-dom';
import type { InvoiceSummary } from '../../invoices/api';
import { statusLabel, useInvoiceI18n } from '../../invoices/messages';

/** A list of invoices (search results, to process, recent events), each linking to its page. */
export function InvoiceTable({ items, caption }: { items: InvoiceSummary[]; caption: string }) {
  const { it, lang } = useInvoiceI18n();
  if (items.length === 0) return <p>{it('inv.none')}</p>;
  return (
    <div className="fr-table fr-table--no-caption">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{it('inv.col.number')}</th>
            <th scope="col">{it('inv.col.recipient')}</th>
            <th scope="col">{it('inv.col.status')}</th>
            <th scope="col">{it('inv.col.framework')}</th>
            <th scope="col">{it('inv.col.issueDate')}</th>
            <th scope="col">{it('inv.col.depositedAt')}</th>
            <th scope="col">{it('inv.col.total')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                <Link to={`/invoices/${i.id}`}>{i.number || '—'}</Link>
                {i.kind === 'creditNote' ? ` (${it('inv.kind.creditNote')})` : ''}
              </td>
              <td>
                {i.recipient.name || i.recipient.identifier}
                {i.recipient.serviceCode ? ` — ${i.recipient.serviceCode}` : ''}
              </td>
              <td>{statusLabel(lang, i.status)}</td>
              <td>{i.billingFramework}</td>
              <td>{i.issueDate ?? ''}</td>
              <td>{i.depositedAt ? new Date(i.depositedAt).toLocaleString(lang) : ''}</td>
              <td>
                {i.totalInclVat} {i.currency}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
