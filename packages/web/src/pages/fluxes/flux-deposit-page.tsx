import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState, type DragEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormError, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { FLUX_SYNTAXES, uploadFlux, type FluxSyntax } from '../../fluxes/api';
import { formatBytes, useFluxI18n, type FluxMessageKey } from '../../fluxes/messages';
import type { MyStructures } from '../../structures/api';

/** Fields whose errors are shown beside them rather than under the form. */
const FIELDS_SHOWN = new Set(['fichierFlux', 'codeStructureValideur', 'codeServiceValideur']);

const ACCEPT =
  '.xml,.pdf,.zip,.tar.gz,.tgz,application/xml,text/xml,application/pdf,application/zip,application/gzip';

/**
 * « Déposer un lot de factures »: the issuing structure, the declared syntax, the file (dropped on
 * the zone or chosen), then the upload with its progress; the flux page follows its integration.
 */
export function FluxDepositPage() {
  const { ft, lang } = useFluxI18n();
  usePageTitle(ft('dep.title'));
  const navigate = useNavigate();
  const structures = useApiData<MyStructures>('/me/structures');
  const form = useApiForm();
  const [structureId, setStructureId] = useState('');
  const [syntax, setSyntax] = useState<FluxSyntax>('IN_DP_E1_UBL_INVOICE');
  const [file, setFile] = useState<File | null>(null);
  const [validatorSiret, setValidatorSiret] = useState('');
  const [validatorService, setValidatorService] = useState('');
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  const emitting =
    structures.state.status === 'ready'
      ? structures.state.data.structures.filter((s) => s.spaces.includes('FACTURES_EMISES'))
      : [];
  useEffect(() => {
    if (!structureId && emitting[0]) setStructureId(emitting[0].id);
  }, [structureId, emitting]);
  if (structures.state.status === 'loading') return <Loading />;

  const choose = (files: FileList | null) => {
    const first = files?.[0];
    if (first) setFile(first);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  };
  const validator = () => {
    const siret = validatorSiret.trim();
    const serviceCode = validatorService.trim();
    if (!siret && !serviceCode) return {};
    return { validator: { siret, ...(serviceCode ? { serviceCode } : {}) } };
  };
  const fieldState = (name: string) => {
    const message = form.fieldMessage(name);
    return message ? { state: 'error' as const, stateRelatedMessage: message } : {};
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check({ fichierFlux: !file && ft('dep.missingFile') }) || !file) return;
    setProgress(0);
    void form
      .run(() => uploadFlux({ structureId, syntax, file, ...validator() }, setProgress))
      .then((flux) => {
        setProgress(null);
        if (flux) void navigate(`/fluxes/${flux.id}`);
      });
  };

  const fileError = form.fieldMessage('fichierFlux');
  return (
    <>
      <h1>{ft('dep.title')}</h1>
      <p>{ft('dep.intro')}</p>
      {emitting.length === 0 ? (
        <Alert severity="info" small description={ft('dep.noStructure')} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Select
            label={ft('dep.structure')}
            nativeSelectProps={{
              name: 'structureId',
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
          <Select
            label={ft('dep.syntax')}
            nativeSelectProps={{
              name: 'syntaxeFlux',
              value: syntax,
              onChange: (e) => setSyntax(e.target.value as FluxSyntax),
            }}
          >
            {FLUX_SYNTAXES.map((s) => (
              <option key={s} value={s}>
                {ft(`dep.syntax.${s}` as FluxMessageKey)}
              </option>
            ))}
          </Select>
          <Input
            label={ft('dep.validator')}
            hintText={ft('dep.validatorHint')}
            {...fieldState('codeStructureValideur')}
            nativeInputProps={{
              name: 'codeStructureValideur',
              inputMode: 'numeric',
              autoComplete: 'off',
              value: validatorSiret,
              onChange: (e) => setValidatorSiret(e.target.value),
            }}
          />
          <Input
            label={ft('dep.validatorService')}
            {...fieldState('codeServiceValideur')}
            nativeInputProps={{
              name: 'codeServiceValideur',
              autoComplete: 'off',
              value: validatorService,
              onChange: (e) => setValidatorService(e.target.value),
            }}
          />
          <div
            className={`fr-upload-group fr-mb-3w chorale-dropzone${dragging ? ' chorale-dropzone--active' : ''}${fileError ? ' fr-upload-group--error' : ''}`}
            data-testid="flux-dropzone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label className="fr-label" htmlFor="flux-file">
              {ft('dep.file')}
              <span className="fr-hint-text">{ft('dep.fileHint')}</span>
            </label>
            <p className="fr-mb-1w" aria-hidden="true">
              {dragging ? ft('dep.dropActive') : ft('dep.drop')}
            </p>
            <input
              className="fr-upload"
              type="file"
              id="flux-file"
              name="fichierFlux"
              accept={ACCEPT}
              aria-describedby={fileError ? 'flux-file-error' : undefined}
              onChange={(e) => choose(e.target.files)}
            />
            {file && (
              <p className="fr-mt-1w fr-mb-0" data-testid="flux-file-chosen">
                {ft('dep.chosen', { name: file.name, size: formatBytes(file.size, lang) })}
              </p>
            )}
            {fileError && (
              <p id="flux-file-error" className="fr-error-text">
                {fileError}
              </p>
            )}
          </div>
          <div role="status" aria-live="polite">
            {progress !== null && (
              <p>
                <label htmlFor="flux-upload-progress">
                  {ft('dep.uploading', { pct: Math.round(progress * 100) })}
                </label>{' '}
                <progress
                  id="flux-upload-progress"
                  max={100}
                  value={Math.round(progress * 100)}
                  style={{ width: '100%' }}
                />
              </p>
            )}
          </div>
          <FormError error={form.error} />
          {form.error?.details
            .filter((d) => !FIELDS_SHOWN.has(d.field ?? '') || d.rule)
            .map((d, i) => (
              <p key={i} className="fr-error-text">
                {d.rule ? `[${d.rule}] ` : ''}
                {d.message}
              </p>
            ))}
          <Button type="submit" disabled={form.pending || !structureId}>
            {ft('dep.submit')}
          </Button>
        </form>
      )}
    </>
  );
}
