import type { InvoiceDetail } from '../../invoices/api';
import { depositModeLabel, useDepositI18n } from '../../pdf-deposit/messages';
import { SignatureDetails } from '../pdf-deposit/signature-details';

/**
 * A deposited invoice's own file: « Document principal » (the PDF as the supplier gave it, byte for
 * byte, with its SHA-256), how it was deposited, and the verification of its signature.
 */
export function InvoiceSource({ invoice }: { invoice: InvoiceDetail }) {
  const { dt } = useDepositI18n();
  const { source, signature, depositMode } = invoice;
  if (!source && !signature && !depositMode) return null;
  return (
    <>
      {source && (
        <>
          <h2>{dt('src.title')}</h2>
          <p data-testid="main-document">
            <a
              className="fr-link fr-icon-download-line fr-link--icon-left"
              href={`/api/v1/invoices/${invoice.id}/documents/source`}
              download={source.fileName}
            >
              {dt('src.download', { file: source.fileName })}
            </a>{' '}
            {source.sizeBytes !== null && <>({Math.ceil(source.sizeBytes / 1024)} Ko)</>}
            <br />
            <small>
              {dt('src.sha')} <code>{source.sha256}</code>
            </small>
          </p>
        </>
      )}
      {depositMode && (
        <p>
          {dt('src.mode')} :{' '}
          <strong data-testid="deposit-mode">{depositModeLabel(dt, depositMode)}</strong>
        </p>
      )}
      {signature && <SignatureDetails report={signature} />}
    </>
  );
}
