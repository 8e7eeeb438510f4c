import Button from '@codegouvfr/react-dsfr/Button';
import { randomId } from './random-id';
import { useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import type { InvoiceDetail } from '../../invoices/api';
import { statusLabel, useInvoiceI18n } from '../../invoices/messages';
import { InvoiceSource } from './invoice-source';
import { SendConfirmation } from './send-confirmation';

/** An invoice's page: data, lines, VAT, attachments, documents, history; send or delete a draft. */
export function InvoicePage() {
  const { id = '' } = useParams();
  const { it, lang } = useInvoiceI18n();
  const navigate = useNavigate();
  const { state, setState } = useApiData<InvoiceDetail>(`/invoices/${id}`);
  const form = useApiForm();
  const [confirming, setConfirming] = useState(false);
  // Sent from another page (the deposit form): its confirmation is shown here.
  const sentId = (useLocation().state as { sentId?: string } | null)?.sentId;
  const [sentMessage, setSentMessage] = useState<string | null>(
    sentId ? it('page.sent', { id: sentId }) : null,
  );
  // One key per confirmation: a double click or a retried request sends the invoice once.
  const key = useRef(randomId());

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <div className="fr-container fr-my-4w">
        <FormError error={state.error} />
      </div>
    );
  const d = state.data;
  const draft = d.status === 'BROUILLON';

  const send = () =>
    void form
      .run(() =>
        api.post<InvoiceDetail>(`/invoices/${id}/send`, undefined, { idempotencyKey: key.current }),
      )
      .then((sent) => {
        setConfirming(false);
        if (!sent) {
          key.current = randomId();
          return;
        }
        setState({ status: 'ready', data: sent });
        setSentMessage(it('page.sent', { id: sent.choraleId ?? '' }));
      });
  const remove = () => {
    if (!window.confirm(it('page.deleteConfirm'))) return;
    void form
      .run(() => api.delete(`/invoices/${id}`))
      .then((r) => {
        if (r !== undefined) void navigate('/invoices');
      });
  };

  return (
    <div className="fr-container fr-my-4w">
      <p>
        <a
          className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
          href="/invoices"
          onClick={(e) => {
            e.preventDefault();
            void navigate('/invoices');
          }}
        >
          {it('page.back')}
        </a>
      </p>
      <h1>
        {d.kind === 'creditNote' ? it('inv.kind.creditNote') : it('inv.kind.invoice')} {d.number}
      </h1>
      <p>
        <span className="fr-badge fr-badge--info" data-testid="invoice-status">
          {statusLabel(lang, d.status)}
        </span>{' '}
        {d.choraleId && (
          <>
            {it('page.choraleId')} : <strong data-testid="chorale-id">{d.choraleId}</strong> —{' '}
            {it('page.deposited')}{' '}
            {d.depositedAt ? new Date(d.depositedAt).toLocaleString(lang) : ''}
          </>
        )}
      </p>
      {sentMessage && (
        <div className="fr-alert fr-alert--success fr-mb-2w" role="status">
          <p>{sentMessage}</p>
        </div>
      )}
      <FormError error={form.error} />
      {form.error && form.error.details.length > 0 && (
        <ul>
          {form.error.details.map((x, i) => (
            <li key={i}>
              {x.rule ? `[${x.rule}] ` : ''}
              {x.field ? `${x.field} — ` : ''}
              {x.message}
            </li>
          ))}
        </ul>
      )}
      {draft && form.error && form.error.details.some((x) => x.field) && (
        <Button
          priority="secondary"
          className="fr-mb-2w"
          onClick={() =>
            // The refusal goes with the user so each finding shows beside its field.
            void navigate(`/invoices/${id}/edit`, { state: { refused: form.error?.details } })
          }
        >
          {it('page.fixInForm')}
        </Button>
      )}
      {draft && d.findings.length > 0 && (
        <div className="fr-alert fr-alert--warning fr-mb-2w">
          <h2 className="fr-alert__title">{it('form.findings')}</h2>
          <ul>
            {d.findings.map((f) => (
              <li key={`${f.rule}-${f.field ?? ''}`}>
                [{f.rule}] {f.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {draft && (
        <div className="fr-btns-group fr-btns-group--inline fr-mb-2w">
          <Button onClick={() => setConfirming(true)}>{it('page.send')}</Button>
          <Button priority="secondary" linkProps={{ to: `/invoices/${id}/edit` }}>
            {it('page.edit')}
          </Button>
          <Button priority="tertiary" onClick={remove}>
            {it('page.delete')}
          </Button>
        </div>
      )}
      {confirming && (
        <SendConfirmation
          pending={form.pending}
          onConfirm={send}
          onCancel={() => setConfirming(false)}
        />
      )}

      <dl className="invoice-facts">
        <dt>{it('inv.col.recipient')}</dt>
        <dd>
          {d.recipient.name || d.recipient.identifier} ({d.recipient.identifier})
          {d.recipient.serviceCode ? ` — ${d.recipient.serviceCode}` : ''}
        </dd>
        <dt>{it('inv.col.framework')}</dt>
        <dd>
          {d.billingFramework}
          {d.validator ? ` — ${d.validator.name ?? d.validator.identifier}` : ''}
        </dd>
        <dt>{it('inv.col.issueDate')}</dt>
        <dd>
          {d.issueDate}
          {d.dueDate ? ` → ${d.dueDate}` : ''}
        </dd>
        {d.precedingInvoiceNumber && (
          <>
            <dt>{it('form.preceding')}</dt>
            <dd>{d.precedingInvoiceNumber}</dd>
          </>
        )}
        <dt>{it('form.totals.excl')}</dt>
        <dd>
          {d.totalExclVat} {d.currency}
        </dd>
        <dt>{it('form.totals.vat')}</dt>
        <dd>
          {d.totalVat} {d.currency}
        </dd>
        <dt>{it('form.totals.incl')}</dt>
        <dd data-testid="detail-total">
          {d.totalInclVat} {d.currency}
        </dd>
        <dt>{it('form.totals.due')}</dt>
        <dd>
          {d.amountDue} {d.currency}
        </dd>
      </dl>

      <InvoiceSource invoice={d} />

      <h2>{it('page.lines')}</h2>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>{it('page.lines')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{it('form.line.description')}</th>
              <th scope="col">{it('form.line.quantity')}</th>
              <th scope="col">{it('form.line.unit')}</th>
              <th scope="col">{it('form.line.price')}</th>
              <th scope="col">{it('form.line.allowance')}</th>
              <th scope="col">{it('form.line.vat')}</th>
              <th scope="col">{it('form.line.net')}</th>
            </tr>
          </thead>
          <tbody>
            {d.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.id}</td>
                <td>
                  {l.reference ? `${l.reference} — ` : ''}
                  {l.description}
                </td>
                <td>{l.quantity}</td>
                <td>{l.unitCode}</td>
                <td>{l.unitPrice}</td>
                <td>{l.allowance ?? ''}</td>
                <td>
                  {l.vatCategory} {l.vatRate ?? ''}
                </td>
                <td>{l.netAmount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{it('form.vatBreakdown')}</h2>
      <ul>
        {d.vatBreakdown.map((v) => (
          <li key={`${v.category}-${v.rate ?? ''}`}>
            {v.category} {v.rate ?? ''} % : {v.taxableAmount} → {v.taxAmount}
            {v.exemptionReason ? ` (${v.exemptionReason})` : ''}
          </li>
        ))}
      </ul>

      {d.attachments.length > 0 && (
        <>
          <h2>{it('form.attachments')}</h2>
          <ul>
            {d.attachments.map((a) => (
              <li key={a.position}>
                <a href={`/api/v1/invoices/${id}/attachments/${a.position}`} download>
                  {a.designation}
                </a>{' '}
                ({a.fileName}, {Math.ceil(a.sizeBytes / 1024)} Ko)
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{it('page.documents')}</h2>
      <ul>
        {!draft && (
          <li>
            <a href={`/api/v1/invoices/${id}/documents/facturx`} download>
              {it('page.doc.facturx')}
            </a>{' '}
            <small>SHA-256 {d.documents.facturxSha256}</small>
          </li>
        )}
        {!draft && (
          <li>
            <a href={`/api/v1/invoices/${id}/documents/receipt`} download>
              {it('page.doc.receipt')}
            </a>
          </li>
        )}
        <li>
          <a href={`/api/v1/invoices/${id}/documents/ubl`} download>
            {it('page.doc.ubl')}
          </a>
        </li>
        <li>
          <a href={`/api/v1/invoices/${id}/documents/cii`} download>
            {it('page.doc.cii')}
          </a>
        </li>
      </ul>

      <h2>{it('page.history')}</h2>
      <ol>
        {d.history.map((h) => (
          <li key={h.seq}>
            {new Date(h.at).toLocaleString(lang)} —{' '}
            {h.from ? `${statusLabel(lang, h.from)} → ` : ''}
            {statusLabel(lang, h.to)} — {h.actor ?? it('page.history.system')}
            {h.reason ? ` (${h.reason})` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}
