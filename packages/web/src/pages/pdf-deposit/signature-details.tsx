import { localized, type SignatureReport } from '../../pdf-deposit/api';
import { useDepositI18n } from '../../pdf-deposit/messages';

const SEVERITY: Record<SignatureReport['status'], string> = {
  valid: 'fr-alert--success',
  'intact-untrusted': 'fr-alert--info',
  invalid: 'fr-alert--error',
  absent: 'fr-alert--warning',
};

/**
 * The verification of a signed PDF as stored with the deposit and the invoice: its verdict in
 * words (never « valide » without a trusted chain), the certificate, the signing time, what the
 * signature covers, and every reason the verifier gave.
 */
export function SignatureDetails({
  report,
  headingLevel = 2,
}: {
  report: SignatureReport;
  headingLevel?: 2 | 3;
}) {
  const { dt, lang } = useDepositI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const date = (iso: string) => new Date(iso).toLocaleString(lang);
  const day = (iso: string) => new Date(iso).toLocaleDateString(lang);
  return (
    <section
      className={`fr-alert ${SEVERITY[report.status]} fr-mb-3w`}
      aria-labelledby="signature-title"
      data-testid="signature"
    >
      <Heading id="signature-title" className="fr-alert__title">
        {dt('sig.title')} :{' '}
        <span data-testid="signature-status">{dt(`sig.status.${report.status}`)}</span>
      </Heading>
      <dl className="chorale-facts fr-mt-1w">
        <dt>{dt('sig.format')}</dt>
        <dd>{report.format === 'pades' ? 'PAdES' : 'XAdES'}</dd>
        {report.signer && (
          <>
            <dt>{dt('sig.signer')}</dt>
            <dd>{report.signer.subject}</dd>
            <dt>{dt('sig.issuer')}</dt>
            <dd>{report.signer.issuer}</dd>
            <dt>{dt('sig.validity')}</dt>
            <dd>
              {dt('sig.validityRange', {
                from: day(report.signer.notBefore),
                to: day(report.signer.notAfter),
              })}
            </dd>
            <dt>{dt('sig.serial')}</dt>
            <dd>
              <code>{report.signer.serialNumber}</code>
            </dd>
          </>
        )}
        <dt>{dt('sig.signingTime')}</dt>
        <dd>{report.signingTime ? date(report.signingTime) : dt('sig.signingTimeNone')}</dd>
        <dt>{dt('sig.coverage')}</dt>
        <dd>{dt(report.coversWholeDocument ? 'sig.coverage.whole' : 'sig.coverage.partial')}</dd>
        <dt>{dt('sig.trust')}</dt>
        <dd>{dt(report.chainTrusted ? 'sig.trust.yes' : 'sig.trust.no')}</dd>
      </dl>
      {report.reasons.length > 0 && (
        <>
          <p className="fr-mb-0 fr-mt-1w">
            <strong>{dt('sig.reasons')}</strong>
          </p>
          <ul>
            {report.reasons.map((r) => (
              <li key={r.code}>
                {localized(r.message, lang)} <small>({r.code})</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
