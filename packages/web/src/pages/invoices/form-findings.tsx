import type { ErrorDetail } from '../../api/client';
import type { Finding } from '../../invoices/api';
import { useInvoiceI18n } from '../../invoices/messages';

/** The rules still unmet (as the user types) and a refused send's findings, under the form. */
export function FormFindings({
  findings,
  refused,
}: {
  findings: Finding[];
  refused: ErrorDetail[];
}) {
  const { it, lang } = useInvoiceI18n();
  return (
    <>
      {findings.length > 0 && (
        <div className="fr-alert fr-alert--warning fr-mb-2w" role="status">
          <h3 className="fr-alert__title">{it('form.findings')}</h3>
          <ul>
            {findings.map((f) => (
              <li key={`${f.rule}-${f.field ?? ''}`}>
                [{f.rule}] {f.message[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {refused.length > 0 && (
        <div className="fr-alert fr-alert--error fr-mb-2w" role="alert">
          <h3 className="fr-alert__title">{it('form.refused')}</h3>
          <ul>
            {refused.map((x, i) => (
              <li key={i}>
                {x.rule ? `[${x.rule}] ` : ''}
                {x.field ? `${x.field} — ` : ''}
                {x.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
