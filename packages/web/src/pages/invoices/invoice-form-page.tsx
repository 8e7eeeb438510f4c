import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, type ErrorDetail } from '../../api/client';
import { FormError } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import type { InvoiceDetail } from '../../invoices/api';
import { useInvoiceI18n } from '../../invoices/messages';
import type { MyStructures } from '../../structures/api';
import { blankInvoice, InvoiceForm } from './invoice-form';
import { InvoiceSource } from './invoice-source';

/** « Saisie »: a new invoice or a draft, with live totals and the rules shown next to fields. */
export function InvoiceFormPage() {
  const { id } = useParams();
  const { it } = useInvoiceI18n();
  const navigate = useNavigate();
  const structures = useApiData<MyStructures>('/me/structures');
  const existing = useApiData<InvoiceDetail | null>(id ? `/invoices/${id}` : '/me');
  // A refused send (from the invoice's page): its findings beside their fields until the next save.
  const location = useLocation();
  const refused = (location.state as { refused?: ErrorDetail[] } | null)?.refused ?? [];

  if (structures.state.status === 'loading' || (id && existing.state.status === 'loading'))
    return <Loading />;
  const emitting =
    structures.state.status === 'ready'
      ? structures.state.data.structures.filter((s) => s.spaces.includes('FACTURES_EMISES'))
      : [];
  const draft = id && existing.state.status === 'ready' ? existing.state.data : null;
  return (
    <div className="fr-container fr-my-4w">
      <h1>{id ? it('form.titleEdit') : it('form.titleNew')}</h1>
      {/* A draft made from a deposited PDF: the file stays at hand while the user corrects. */}
      {draft?.source && <InvoiceSource invoice={draft} />}
      {id && existing.state.status === 'error' ? (
        <FormError error={existing.state.error} />
      ) : (
        <InvoiceForm
          key={id ?? 'new'}
          invoiceId={id}
          initial={draft ? { ...blankInvoice(), ...draft.input } : blankInvoice()}
          structures={emitting}
          structureId={draft?.structureId}
          initialFindings={draft?.findings}
          initialValidatorName={draft?.validator?.name ?? null}
          refused={refused}
          save={(structureId, input) =>
            id
              ? api.put<InvoiceDetail>(`/invoices/${id}`, input)
              : api.post<InvoiceDetail>('/invoices', { structureId, invoice: input })
          }
          onSaved={(d) => {
            if (!id) void navigate(`/invoices/${d.id}`);
          }}
          backTo={id ? { to: `/invoices/${id}`, label: it('page.back') } : undefined}
        />
      )}
    </div>
  );
}
