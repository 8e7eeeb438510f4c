import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Select from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import { api, type ErrorDetail } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import type { Finding, InvoiceDetail, InvoiceInput } from '../../invoices/api';
import { useInvoiceI18n } from '../../invoices/messages';
import type { FieldHighlight } from '../../pdf-deposit/api';
import { useDepositI18n } from '../../pdf-deposit/messages';
import { FormFindings } from './form-findings';
import { InvoiceAttachments } from './invoice-attachments';
import {
  FrameworkFields,
  InvoiceMainFields,
  RecipientFields,
  type FormKit,
} from './invoice-form-fields';
import { emptyLine, InvoiceLines } from './invoice-lines';
import { LiveTotals } from './live-totals';
import type { DirectoryStructure } from './recipient-picker';
import { SendConfirmation } from './send-confirmation';

const today = () => new Date().toISOString().slice(0, 10);
const NUMBER = /^[A-Za-z0-9\-_/+]{1,20}$/;
/** Under this confidence a recognised field is shown in the warning colour. */
export const LOW_CONFIDENCE = 0.7;

export function blankInvoice(): InvoiceInput {
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
export function compact(input: InvoiceInput): InvoiceInput {
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

export interface InvoiceFormProps {
  /** The draft being edited; absent for a new invoice. */
  invoiceId?: string;
  initial: InvoiceInput;
  /** The supplier structures the user may pick from (a new invoice only). */
  structures: Array<{ id: string; name: string; identifier: string }>;
  /** A fixed supplier structure (a draft, a deposit). */
  structureId?: string;
  initialFindings?: Finding[];
  initialValidatorName?: string | null;
  /** A refused send's findings, shown beside their fields until the next save. */
  refused?: ErrorDetail[];
  /** Pre-filled from a recognised PDF: each such field is highlighted until the user checks it. */
  highlights?: Record<string, FieldHighlight>;
  /** The recipient already known (recognised and matched in the directory). */
  initialRecipient?: DirectoryStructure | null;
  save: (structureId: string, input: InvoiceInput) => Promise<InvoiceDetail>;
  onSaved?: (saved: InvoiceDetail) => void;
  /** « Valider et envoyer » from the form itself, after the confirmation dialog. */
  send?: (structureId: string, input: InvoiceInput) => Promise<unknown>;
  backTo?: { to: string; label: string };
}

/** THE invoice form: typed invoices, drafts, and invoices pre-filled from a deposited PDF. */
export function InvoiceForm(props: InvoiceFormProps) {
  const { it, lang } = useInvoiceI18n();
  const { dt } = useDepositI18n();
  const form = useApiForm();
  const [input, setInput] = useState<InvoiceInput>(props.initial);
  const [structureId, setStructureId] = useState(props.structureId ?? '');
  const [recipient, setRecipient] = useState<DirectoryStructure | null>(
    props.initialRecipient ?? null,
  );
  // The valideur's raison sociale, filled in from the directory (A9/A12).
  const [validatorName, setValidatorName] = useState(props.initialValidatorName ?? null);
  const [findings, setFindings] = useState<Finding[]>(props.initialFindings ?? []);
  const [names, setNames] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [refused, setRefused] = useState<ErrorDetail[]>(props.refused ?? []);
  const [confirming, setConfirming] = useState(false);
  // Recognised fields the user has not looked at yet: typing in one, or the global tick, clears it.
  const [toCheck, setToCheck] = useState<Record<string, FieldHighlight>>(props.highlights ?? {});
  const checked = (field: string) =>
    setToCheck((prev) => {
      if (!(field in prev)) return prev;
      const { [field]: _done, ...rest } = prev;
      return rest;
    });

  const { invoiceId } = props;
  useEffect(() => {
    if (!structureId && props.structures[0]) setStructureId(props.structures[0].id);
  }, [structureId, props.structures]);

  // The portal rules as the user types: a pause, then one check (nothing is saved).
  const [touched, setTouched] = useState(!!props.highlights);
  useEffect(() => {
    if (!structureId || !touched) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .post<{ findings: Finding[] }>(
          '/invoices/check',
          { structureId, ...(invoiceId ? { invoiceId } : {}), invoice: compact(input) },
          { signal: controller.signal },
        )
        .then((r) => setFindings(r.findings))
        .catch(() => undefined);
    }, 600);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [input, structureId, invoiceId, touched]);

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
  // A recognised field: its confidence beside it and a distinct border, an error taking precedence.
  const highlight = (field: string) => {
    const mark = toCheck[field];
    if (!mark || fieldError(field)) return {};
    const pct = Math.round(mark.confidence * 100);
    const low = mark.confidence < LOW_CONFIDENCE;
    return {
      className: low ? 'chorale-recognized chorale-recognized--low' : 'chorale-recognized',
      state: 'info' as const,
      stateRelatedMessage: mark.fromXml
        ? dt('dep.fromXml')
        : dt(low ? 'dep.recognizedLow' : 'dep.recognized', { pct }),
    };
  };
  const kit: FormKit = {
    input,
    set,
    state,
    checked,
    text: (field, label, value, onChange, type = 'text') => (
      <Input
        label={it(label)}
        {...state(field)}
        {...highlight(field)}
        nativeInputProps={{
          name: field,
          type,
          value: value ?? '',
          onChange: (e) => {
            checked(field);
            onChange(e.target.value);
          },
        }}
      />
    ),
  };
  const save = () =>
    void form
      .run(() => props.save(structureId, compact(input)))
      .then((d) => {
        if (!d) return;
        setFindings(d.findings);
        setRefused([]);
        setSaved(true);
        props.onSaved?.(d);
      });
  const send = props.send;
  const confirmSend = () =>
    void form
      .run(() => (send ? send(structureId, compact(input)) : Promise.resolve()))
      .then(() => setConfirming(false));
  const remaining = Object.keys(toCheck).length;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {!props.structureId && (
        <Select
          label={it('form.supplier')}
          nativeSelectProps={{
            value: structureId,
            onChange: (e) => setStructureId(e.target.value),
          }}
        >
          {props.structures.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.identifier})
            </option>
          ))}
        </Select>
      )}
      {remaining > 0 && (
        <div className="fr-notice fr-notice--info fr-mb-2w">
          <div className="fr-notice__body">
            <p className="fr-notice__title" data-testid="to-check">
              {dt('dep.toCheck', { count: remaining })}
            </p>{' '}
            <Button type="button" size="small" priority="secondary" onClick={() => setToCheck({})}>
              {dt('dep.allChecked')}
            </Button>
          </div>
        </div>
      )}
      <RecipientFields kit={kit} recipient={recipient} setRecipient={setRecipient} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <FrameworkFields
          kit={kit}
          validatorName={validatorName}
          setValidatorName={setValidatorName}
        />
        <InvoiceMainFields kit={kit} />
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

      <FormFindings findings={findings} refused={refused} />
      <FormError error={form.error} />
      {saved && <p role="status">{it('form.saved')}</p>}
      {confirming && (
        <SendConfirmation
          pending={form.pending}
          onConfirm={confirmSend}
          onCancel={() => setConfirming(false)}
        />
      )}
      <div className="fr-btns-group fr-btns-group--inline">
        <Button type="submit" disabled={form.pending || !structureId}>
          {it('form.save')}
        </Button>
        {send && (
          <Button
            type="button"
            priority="secondary"
            disabled={form.pending || !structureId}
            onClick={() => setConfirming(true)}
          >
            {dt('dep.send')}
          </Button>
        )}
        {props.backTo && (
          <Button priority="tertiary" linkProps={{ to: props.backTo.to }}>
            {props.backTo.label}
          </Button>
        )}
      </div>
    </form>
  );
}
