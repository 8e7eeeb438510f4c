import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues, optional } from '../../components/form-values';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime } from '../../i18n/i18n';
import { ASSIGNABLE_SPACES, useMyStructures, type StructureRequest } from '../../structures/api';
import { labelOf, useStructureI18n } from '../../structures/messages';
import { HelpLink } from '../../help/help-page';
import { AttachSearch } from './attach-search';

const IDENTIFIER_TYPES = [
  'SIRET',
  'UE_HORS_FRANCE',
  'HORS_UE',
  'RIDET',
  'TAHITI',
  'AUTRE',
  'PARTICULIER',
];

/** « Mon compte » → structures: memberships and espace subscriptions, create, attach, ask. */
export function MyStructuresSection() {
  const { st, lang } = useStructureI18n();
  usePageTitle(st('structures.title'));
  const mine = useMyStructures();
  const requests = useApiData<StructureRequest[]>('/me/structure-requests');
  const reload = () => {
    mine.reload();
    requests.reload();
  };
  return (
    <section aria-labelledby="structures-title">
      <h1 id="structures-title">{st('structures.title')}</h1>
      <HelpLink screen="/account/structures" />
      <p>{st('structures.lead')}</p>
      <h2 className="fr-h4">{st('structures.subscriptions')}</h2>
      {mine.state.status === 'loading' && <Loading />}
      {mine.state.status === 'error' && <FormError error={mine.state.error} />}
      {mine.state.status === 'ready' &&
        (mine.state.data.structures.length === 0 ? (
          <p>{st('structures.none')}</p>
        ) : (
          <div className="fr-table fr-table--no-caption">
            <table>
              <caption>{st('structures.subscriptions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{st('structures.col.structure')}</th>
                  <th scope="col">{st('structures.col.identifier')}</th>
                  <th scope="col">{st('structures.col.role')}</th>
                  <th scope="col">{st('structures.col.status')}</th>
                  <th scope="col">{st('structures.col.spaces')}</th>
                  <th scope="col">{st('structures.col.services')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.state.data.structures.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>
                      {s.identifierType} {s.identifier}
                    </td>
                    <td>{labelOf(st, 'role', s.role)}</td>
                    <td>{labelOf(st, 'status', s.status)}</td>
                    <td>
                      {s.spaces.map((c) => labelOf(st, 'space', c)).join(', ')}
                      {s.pendingSpaces.length > 0 && (
                        <>
                          {' '}
                          (
                          {st('structures.awaiting', {
                            spaces: s.pendingSpaces.map((c) => labelOf(st, 'space', c)).join(', '),
                          })}
                          )
                        </>
                      )}
                    </td>
                    <td>
                      {s.serviceIds === null
                        ? st('structures.allServices')
                        : st('structures.someServices', { count: s.serviceIds.length })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {mine.state.status === 'ready' && mine.state.data.structures.length > 0 && (
        <SpaceRequestForm
          structures={mine.state.data.structures.filter((s) => s.status === 'active')}
          onDone={reload}
        />
      )}
      {mine.state.status === 'ready' && (
        <ExtensionRequest
          structures={mine.state.data.structures.filter(
            (s) => s.status === 'active' && s.serviceIds !== null,
          )}
          onDone={reload}
        />
      )}
      <CreateStructureForm onDone={reload} />
      <AttachSearch onDone={reload} />
      <h2 className="fr-h4 fr-mt-4w">{st('requests.mine')}</h2>
      {requests.state.status === 'ready' && requests.state.data.length > 0 && (
        <ul>
          {requests.state.data.map((r) => (
            <li key={r.id}>
              {formatDateTime(lang, r.createdAt)} — {r.structure?.name} —{' '}
              {labelOf(st, 'requests.kind', r.kind)}
              {r.space ? ` (${labelOf(st, 'space', r.space)})` : ''} —{' '}
              <strong>{labelOf(st, 'requests.status', r.status)}</strong>
              {r.decisionMessage ? ` : « ${r.decisionMessage} »` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CreateStructureForm({ onDone }: { onDone: () => void }) {
  const { st } = useStructureI18n();
  const form = useApiForm();
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    setDone(null);
    void form
      .run(() =>
        api.post<{ id: string; status: string }>('/structures', {
          identifierType: v.identifierType,
          identifier: v.identifier ?? '',
          name: v.name ?? '',
          vatNumber: optional(v.vatNumber),
          postalCode: optional(v.postalCode),
          city: optional(v.city),
        }),
      )
      .then((created) => {
        if (!created) return;
        setDone(created.status === 'pending' ? st('create.pending') : st('create.done'));
        target.reset();
        onDone();
      });
  };
  return (
    <section aria-labelledby="create-structure" className="fr-mt-4w">
      <h2 id="create-structure" className="fr-h4">
        {st('create.title')}
      </h2>
      <FormError error={form.error} />
      {form.error?.reason === 'STRUCTURE_EXISTS' && <p>{st('create.exists')}</p>}
      <FormSuccess message={done} />
      <form onSubmit={submit} noValidate>
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="identifierType">
            {st('create.identifierType')}
          </label>
          <select
            className="fr-select"
            id="identifierType"
            name="identifierType"
            defaultValue="SIRET"
          >
            {IDENTIFIER_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <Input
          label={st('create.identifier')}
          {...form.field('identifier')}
          nativeInputProps={{ name: 'identifier', required: true }}
        />
        <Input
          label={st('create.name')}
          {...form.field('name')}
          nativeInputProps={{ name: 'name', required: true, autoComplete: 'organization' }}
        />
        <Input
          label={st('create.vat')}
          {...form.field('vatNumber')}
          nativeInputProps={{ name: 'vatNumber' }}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input
              label={st('create.postalCode')}
              {...form.field('postalCode')}
              nativeInputProps={{ name: 'postalCode', autoComplete: 'postal-code' }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            <Input
              label={st('create.city')}
              {...form.field('city')}
              nativeInputProps={{ name: 'city', autoComplete: 'address-level2' }}
            />
          </div>
        </div>
        <Button type="submit" disabled={form.pending}>
          {st('create.submit')}
        </Button>
      </form>
    </section>
  );
}

function SpaceRequestForm({
  structures,
  onDone,
}: {
  structures: Array<{ id: string; name: string; isPublic: boolean }>;
  onDone: () => void;
}) {
  const { st } = useStructureI18n();
  const form = useApiForm();
  const [done, setDone] = useState<string | null>(null);
  if (structures.length === 0) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    setDone(null);
    void form
      .run(() =>
        api.post<{ id: string }>(`/structures/${v.structureId ?? ''}/space-requests`, {
          space: v.space,
        }),
      )
      .then((r) => {
        if (!r) return;
        setDone(st('request.sent'));
        onDone();
      });
  };
  return (
    <section aria-labelledby="space-request" className="fr-mt-4w">
      <h2 id="space-request" className="fr-h4">
        {st('request.space.title')}
      </h2>
      <FormError error={form.error} />
      <FormSuccess message={done} />
      <form
        onSubmit={submit}
        noValidate
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom"
      >
        <div className="fr-col-12 fr-col-md-5 fr-select-group">
          <label className="fr-label" htmlFor="space-structure">
            {st('request.space.structure')}
          </label>
          <select className="fr-select" id="space-structure" name="structureId">
            {structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-4 fr-select-group">
          <label className="fr-label" htmlFor="space-code">
            {st('request.space.space')}
          </label>
          <select className="fr-select" id="space-code" name="space">
            {ASSIGNABLE_SPACES.map((c) => (
              <option key={c} value={c}>
                {labelOf(st, 'space', c)}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Button type="submit" disabled={form.pending}>
            {st('request.space.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** A user limited to some services asks the managers for all of them (they decide). */
function ExtensionRequest({
  structures,
  onDone,
}: {
  structures: Array<{ id: string; name: string }>;
  onDone: () => void;
}) {
  const { st } = useStructureI18n();
  const form = useApiForm();
  const [done, setDone] = useState<string | null>(null);
  if (structures.length === 0) return null;
  const ask = (id: string) =>
    void form
      .run(() => api.post(`/structures/${id}/extension-requests`, { serviceIds: null }))
      .then((r) => {
        if (r === undefined) return;
        setDone(st('request.sent'));
        onDone();
      });
  return (
    <section aria-labelledby="extension-title" className="fr-mt-4w">
      <h2 id="extension-title" className="fr-h4">
        {st('extension.title')}
      </h2>
      <p className="fr-text--sm">{st('extension.hint')}</p>
      <FormError error={form.error} />
      <FormSuccess message={done} />
      <ul>
        {structures.map((s) => (
          <li key={s.id}>
            {s.name}{' '}
            <Button
              size="small"
              priority="secondary"
              onClick={() => ask(s.id)}
              disabled={form.pending}
            >
              {st('extension.submit')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
