import Button from '@codegouvfr/react-dsfr/Button';
import RadioButtons from '@codegouvfr/react-dsfr/RadioButtons';
import Select from '@codegouvfr/react-dsfr/Select';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormError, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { useInvoiceI18n } from '../../invoices/messages';
import { DEPOSIT_FORMATS, uploadDeposit, type DepositFormat } from '../../pdf-deposit/api';
import { useDepositI18n } from '../../pdf-deposit/messages';
import type { MyStructures } from '../../structures/api';
import { RecipientPicker } from '../invoices/recipient-picker';

export interface DepositChoices {
  billingFramework: string;
  validator?: { identifier: string; name: string };
}

/**
 * « Déposer une facture PDF », first step as in the supplier guide: the deposit format, the cadre
 * de facturation (and its valideur), then the file(s). The server recognises the invoice and the
 * next page shows it pre-filled.
 */
export function DepositUploadPage() {
  const { dt } = useDepositI18n();
  const { it, lang } = useInvoiceI18n();
  usePageTitle(dt('dep.title'));
  const navigate = useNavigate();
  const structures = useApiData<MyStructures>('/me/structures');
  const form = useApiForm();
  const [structureId, setStructureId] = useState('');
  const [format, setFormat] = useState<DepositFormat>('PDF_NON_SIGNE');
  const [framework, setFramework] = useState('A1');
  const [validator, setValidator] = useState<{ identifier: string; name: string } | null>(null);
  const [pdf, setPdf] = useState<File | null>(null);
  const [xades, setXades] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const emitting =
    structures.state.status === 'ready'
      ? structures.state.data.structures.filter((s) => s.spaces.includes('FACTURES_EMISES'))
      : [];
  useEffect(() => {
    if (!structureId && emitting[0]) setStructureId(emitting[0].id);
  }, [structureId, emitting]);
  if (structures.state.status === 'loading') return <Loading />;

  const needsValidator = framework === 'A9' || framework === 'A12';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (
      !form.check({
        pdf: !pdf && dt('dep.missingPdf'),
        signature: format === 'PDF_SIGNE_XADES' && !xades && dt('dep.missingXades'),
      })
    )
      return;
    if (!pdf) return;
    setProgress(0);
    void form
      .run(() =>
        uploadDeposit(
          {
            structureId,
            format,
            billingFramework: framework,
            pdf,
            ...(format === 'PDF_SIGNE_XADES' && xades ? { signature: xades } : {}),
          },
          setProgress,
        ),
      )
      .then((deposit) => {
        setProgress(null);
        if (!deposit) return;
        const choices: DepositChoices = {
          billingFramework: framework,
          ...(needsValidator && validator ? { validator } : {}),
        };
        void navigate(`/invoices/deposit/${deposit.id}`, { state: choices });
      });
  };

  return (
    <div className="fr-container fr-my-4w">
      <h1>{dt('dep.title')}</h1>
      <p>{dt('dep.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Select
          label={dt('dep.supplier')}
          nativeSelectProps={{
            value: structureId,
            onChange: (e) => setStructureId(e.target.value),
          }}
        >
          {emitting.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.identifier})
            </option>
          ))}
        </Select>
        <RadioButtons
          legend={dt('dep.format')}
          name="format"
          options={DEPOSIT_FORMATS.map((f) => ({
            label: dt(`dep.format.${f}`),
            ...(f !== 'PDF_NON_SIGNE' ? { hintText: dt(`dep.format.hint.${f}`) } : {}),
            nativeInputProps: {
              value: f,
              checked: format === f,
              onChange: () => setFormat(f),
            },
          }))}
        />
        <Select
          label={it('form.framework')}
          nativeSelectProps={{
            name: 'billingFramework',
            value: framework,
            onChange: (e) => setFramework(e.target.value),
          }}
        >
          <option value="A1">
            A1 — {lang === 'fr' ? 'Facture fournisseur' : 'Supplier invoice'}
          </option>
          <option value="A2">A2 — {lang === 'fr' ? 'Facture déjà payée' : 'Already paid'}</option>
          <option value="A9">
            A9 — {lang === 'fr' ? 'Facture de sous-traitant' : 'Subcontractor invoice'}
          </option>
          <option value="A12">
            A12 — {lang === 'fr' ? 'Facture de cotraitant' : 'Co-contractor invoice'}
          </option>
        </Select>
        {needsValidator && (
          <div className="fr-mb-3w">
            <RecipientPicker
              label={it('form.validator')}
              onPick={(s) => setValidator({ identifier: s.identifier, name: s.name })}
            />
            {validator && (
              <p data-testid="validator-name">
                <strong>{validator.name}</strong> ({validator.identifier})
              </p>
            )}
          </div>
        )}
        <Upload
          className="fr-mb-3w"
          label={dt('dep.pdf')}
          hint={dt('dep.pdf.hint')}
          {...(form.fieldMessage('pdf')
            ? { state: 'error' as const, stateRelatedMessage: form.fieldMessage('pdf') }
            : {})}
          nativeInputProps={{
            name: 'pdf',
            accept: 'application/pdf,.pdf',
            onChange: (e) => setPdf(e.target.files?.[0] ?? null),
          }}
        />
        {format === 'PDF_SIGNE_XADES' && (
          <Upload
            className="fr-mb-3w"
            label={dt('dep.xades')}
            hint={dt('dep.xades.hint')}
            {...(form.fieldMessage('signature')
              ? { state: 'error' as const, stateRelatedMessage: form.fieldMessage('signature') }
              : {})}
            nativeInputProps={{
              name: 'signature',
              accept: 'application/xml,text/xml,.xml',
              onChange: (e) => setXades(e.target.files?.[0] ?? null),
            }}
          />
        )}
        <div role="status" aria-live="polite">
          {progress !== null && (
            <p>
              <label htmlFor="upload-progress">
                {progress < 1
                  ? dt('dep.uploading', { pct: Math.round(progress * 100) })
                  : dt('dep.reading')}
              </label>{' '}
              <progress id="upload-progress" max={100} value={Math.round(progress * 100)} />
            </p>
          )}
        </div>
        <FormError error={form.error} />
        {form.error?.details.map((d, i) => (
          <p key={i} className="fr-error-text">
            {d.rule ? `[${d.rule}] ` : ''}
            {d.message}
          </p>
        ))}
        <Button type="submit" disabled={form.pending || !structureId}>
          {dt('dep.submit')}
        </Button>
      </form>
    </div>
  );
}
