import Select from '@codegouvfr/react-dsfr/Select';
import type { ReactNode } from 'react';
import type { InvoiceInput } from '../../invoices/api';
import { useInvoiceI18n, type InvoiceMessageKey } from '../../invoices/messages';
import { RecipientPicker, type DirectoryStructure } from './recipient-picker';

/** What the form's parts share: the input, its setter, and the field renderers. */
export interface FormKit {
  input: InvoiceInput;
  set: (patch: Partial<InvoiceInput>) => void;
  state: (field: string) => { state?: 'error'; stateRelatedMessage?: string };
  text: (
    field: string,
    label: InvoiceMessageKey,
    value: string | undefined,
    onChange: (v: string) => void,
    type?: string,
  ) => ReactNode;
  /** The user chose or typed the field: its recognition highlight is done. */
  checked: (field: string) => void;
}

/** « Destinataire »: directory search, identifier, service code and what the recipient requires. */
export function RecipientFields({
  kit,
  recipient,
  setRecipient,
}: {
  kit: FormKit;
  recipient: DirectoryStructure | null;
  setRecipient: (s: DirectoryStructure) => void;
}) {
  const { it } = useInvoiceI18n();
  const { input, set, state, text } = kit;
  const req = recipient?.requirements;
  const required = req
    ? [
        req.serviceCode && it('form.requires.service'),
        req.legalCommitment && it('form.requires.ej'),
        req.serviceCodeOrLegalCommitment && it('form.requires.either'),
      ].filter(Boolean)
    : [];
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend">{it('form.recipient')}</legend>
      <div className="fr-col-12">
        <RecipientPicker
          label={it('form.recipient')}
          onPick={(s) => {
            setRecipient(s);
            kit.checked('recipient.identifier');
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
  );
}

/** The cadre de facturation and its valideur (A9/A12), with the choice's labels. */
export function FrameworkFields({
  kit,
  validatorName,
  setValidatorName,
}: {
  kit: FormKit;
  validatorName: string | null;
  setValidatorName: (name: string | null) => void;
}) {
  const { it, lang } = useInvoiceI18n();
  const { input, set, state, text } = kit;
  const needsValidator = input.billingFramework === 'A9' || input.billingFramework === 'A12';
  return (
    <>
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
          <option value="A2">A2 — {lang === 'fr' ? 'Facture déjà payée' : 'Already paid'}</option>
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
            {text('validator.identifier', 'form.validator', input.validator?.identifier, (v) => {
              setValidatorName(null);
              set({ validator: { ...input.validator, identifier: v } });
            })}
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
    </>
  );
}

/** Type, number, currency, VAT regime, dates, payment and references. */
export function InvoiceMainFields({ kit }: { kit: FormKit }) {
  const { it } = useInvoiceI18n();
  const { input, set, text } = kit;
  return (
    <>
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
        {text('issueDate', 'form.issueDate', input.issueDate, (v) => set({ issueDate: v }), 'date')}
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
        {text('purchaseOrder', 'form.po', input.purchaseOrder, (v) => set({ purchaseOrder: v }))}
      </div>
      <div className="fr-col-12 fr-col-md-6">
        {text('contractReference', 'form.contract', input.contractReference, (v) =>
          set({ contractReference: v }),
        )}
      </div>
      <div className="fr-col-12">
        {text('comment', 'form.comment', input.comment, (v) => set({ comment: v }))}
      </div>
    </>
  );
}
