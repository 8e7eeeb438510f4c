import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime } from '../../i18n/i18n';
import { useStructureI18n } from '../../structures/messages';
import { HelpLink } from '../../help/help-page';
import { NotFoundPage } from '../not-found';
import { OperatorNews } from './operator-news';

interface Pending {
  id: string;
  identifierType: string;
  identifier: string;
  name: string;
  city: string | null;
  createdAt: string;
}

interface ImportResult {
  rows: number;
  invited: number;
  alreadyInvited: number;
  structuresCreated: number;
  errors: Array<{ line: number; field: string; message: string }>;
}

/** The operator: validates new structures and imports the accounts of a previous portal. */
export function OperatorPage() {
  const { st } = useStructureI18n();
  usePageTitle(st('operator.title'));
  const user = useUser();
  if (!user.isOperator) return <NotFoundPage />;
  return (
    <>
      <h1>{st('operator.title')}</h1>
      <HelpLink screen="/operator" />
      <PendingStructures />
      <LegacyImport />
      <OperatorNews />
    </>
  );
}

function PendingStructures() {
  const { st, lang } = useStructureI18n();
  const { state, reload } = useApiData<Pending[]>('/operator/structures');
  const form = useApiForm();
  const [message, setMessage] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const setting = useApiData<{ requireValidation: boolean }>(
    '/operator/settings/structure-validation',
  );
  const toggle = (requireValidation: boolean) =>
    void form
      .run(async () => {
        await api.put('/operator/settings/structure-validation', { requireValidation });
        return true;
      })
      .then((r) => {
        if (r === undefined) return;
        setDone(st('operator.validation.saved'));
        setting.reload();
      });
  const decide = (id: string, accept: boolean) =>
    void form
      .run(() =>
        api.post(`/operator/structures/${id}/decision`, {
          accept,
          ...(message ? { message } : {}),
        }),
      )
      .then((r) => {
        if (r === undefined) return;
        setDone(st('operator.pending.done'));
        reload();
      });
  return (
    <section aria-labelledby="pending-title" className="fr-mt-4w">
      <h2 id="pending-title">{st('operator.pending.title')}</h2>
      <FormError error={form.error} />
      <FormSuccess message={done} />
      {setting.state.status === 'ready' && (
        <div className="fr-checkbox-group fr-mb-3w">
          <input
            type="checkbox"
            id="require-validation"
            checked={setting.state.data.requireValidation}
            onChange={(e) => toggle(e.target.checked)}
          />
          <label className="fr-label" htmlFor="require-validation">
            {st('operator.validation.label')}
          </label>
        </div>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <FormError error={state.error} />}
      {state.status === 'ready' &&
        (state.data.length === 0 ? (
          <p>{st('operator.pending.none')}</p>
        ) : (
          <>
            <Input
              label={st('operator.pending.message')}
              nativeInputProps={{ value: message, onChange: (e) => setMessage(e.target.value) }}
            />
            <ul>
              {state.data.map((s) => (
                <li key={s.id} className="fr-mb-2w">
                  <strong>{s.name}</strong> — {s.identifierType} {s.identifier}
                  {s.city ? ` — ${s.city}` : ''} — {formatDateTime(lang, s.createdAt)}
                  <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                    <li>
                      <Button
                        size="small"
                        onClick={() => decide(s.id, true)}
                        disabled={form.pending}
                      >
                        {st('operator.pending.accept', { name: s.name })}
                      </Button>
                    </li>
                    <li>
                      <Button
                        size="small"
                        priority="secondary"
                        onClick={() => decide(s.id, false)}
                        disabled={form.pending}
                      >
                        {st('operator.pending.refuse', { name: s.name })}
                      </Button>
                    </li>
                  </ul>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function LegacyImport() {
  const { st } = useStructureI18n();
  const form = useApiForm();
  const [result, setResult] = useState<ImportResult | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('csv');
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    if (!file) return;
    void form
      .run(async () =>
        api.post<ImportResult>('/operator/legacy-imports', { csv: await file.text() }),
      )
      .then((r) => r && setResult(r));
  };
  return (
    <section aria-labelledby="import-title" className="fr-mt-4w">
      <h2 id="import-title">{st('operator.import.title')}</h2>
      <p className="fr-text--sm">{st('operator.import.hint')}</p>
      <FormError error={form.error} />
      <form onSubmit={submit}>
        <div className="fr-upload-group fr-mb-2w">
          <label className="fr-label" htmlFor="legacy-csv">
            {st('operator.import.file')}
          </label>
          <input
            className="fr-upload"
            type="file"
            id="legacy-csv"
            name="csv"
            accept=".csv,text/csv"
          />
        </div>
        <Button type="submit" disabled={form.pending}>
          {st('operator.import.submit')}
        </Button>
      </form>
      {result && (
        <div className="fr-mt-2w" role="status">
          <p>
            {st('operator.import.result', {
              rows: result.rows,
              invited: result.invited,
              already: result.alreadyInvited,
              created: result.structuresCreated,
            })}
          </p>
          {result.errors.length > 0 && (
            <>
              <h3 className="fr-h6">{st('operator.import.errors')}</h3>
              <ul>
                {result.errors.map((e) => (
                  <li key={`${e.line}-${e.field}`}>
                    {st('operator.import.line', {
                      line: e.line,
                      field: e.field,
                      message: e.message,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
