import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, PORTAL_HEADERS } from '../../api/client';
import { useUser } from '../../auth/session';
import { FormError } from '../../components/api-form';
import { usePageTitle } from '../../components/page-title';
import { activeLanguage } from '../../i18n/i18n';
import { useDirectoryI18n, type DirectoryMessageKey } from '../../directory/messages';
import { NotFoundPage } from '../not-found';

interface Counts {
  total: number;
  done: number;
  created: number;
  updated: number;
  deactivated: number;
}

interface ImportRecord {
  id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  structures: Counts;
  services: Counts;
  problemCount: number;
  problems: Array<{ file: string; line: number; column?: string; reason: string; message: string }>;
  error: string | null;
}

function csrf(): string {
  const found = document.cookie.split('; ').find((p) => p.startsWith('chorale_csrf='));
  return found ? decodeURIComponent(found.slice('chorale_csrf='.length)) : '';
}

/** Multipart upload: the JSON client does not send files. */
async function startImport(form: HTMLFormElement): Promise<number> {
  const res = await fetch('/api/v1/admin/directory/imports', {
    method: 'POST',
    body: new FormData(form),
    credentials: 'same-origin',
    headers: {
      ...PORTAL_HEADERS,
      'x-csrf-token': csrf(),
      'accept-language': activeLanguage(),
    },
  });
  const json = (await res.json()) as {
    id?: number;
    code?: string;
    message?: string;
    reason?: string;
  };
  if (!res.ok || json.id === undefined)
    throw new ApiError(
      res.status,
      json.code ?? 'ERROR',
      json.message ?? '',
      json.reason,
      [],
      undefined,
      undefined,
    );
  return json.id;
}

/** The operator imports the annuaire and follows it: progress bar, counts, refused lines. */
export function DirectoryImportPage() {
  const { dt } = useDirectoryI18n();
  usePageTitle(dt('import.title'));
  const user = useUser();
  const [importId, setImportId] = useState<number | null>(null);
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    if (importId === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      api
        .get<ImportRecord>(`/admin/directory/imports/${importId}`)
        .then((r) => {
          if (stopped) return;
          setRecord(r);
          if (r.status === 'queued' || r.status === 'running') timer = setTimeout(poll, 1000);
        })
        .catch((e: ApiError) => !stopped && setError(e));
    };
    poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [importId]);

  if (!user.isOperator) return <NotFoundPage />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setRecord(null);
    setSending(true);
    startImport(event.currentTarget)
      .then(setImportId)
      .catch((e: ApiError) => setError(e))
      .finally(() => setSending(false));
  };
  const phase =
    record && record.structures.done < record.structures.total ? 'structures' : 'services';
  const counts = record ? record[phase] : null;
  return (
    <>
      <h1>{dt('import.title')}</h1>
      <p>{dt('import.lead')}</p>
      <form onSubmit={submit}>
        <Upload
          label={dt('import.structures')}
          nativeInputProps={{ name: 'structures', accept: '.csv,text/csv', required: true }}
          className="fr-mb-2w"
        />
        <Upload
          label={dt('import.services')}
          nativeInputProps={{ name: 'services', accept: '.csv,text/csv' }}
          className="fr-mb-2w"
        />
        <Button type="submit" disabled={sending}>
          {dt('import.submit')}
        </Button>
      </form>
      <FormError error={error} />
      {record && counts && (
        <section className="fr-mt-4w" aria-live="polite">
          <p>
            <strong>{dt(`import.status.${record.status}` as DirectoryMessageKey)}</strong>
          </p>
          {(record.status === 'queued' || record.status === 'running') && (
            <>
              <label htmlFor="directory-import-progress" className="fr-text--sm">
                {dt('import.progress', {
                  phase: dt(`import.phase.${phase}`),
                  done: counts.done,
                  total: counts.total,
                })}
              </label>
              <progress
                id="directory-import-progress"
                max={Math.max(1, counts.total)}
                value={counts.done}
                style={{ width: '100%' }}
              />
            </>
          )}
          {record.status === 'done' && (
            <Alert
              severity={record.problemCount > 0 ? 'warning' : 'success'}
              small
              description={`${dt('import.phase.structures')} : ${dt('import.summary', { ...record.structures })} — ${dt('import.phase.services')} : ${dt('import.summary', { ...record.services })}`}
            />
          )}
          {record.status === 'failed' && (
            <Alert severity="error" small description={record.error ?? ''} />
          )}
          {record.problemCount > 0 && (
            <>
              <h2 className="fr-h5 fr-mt-2w">
                {dt('import.problems', { count: record.problemCount })}
              </h2>
              <div className="fr-table">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{dt('import.col.file')}</th>
                      <th scope="col">{dt('import.col.line')}</th>
                      <th scope="col">{dt('import.col.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {record.problems.map((p) => (
                      <tr key={`${p.file}:${p.line}`}>
                        <td>{p.file}</td>
                        <td>{p.line}</td>
                        <td>{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
