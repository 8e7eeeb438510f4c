import Badge from '@codegouvfr/react-dsfr/Badge';
import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import type { FluxItem } from '../../fluxes/api';
import { useFluxI18n, type FluxMessageKey } from '../../fluxes/messages';

const RESULT_SEVERITY = { pending: 'new', accepted: 'success', refused: 'error' } as const;

/** Each invoice of the flux with its result; a refused one opens onto every finding. */
export function FluxItems({ items }: { items: FluxItem[] }) {
  const { ft } = useFluxI18n();
  return (
    <div className="fr-table fr-table--no-caption">
      <table data-testid="flux-items">
        <caption>{ft('flux.invoices')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{ft('item.file')}</th>
            <th scope="col">{ft('item.number')}</th>
            <th scope="col">{ft('item.recipient')}</th>
            <th scope="col">{ft('item.amount')}</th>
            <th scope="col">{ft('item.result')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <Fragment key={item.position}>
              <tr data-item={item.position} data-result={item.status}>
                <td>{item.position + 1}</td>
                <td>{item.fileName}</td>
                <td>
                  {item.invoice ? (
                    <Link
                      to={`/invoices/${item.invoice.id}`}
                      title={ft('item.open', { number: item.invoice.number })}
                    >
                      {item.number ?? item.invoice.number}
                    </Link>
                  ) : (
                    (item.number ?? '—')
                  )}
                </td>
                <td>
                  {item.recipientName ?? ''}
                  {item.recipientIdentifier && (
                    <>
                      {item.recipientName ? <br /> : null}
                      <span className="fr-text--sm">{item.recipientIdentifier}</span>
                    </>
                  )}
                  {!item.recipientName && !item.recipientIdentifier && '—'}
                </td>
                <td className="chorale-amount">
                  {item.totalInclVat ? `${item.totalInclVat} ${item.currency ?? ''}` : '—'}
                </td>
                <td>
                  <Badge severity={RESULT_SEVERITY[item.status]} small noIcon>
                    {ft(`item.result.${item.status}` as FluxMessageKey)}
                  </Badge>
                </td>
              </tr>
              {item.findings.length > 0 && (
                <tr data-findings={item.position}>
                  <td colSpan={6}>
                    <Findings item={item} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The findings behind a disclosure whose summary names their rule IDs. */
function Findings({ item }: { item: FluxItem }) {
  const { ft } = useFluxI18n();
  const label = ft('item.findings', { number: item.number ?? item.fileName });
  return (
    <details className="chorale-flux-findings">
      <summary>
        {label} ({item.findings.length}) :{' '}
        {[...new Set(item.findings.map((f) => f.rule))].map((rule, i) => (
          <Fragment key={rule}>
            {i > 0 && ', '}
            <code>{rule}</code>
          </Fragment>
        ))}
      </summary>
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{ft('finding.rule')}</th>
            <th scope="col">{ft('finding.message')}</th>
            <th scope="col">{ft('finding.location')}</th>
            <th scope="col">{ft('finding.value')}</th>
          </tr>
        </thead>
        <tbody>
          {item.findings.map((f, i) => (
            <tr key={i} data-rule={f.rule}>
              <td>
                <code>{f.rule}</code>
                {f.severity === 'warning' && (
                  <>
                    <br />
                    <span className="fr-text--xs">{ft('finding.severity.warning')}</span>
                  </>
                )}
              </td>
              <td>{f.message}</td>
              <td>{f.location ? <code className="chorale-break">{f.location}</code> : '—'}</td>
              <td>{f.value !== null ? <code className="chorale-break">{f.value}</code> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
