import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import type { InvoiceSummary, SearchResult } from '../../invoices/api';
import { STATUS_LABELS, useInvoiceI18n } from '../../invoices/messages';
import { useDepositI18n } from '../../pdf-deposit/messages';
import type { MyStructures } from '../../structures/api';
import { InvoiceTable } from './invoice-table';

const FIELDS = [
  'number',
  'recipient',
  'status',
  'billingFramework',
  'kind',
  'depositedFrom',
  'depositedTo',
  'issueDateFrom',
  'issueDateTo',
  'amountMin',
  'amountMax',
] as const;

/** « Factures émises »: what waits for the user, recent events, and the search. */
export function InvoicesPage() {
  const { it, lang } = useInvoiceI18n();
  const { dt } = useDepositI18n();
  const structures = useApiData<MyStructures>('/me/structures');
  const toProcess = useApiData<InvoiceSummary[]>('/invoices/to-process');
  const recent = useApiData<InvoiceSummary[]>('/invoices/recent-events');
  const form = useApiForm();
  const [query, setQuery] = useState<string | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);

  const run = (params: URLSearchParams, append: boolean) =>
    void form
      .run(() => api.get<SearchResult>(`/invoices?${params.toString()}`))
      .then((r) => {
        if (!r) return;
        setResult((prev) => (append && prev ? { ...r, items: [...prev.items, ...r.items] } : r));
      });

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    const params = new URLSearchParams();
    if (v.structureId) params.set('structureId', v.structureId);
    for (const name of FIELDS) if (v[name]) params.set(name, v[name]);
    setQuery(params.toString());
    run(params, false);
  };
  const next = () => {
    if (!result?.nextCursor || query === null) return;
    const params = new URLSearchParams(query);
    params.set('cursor', result.nextCursor);
    run(params, true);
  };
  const emitting =
    structures.state.status === 'ready'
      ? structures.state.data.structures.filter((s) => s.spaces.includes('FACTURES_EMISES'))
      : [];

  return (
    <div className="fr-container fr-my-4w">
      <h1>{it('inv.title')}</h1>
      <div className="fr-btns-group fr-btns-group--inline">
        <Button linkProps={{ to: '/invoices/new' }} iconId="fr-icon-add-line">
          {it('inv.new')}
        </Button>
        <Button
          priority="secondary"
          linkProps={{ to: '/invoices/deposit' }}
          iconId="fr-icon-upload-line"
        >
          {dt('dep.title')}
        </Button>
      </div>

      <h2 className="fr-mt-4w">{it('inv.toProcess')}</h2>
      {toProcess.state.status === 'ready' ? (
        <InvoiceTable items={toProcess.state.data} caption={it('inv.toProcess')} />
      ) : (
        <Loading />
      )}

      <h2 className="fr-mt-4w">{it('inv.recent')}</h2>
      {recent.state.status === 'ready' ? (
        <InvoiceTable items={recent.state.data.slice(0, 10)} caption={it('inv.recent')} />
      ) : (
        <Loading />
      )}

      <h2 className="fr-mt-4w">{it('inv.search')}</h2>
      <form onSubmit={search} aria-label={it('inv.search')}>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('inv.structure')}
              nativeSelectProps={{ name: 'structureId', defaultValue: '' }}
            >
              <option value="">{it('inv.allStructures')}</option>
              {emitting.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.identifier})
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label={it('inv.f.number')} nativeInputProps={{ name: 'number' }} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label={it('inv.f.recipient')} nativeInputProps={{ name: 'recipient' }} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('inv.f.status')}
              nativeSelectProps={{ name: 'status', defaultValue: '' }}
            >
              <option value="">{it('inv.any')}</option>
              {Object.entries(STATUS_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label[lang]}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('inv.f.framework')}
              nativeSelectProps={{ name: 'billingFramework', defaultValue: '' }}
            >
              <option value="">{it('inv.any')}</option>
              {['A1', 'A2', 'A9', 'A12'].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label={it('inv.f.kind')} nativeSelectProps={{ name: 'kind', defaultValue: '' }}>
              <option value="">{it('inv.any')}</option>
              <option value="invoice">{it('inv.kind.invoice')}</option>
              <option value="creditNote">{it('inv.kind.creditNote')}</option>
            </Select>
          </div>
          {(
            [
              ['depositedFrom', 'inv.f.depositedFrom', 'date'],
              ['depositedTo', 'inv.f.depositedTo', 'date'],
              ['issueDateFrom', 'inv.f.issueFrom', 'date'],
              ['issueDateTo', 'inv.f.issueTo', 'date'],
              ['amountMin', 'inv.f.amountMin', 'text'],
              ['amountMax', 'inv.f.amountMax', 'text'],
            ] as const
          ).map(([name, label, type]) => (
            <div key={name} className="fr-col-6 fr-col-md-2">
              <Input
                label={it(label)}
                nativeInputProps={{
                  name,
                  type,
                  inputMode: type === 'text' ? 'decimal' : undefined,
                }}
              />
            </div>
          ))}
        </div>
        <FormError error={form.error} />
        <Button type="submit" disabled={form.pending}>
          {it('inv.f.search')}
        </Button>{' '}
        {query !== null && (
          <a
            className="fr-link fr-ml-2w"
            href={`/api/v1/invoices/export.csv?${query}&lang=${lang}`}
            download
          >
            {it('inv.f.export')}
          </a>
        )}
      </form>
      {result && (
        <section className="fr-mt-2w" aria-live="polite">
          <p>{it('inv.results', { count: result.total })}</p>
          <InvoiceTable items={result.items} caption={it('inv.search')} />
          {result.nextCursor && (
            <Button priority="secondary" onClick={next}>
              {it('inv.more')}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
