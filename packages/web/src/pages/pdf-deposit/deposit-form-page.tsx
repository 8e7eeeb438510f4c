import Button from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { FormError } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import type { InvoiceDetail, InvoiceInput } from '../../invoices/api';
import { highlightsOf, localized, type PdfDeposit } from '../../pdf-deposit/api';
import { useDepositI18n } from '../../pdf-deposit/messages';
import { blankInvoice, InvoiceForm } from '../invoices/invoice-form';
import { randomId } from '../invoices/random-id';
import type { DirectoryStructure } from '../invoices/recipient-picker';
import { DepositPreview } from './deposit-preview';
import type { DepositChoices } from './deposit-upload-page';
import { RecognitionProgress } from './recognition-progress';
import { SignatureDetails } from './signature-details';

/** The form's input from the deposit's pre-fill and the choices made before the upload. */
function initialOf(deposit: PdfDeposit, choices: DepositChoices | null): InvoiceInput {
  const base = blankInvoice();
  const prefill = deposit.prefill;
  const validator = choices?.validator ? { identifier: choices.validator.identifier } : undefined;
  if (!prefill) return { ...base, billingFramework: choices?.billingFramework ?? 'A1', validator };
  return {
    ...base,
    ...prefill,
    validator: prefill.validator ?? validator,
    lines: prefill.lines.length > 0 ? prefill.lines : base.lines,
  };
}

/**
 * The matched recipient as the directory knows it, so its services can be chosen in a list:
 * undefined while it is looked up, null when it is not in the directory.
 */
function useRecipient(identifier: string | undefined) {
  const [found, setFound] = useState<{ for: string; structure: DirectoryStructure | null }>();
  useEffect(() => {
    if (!identifier) return;
    const controller = new AbortController();
    const settle = (structure: DirectoryStructure | null) =>
      setFound({ for: identifier, structure });
    api
      .get<{ items: DirectoryStructure[] }>(
        `/directory/structures?q=${encodeURIComponent(identifier)}&pageSize=8`,
        { signal: controller.signal },
      )
      .then((r) => settle(r.items.find((s) => s.identifier === identifier) ?? null))
      .catch(() => {
        if (!controller.signal.aborted) settle(null);
      });
    return () => controller.abort();
  }, [identifier]);
  if (!identifier) return null;
  return found?.for === identifier ? found.structure : undefined;
}

/**
 * A deposited PDF, recognised: OCR progress while a scan is read, the signature verification,
 * then THE invoice form pre-filled, its recognised fields highlighted, beside the PDF itself.
 */
export function DepositFormPage() {
  const { depositId = '' } = useParams();
  const { dt, lang } = useDepositI18n();
  usePageTitle(dt('dep.title'));
  const navigate = useNavigate();
  const choices = (useLocation().state as DepositChoices | null) ?? null;
  const { state, reload } = useApiData<PdfDeposit>(`/pdf-deposits/${depositId}`);
  const deposit = state.status === 'ready' ? state.data : null;
  const recognizing = deposit?.status === 'recognizing';
  // A scan is read in the background: ask again each second until it is done.
  useEffect(() => {
    if (!recognizing) return;
    const timer = setTimeout(reload, 1000);
    return () => clearTimeout(timer);
  }, [recognizing, state, reload]);
  const recipient = useRecipient(
    deposit?.status === 'ready' ? deposit.prefill?.recipient.identifier || undefined : undefined,
  );

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <div className="fr-container fr-my-4w">
        <h1>{dt('dep.title')}</h1>
        <FormError error={state.error} />
      </div>
    );
  const d = state.data;
  const create = (input: InvoiceInput) =>
    api.post<InvoiceDetail>(`/pdf-deposits/${d.id}/invoice`, input);
  // Create the draft, then send it; a refused send leaves the draft, opened with its findings.
  const createAndSend = async (_structureId: string, input: InvoiceInput) => {
    const draft = await create(input);
    try {
      const sent = await api.post<InvoiceDetail>(`/invoices/${draft.id}/send`, undefined, {
        idempotencyKey: randomId(),
      });
      void navigate(`/invoices/${draft.id}`, { state: { sentId: sent.choraleId } });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const refused = [{ field: '', message: error.message }, ...error.details];
      void navigate(`/invoices/${draft.id}/edit`, { state: { refused } });
    }
  };

  return (
    <div className="fr-container fr-my-4w">
      <h1>{dt('dep.title')}</h1>
      {d.status === 'recognizing' && <RecognitionProgress progress={d.progress} />}
      {d.status === 'failed' && (
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <h2 className="fr-alert__title">{dt('dep.failed')}</h2>
          <p>
            {localized(d.error?.message, lang)} {d.error ? `(${d.error.code})` : ''}
          </p>
        </div>
      )}
      {d.signature && <SignatureDetails report={d.signature} />}
      {d.invoiceId && (
        <div className="fr-alert fr-alert--info fr-mb-3w">
          <p>{dt('dep.already')}</p>
          <Button linkProps={{ to: `/invoices/${d.invoiceId}` }}>{dt('dep.seeInvoice')}</Button>
        </div>
      )}
      {(d.status === 'failed' || d.invoiceId) && (
        <Button priority="secondary" linkProps={{ to: '/invoices/deposit' }}>
          {dt('dep.restart')}
        </Button>
      )}
      {d.status === 'ready' && !d.invoiceId && (
        <>
          <p role="status">
            {dt('dep.ready', {
              file: d.fileName,
              method: dt(`dep.method.${d.recognition?.method ?? 'text'}`),
            })}
          </p>
          {d.recipientMatch && (
            <p data-testid="recipient-match">
              {dt(
                d.recipientMatch.matchedBy
                  ? `dep.match.${d.recipientMatch.matchedBy}`
                  : 'dep.match',
                {
                  name: d.recipientMatch.name ?? '',
                  id: d.recipientMatch.identifier,
                },
              )}
            </p>
          )}
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-lg-7">
              {recipient === undefined ? (
                <Loading />
              ) : (
                <InvoiceForm
                  initial={initialOf(d, choices)}
                  structures={[]}
                  structureId={d.structureId}
                  highlights={highlightsOf(d)}
                  initialRecipient={recipient}
                  initialValidatorName={choices?.validator?.name ?? null}
                  save={(_structureId, input) => create(input)}
                  onSaved={(saved) => void navigate(`/invoices/${saved.id}`)}
                  send={createAndSend}
                />
              )}
            </div>
            <div className="fr-col-12 fr-col-lg-5">
              <DepositPreview deposit={d} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
