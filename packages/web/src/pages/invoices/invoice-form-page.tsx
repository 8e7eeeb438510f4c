import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, type ErrorDetail } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import type { Finding, InvoiceDetail, InvoiceInput } from '../../invoices/api';
import { useInvoiceI18n, type InvoiceMessageKey } from '../../invoices/messages';
import type { MyStructures } from '../../structures/api';
import { InvoiceAttachments } from './invoice-attachments';
import { emptyLine, InvoiceLines } from './invoice-lines';
import { LiveTotals } from './live-totals';
import { RecipientPicker, type DirectoryStructure } from './recipient-picker';

const today = () => new Date().toISOString().slice(0, 10);
const NUMBER = /^[A-Za-z0-9\-_/+]{1,20}$/;

function blank(): InvoiceInput {
  return {
    recipient: { identifier: '' },
    billingFramework: 'A1',
    kind: 'invoice',
    number: '',
    currency: 'EUR',
    vatRegime: 'DEBIT',
    issueDate: today(),
    paymentMeans: 'VIREMENT',
    lines: [emptyLine()],
    allowances: [],
    charges: [],
    attachments: [],
  };
}

/** Drops empty optional strings: the API refuses nothing, but stores nothing useless either. */
function compact(input: InvoiceInput): InvoiceInput {
  const out = JSON.parse(JSON.stringify(input), (_k, v: unknown) =>
    v === '' ? undefined : v,
  ) as InvoiceInput;
  return {
    ...out,
    number: input.number,
    issueDate: input.issueDate,
    recipient: { ...out.recipient, identifier: input.recipient.identifier },
  };
}

