import Button from '@codegouvfr/react-dsfr/Button';
import type { AllowanceChargeInput, InvoiceInput, LineInput } from '../../invoices/api';
import { UNITS } from '../../invoices/api';
import { useInvoiceI18n } from '../../invoices/messages';
import { computeLive } from './live-totals';

const CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'];

export const emptyLine = (): LineInput => ({
  description: '',
  quantity: '1',
  unitCode: 'C62',
  unitPrice: '',
  vatCategory: 'S',
  vatRate: '20',
});

/** The lines of the invoice, then its document-level allowances and charges. */
export function InvoiceLines({
  input,
  onChange,
  fieldError,
}: {
  input: InvoiceInput;
  onChange: (next: InvoiceInput) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const { it, lang } = useInvoiceI18n();
  const nets = computeLive(input).lineNets;
  const setLine = (index: number, patch: Partial<LineInput>) =>
    onChange({
      ...input,
      lines: input.lines.map((l, i) => (i === index ? { ...l, ...patch } : l)),
    });
  const setDoc = (
    kind: 'allowances' | 'charges',
    index: number,
    patch: Partial<AllowanceChargeInput>,
  ) =>
    onChange({
      ...input,
      [kind]: input[kind].map((a, i) => (i === index ? { ...a, ...patch } : a)),
    });
  const linesError = fieldError('lines');
  const cell = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: { mode?: 'decimal'; width?: string; list?: string } = {},
  ) => (
    <td>
      <input
        className="fr-input"
        aria-label={label}
        value={value}
        inputMode={options.mode}
        list={options.list}
        style={{ minWidth: options.width ?? '6rem' }}
        onChange={(e) => set(e.target.value)}
      />
    </td>
  );
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend">{it('form.lines')}</legend>
      {linesError && <p className="fr-error-text">{linesError}</p>}
      <datalist id="unit-codes">
        {UNITS.map(([code, label]) => (
          <option key={code} value={code}>
            {label[lang]}
          </option>
        ))}
      </datalist>
      <div className="fr-table fr-table--no-caption" style={{ width: '100%' }}>
        <table>
          <caption>{it('form.lines')}</caption>
          <thead>
            <tr>
              {(
                [
                  'form.line.reference',
                  'form.line.description',
                  'form.line.quantity',
                  'form.line.unit',
                  'form.line.price',
                  'form.line.allowance',
                  'form.line.vat',
                  'form.line.rate',
                  'form.line.net',
                ] as const
              ).map((k) => (
                <th key={k} scope="col">
                  {it(k)}
                </th>
              ))}
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {input.lines.map((l, i) => (
              <tr key={i}>
                {cell(`${it('form.line.reference')} ${i + 1}`, l.reference ?? '', (v) =>
                  setLine(i, { reference: v }),
                )}
                {cell(
                  `${it('form.line.description')} ${i + 1}`,
                  l.description,
                  (v) => setLine(i, { description: v }),
                  { width: '12rem' },
                )}
                {cell(
                  `${it('form.line.quantity')} ${i + 1}`,
                  l.quantity,
                  (v) => setLine(i, { quantity: v }),
                  { mode: 'decimal' },
                )}
                {cell(
                  `${it('form.line.unit')} ${i + 1}`,
                  l.unitCode,
                  (v) => setLine(i, { unitCode: v.toUpperCase() }),
                  { list: 'unit-codes', width: '5rem' },
                )}
                {cell(
                  `${it('form.line.price')} ${i + 1}`,
                  l.unitPrice,
                  (v) => setLine(i, { unitPrice: v }),
                  { mode: 'decimal' },
                )}
                {cell(
                  `${it('form.line.allowance')} ${i + 1}`,
                  l.allowance ?? '',
                  (v) => setLine(i, { allowance: v }),
                  { mode: 'decimal' },
                )}
                <td>
                  <select
                    className="fr-select"
                    aria-label={`${it('form.line.vat')} ${i + 1}`}
                    value={l.vatCategory}
                    onChange={(e) => setLine(i, { vatCategory: e.target.value })}
                  >
                    {CATEGORIES.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                </td>
                {cell(
                  `${it('form.line.rate')} ${i + 1}`,
                  l.vatRate ?? '',
                  (v) => setLine(i, { vatRate: v }),
                  { mode: 'decimal', width: '4rem' },
                )}
                <td>{nets[i]}</td>
                <td>
                  <Button
                    priority="tertiary no outline"
                    size="small"
                    iconId="fr-icon-delete-line"
                    title={it('form.line.remove')}
                    onClick={() =>
                      onChange({ ...input, lines: input.lines.filter((_, j) => j !== i) })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button
        priority="secondary"
        size="small"
        iconId="fr-icon-add-line"
        onClick={() => onChange({ ...input, lines: [...input.lines, emptyLine()] })}
      >
        {it('form.line.add')}
      </Button>
      {(['allowances', 'charges'] as const).map((kind) => (
        <div key={kind} className="fr-mt-2w">
          {input[kind].map((a, i) => (
            <div key={i} className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-3">
                <label className="fr-label">
                  {it(kind === 'allowances' ? 'form.allowance' : 'form.charge')} —{' '}
                  {it('form.amount')}
                  <input
                    className="fr-input"
                    inputMode="decimal"
                    value={a.amount}
                    onChange={(e) => setDoc(kind, i, { amount: e.target.value })}
                  />
                </label>
              </div>
              <div className="fr-col-5">
                <label className="fr-label">
                  {it('form.reason')}
                  <input
                    className="fr-input"
                    value={a.reason}
                    onChange={(e) => setDoc(kind, i, { reason: e.target.value })}
                  />
                </label>
              </div>
              <div className="fr-col-2">
                <label className="fr-label">
                  {it('form.line.vat')}
                  <select
                    className="fr-select"
                    value={a.vatCategory}
                    onChange={(e) => setDoc(kind, i, { vatCategory: e.target.value })}
                  >
                    {CATEGORIES.map((c) => (
                      <option key={c}>{c}</option>
                    ))}
                  </select>
                </label>
              </div>
              <div className="fr-col-2">
                <label className="fr-label">
                  {it('form.line.rate')}
                  <input
                    className="fr-input"
                    inputMode="decimal"
                    value={a.vatRate ?? ''}
                    onChange={(e) => setDoc(kind, i, { vatRate: e.target.value })}
                  />
                </label>
              </div>
            </div>
          ))}
          <Button
            priority="tertiary"
            size="small"
            iconId="fr-icon-add-line"
            onClick={() =>
              onChange({
                ...input,
                [kind]: [
                  ...input[kind],
                  { amount: '', reason: '', vatCategory: 'S', vatRate: '20' },
                ],
              })
            }
          >
            {it(kind === 'allowances' ? 'form.allowance.add' : 'form.charge.add')}
          </Button>
        </div>
      ))}
    </fieldset>
  );
}
