import { Fragment } from 'react';
import { useInvoiceI18n } from '../../invoices/messages';
import { localized, type PdfDeposit } from '../../pdf-deposit/api';
import { useDepositI18n } from '../../pdf-deposit/messages';

const AMOUNTS = [
  ['totalWithoutVat', 'form.totals.excl'],
  ['totalVat', 'form.totals.vat'],
  ['totalWithVat', 'form.totals.incl'],
  ['amountDue', 'form.totals.due'],
] as const;

/**
 * The deposited PDF beside the form, in the browser's own viewer (an <object> of the bytes the
 * server kept, served under a sandbox policy: no script of ours reads it), with the amounts read on it to compare with the
 * totals the form computes from the lines.
 */
export function DepositPreview({ deposit }: { deposit: PdfDeposit }) {
  const { dt, lang } = useDepositI18n();
  const { it } = useInvoiceI18n();
  const src = `/api/v1/pdf-deposits/${deposit.id}/pdf`;
  const fields = deposit.recognition?.fields ?? {};
  const amounts = AMOUNTS.filter(([name]) => fields[name]);
  return (
    <aside className="chorale-deposit-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="fr-h4">
        {dt('dep.preview')}
      </h2>
      <object
        className="chorale-pdf-frame"
        data={src}
        type="application/pdf"
        aria-label={dt('dep.previewTitle', { file: deposit.fileName })}
      >
        <p>{dt('dep.previewTitle', { file: deposit.fileName })}</p>
      </object>
      <p>
        <a className="fr-link" href={src} target="_blank" rel="noopener noreferrer">
          {dt('dep.open')}
        </a>
      </p>
      {amounts.length > 0 && (
        <>
          <h3 className="fr-h6">{dt('dep.amounts')}</h3>
          <dl className="chorale-facts" data-testid="read-amounts">
            {amounts.map(([name, label]) => (
              <Fragment key={name}>
                <dt>{it(label)}</dt>
                <dd>
                  {fields[name]?.value} {fields.currency?.value ?? ''}
                </dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {(deposit.recognition?.findings?.length ?? 0) > 0 && (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mt-2w">
          <h3 className="fr-alert__title">{dt('dep.findings')}</h3>
          <ul>
            {deposit.recognition?.findings?.map((f, i) => (
              <li key={i}>
                {f.rule ? `[${f.rule}] ` : ''}
                {localized(f.message, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