/** « Saisie »: a new invoice or a draft, with live totals and the rules shown next to fields. */
export function InvoiceFormPage() {
  const { id } = useParams();
  const { it, lang } = useInvoiceI18n();
  const navigate = useNavigate();
  const structures = useApiData<MyStructures>('/me/structures');
  const existing = useApiData<InvoiceDetail | null>(id ? `/invoices/${id}` : '/me');
  const form = useApiForm();
  const [input, setInput] = useState<InvoiceInput>(blank);
  const [structureId, setStructureId] = useState('');
  const [recipient, setRecipient] = useState<DirectoryStructure | null>(null);
  // The valideur's raison sociale, filled in from the directory (A9/A12).
  const [validatorName, setValidatorName] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  // A refused send (from the invoice's page): its findings beside their fields until the next save.
  const location = useLocation();
  const [refused, setRefused] = useState<ErrorDetail[]>(
    () => (location.state as { refused?: ErrorDetail[] } | null)?.refused ?? [],
  );

  useEffect(() => {
    if (id && existing.state.status === 'ready' && existing.state.data) {
      const d = existing.state.data;
      setInput({ ...blank(), ...d.input });
      setStructureId(d.structureId);
      setFindings(d.findings);
      setValidatorName(d.validator?.name ?? null);
    }
  }, [id, existing.state]);
  const emitting =
    structures.state.status === 'ready'
      ? structures.state.data.structures.filter((s) => s.spaces.includes('FACTURES_EMISES'))
      : [];
  useEffect(() => {
    if (!structureId && emitting[0]) setStructureId(emitting[0].id);
  }, [structureId, emitting]);

  // The portal rules as the user types: a pause, then one check (nothing is saved).
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!structureId || !touched) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .post<{ findings: Finding[] }>(
          '/invoices/check',
          { structureId, ...(id ? { invoiceId: id } : {}), invoice: compact(input) },
          { signal: controller.signal },
        )
        .then((r) => setFindings(r.findings))
        .catch(() => undefined);
    }, 600);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [input, structureId, id, touched]);

  const set = (patch: Partial<InvoiceInput>) => {
    setSaved(false);
    setTouched(true);
    setInput((prev) => ({ ...prev, ...patch }));
  };
  // Server findings (rule IDs) first, then the browser's own checks as the user types.
  const fieldError = (field: string): string | undefined => {
    const matches = (d: ErrorDetail) =>
      d.field === field || d.field.startsWith(`${field}.`) || d.field.startsWith(`${field}[`);
    const detail = form.error?.details.find(matches) ?? refused.find(matches);
    if (detail) return `${detail.rule ? `[${detail.rule}] ` : ''}${detail.message}`;
    const finding = findings.find((f) => f.field === field);
    if (finding) return `[${finding.rule}] ${finding.message[lang]}`;
    if (field === 'number' && input.number && !NUMBER.test(input.number)) return it('form.number');
    if (field === 'issueDate' && input.issueDate > today())
      return `[CHORALE-INVOICE-DATE-IN-FUTURE]`;
    return undefined;
  };
  const state = (field: string) => {
    const message = fieldError(field);
    return message ? { state: 'error' as const, stateRelatedMessage: message } : {};
  };
  const save = () =>
    void form
      .run(() =>
        id
          ? api.put<InvoiceDetail>(`/invoices/${id}`, compact(input))
          : api.post<InvoiceDetail>('/invoices', { structureId, invoice: compact(input) }),
      )
      .then((d) => {
        if (!d) return;
        setFindings(d.findings);
        setRefused([]);
        setSaved(true);
        if (!id) void navigate(`/invoices/${d.id}`);
      });

  if (structures.state.status === 'loading' || (id && existing.state.status === 'loading'))
    return <Loading />;
  const needsValidator = input.billingFramework === 'A9' || input.billingFramework === 'A12';
  const req = recipient?.requirements;
  const required = req
    ? [
        req.serviceCode && it('form.requires.service'),
        req.legalCommitment && it('form.requires.ej'),
        req.serviceCodeOrLegalCommitment && it('form.requires.either'),
      ].filter(Boolean)
    : [];
  const text = (
    field: string,
    label: InvoiceMessageKey,
    value: string | undefined,
    onChange: (v: string) => void,
    type = 'text',
  ) => (
    <Input
      label={it(label)}
      {...state(field)}
      nativeInputProps={{
        name: field,
        type,
        value: value ?? '',
        onChange: (e) => onChange(e.target.value),
      }}
    />
  );

  return (
    <div className="fr-container fr-my-4w">
      <h1>{id ? it('form.titleEdit') : it('form.titleNew')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {!id && (
          <Select
            label={it('form.supplier')}
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
        )}
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{it('form.recipient')}</legend>
          <div className="fr-col-12">
            <RecipientPicker
              label={it('form.recipient')}
              onPick={(s) => {
                setRecipient(s);
                set({ recipient: { identifier: s.identifier, serviceCode: s.services[0]?.code } });
              }}
            />
          </div>
          {text('recipient.identifier', 'form.recipientId', input.recipient.identifier, (v) =>
            set({ recipient: { ...input.recipient, identifier: v } }),
          )}
          {recipient && recipient.services.length > 0 ? (
            <Select
              label={it('form.serviceCode')}
              {...state('recipient.serviceCode')}
              nativeSelectProps={{
                value: input.recipient.serviceCode ?? '',
                onChange: (e) =>
                  set({ recipient: { ...input.recipient, serviceCode: e.target.value } }),
              }}
            >
              <option value="">—</option>
              {recipient.services.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.code} — {s.name}
                </option>
              ))}
            </Select>
          ) : (
            text('recipient.serviceCode', 'form.serviceCode', input.recipient.serviceCode, (v) =>
              set({ recipient: { ...input.recipient, serviceCode: v } }),
            )
          )}
          {required.length > 0 && (
            <p className="fr-info-text">{it('form.requires', { what: required.join(', ') })}</p>
          )}
        </fieldset>

        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('form.framework')}
              {...state('billingFramework')}
              nativeSelectProps={{
                value: input.billingFramework,
                onChange: (e) => set({ billingFramework: e.target.value }),
              }}
            >
              <option value="A1">
                A1 — {lang === 'fr' ? 'Facture fournisseur' : 'Supplier invoice'}
              </option>
              <option value="A2">
                A2 — {lang === 'fr' ? 'Facture déjà payée' : 'Already paid'}
              </option>
              <option value="A9">
                A9 — {lang === 'fr' ? 'Facture de sous-traitant' : 'Subcontractor invoice'}
              </option>
              <option value="A12">
                A12 — {lang === 'fr' ? 'Facture de cotraitant' : 'Co-contractor invoice'}
              </option>
            </Select>
          </div>
          {needsValidator && (
            <>
              <div className="fr-col-12 fr-col-md-4">
                <RecipientPicker
                  label={it('form.validator')}
                  onPick={(s) => {
                    setValidatorName(s.name);
                    set({ validator: { identifier: s.identifier } });
                  }}
                />
                {validatorName && (
                  <p className="fr-mb-1w" data-testid="validator-name">
                    <strong>{validatorName}</strong>
                  </p>
                )}
                {text(
                  'validator.identifier',
                  'form.validator',
                  input.validator?.identifier,
                  (v) => {
                    setValidatorName(null);
                    set({ validator: { ...input.validator, identifier: v } });
                  },
                )}
              </div>
              <div className="fr-col-12 fr-col-md-4">
                {text(
                  'validator.serviceCode',
                  'form.validatorService',
                  input.validator?.serviceCode,
                  (v) =>
                    set({
                      validator: { identifier: input.validator?.identifier ?? '', serviceCode: v },
                    }),
                )}
              </div>
            </>
          )}
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('form.kind')}
              nativeSelectProps={{
                value: input.kind,
                onChange: (e) => set({ kind: e.target.value as InvoiceInput['kind'] }),
              }}
            >
              <option value="invoice">{it('inv.kind.invoice')}</option>
              <option value="creditNote">{it('inv.kind.creditNote')}</option>
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            {text('number', 'form.number', input.number, (v) => set({ number: v }))}
          </div>
          {input.kind === 'creditNote' && (
            <div className="fr-col-12 fr-col-md-4">
              {text('precedingInvoiceNumber', 'form.preceding', input.precedingInvoiceNumber, (v) =>
                set({ precedingInvoiceNumber: v }),
              )}
            </div>
          )}
          <div className="fr-col-6 fr-col-md-2">
            {text('currency', 'form.currency', input.currency, (v) =>
              set({ currency: v.toUpperCase() }),
            )}
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('form.vatRegime')}
              nativeSelectProps={{
                value: input.vatRegime,
                onChange: (e) => set({ vatRegime: e.target.value as InvoiceInput['vatRegime'] }),
              }}
            >
              {(['DEBIT', 'RECEIPT', 'EXEMPT', 'NONE'] as const).map((v) => (
                <option key={v} value={v}>
                  {it(`form.vat.${v}`)}
                </option>
              ))}
            </Select>
          </div>
          {input.vatRegime === 'EXEMPT' && (
            <div className="fr-col-12 fr-col-md-6">
              {text('exemptionReason', 'form.exemption', input.exemptionReason, (v) =>
                set({ exemptionReason: v }),
              )}
            </div>
          )}
          <div className="fr-col-6 fr-col-md-3">
            {text(
              'issueDate',
              'form.issueDate',
              input.issueDate,
              (v) => set({ issueDate: v }),
              'date',
            )}
          </div>
          <div className="fr-col-6 fr-col-md-3">
            {text('dueDate', 'form.dueDate', input.dueDate, (v) => set({ dueDate: v }), 'date')}
          </div>
          <div className="fr-col-12 fr-col-md-6">
            {text('paymentTerms', 'form.paymentTerms', input.paymentTerms, (v) =>
              set({ paymentTerms: v }),
            )}
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select
              label={it('form.paymentMeans')}
              nativeSelectProps={{
                value: input.paymentMeans ?? '',
                onChange: (e) => set({ paymentMeans: e.target.value }),
              }}
            >
              <option value="">—</option>
              {['VIREMENT', 'CHEQUE', 'PRELEVEMENT', 'ESPECE', 'AUTRE', 'REPORT'].map((m) => (
                <option key={m}>{m}</option>
              ))}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-5">
            {text('iban', 'form.iban', input.iban, (v) => set({ iban: v }))}
          </div>
          <div className="fr-col-12 fr-col-md-3">
            {text('bic', 'form.bic', input.bic, (v) => set({ bic: v }))}
          </div>
          <div className="fr-col-12 fr-col-md-6">
            {text('purchaseOrder', 'form.po', input.purchaseOrder, (v) =>
              set({ purchaseOrder: v }),
            )}
          </div>
          <div className="fr-col-12 fr-col-md-6">
            {text('contractReference', 'form.contract', input.contractReference, (v) =>
              set({ contractReference: v }),
            )}
          </div>
          <div className="fr-col-12">
            {text('comment', 'form.comment', input.comment, (v) => set({ comment: v }))}
          </div>
        </div>

        <InvoiceLines input={input} onChange={(next) => set(next)} fieldError={fieldError} />
        <LiveTotals input={input} />
        <InvoiceAttachments
          input={input}
          names={names}
          onChange={(next, n) => {
            set(next);
            setNames(n);
          }}
        />

        {findings.length > 0 && (
          <div className="fr-alert fr-alert--warning fr-mb-2w" role="status">
            <h3 className="fr-alert__title">{it('form.findings')}</h3>
            <ul>
              {findings.map((f) => (
                <li key={`${f.rule}-${f.field ?? ''}`}>
                  [{f.rule}] {f.message[lang]}
                </li>
              ))}
            </ul>
          </div>
        )}
        {refused.length > 0 && (
          <div className="fr-alert fr-alert--error fr-mb-2w" role="alert">
            <h3 className="fr-alert__title">{it('form.refused')}</h3>
            <ul>
              {refused.map((x, i) => (
                <li key={i}>
                  {x.rule ? `[${x.rule}] ` : ''}
                  {x.field ? `${x.field} — ` : ''}
                  {x.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <FormError error={form.error} />
        {saved && <p role="status">{it('form.saved')}</p>}
        <Button type="submit" disabled={form.pending || !structureId}>
          {it('form.save')}
        </Button>
        {id && (
          <Button priority="secondary" className="fr-ml-2w" linkProps={{ to: `/invoices/${id}` }}>
            {it('page.back')}
          </Button>
        )}
      </form>
    </div>
  );
}
