import Button from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { ApiError, PORTAL_HEADERS } from '../../api/client';
import { activeLanguage } from '../../i18n/i18n';
import { useApiData } from '../../components/use-api-data';
import type { InvoiceInput, LibraryFile } from '../../invoices/api';
import { useInvoiceI18n } from '../../invoices/messages';

function csrf(): string {
  const found = document.cookie.split('; ').find((p) => p.startsWith('chorale_csrf='));
  return found ? decodeURIComponent(found.slice('chorale_csrf='.length)) : '';
}

/** Uploads one file (multipart); the server checks its content and size. */
export async function upload(file: File, designation: string, keep: boolean): Promise<LibraryFile> {
  const body = new FormData();
  body.set('designation', designation);
  body.set('library', keep ? 'true' : 'false');
  body.set('file', file);
  const res = await fetch('/api/v1/attachments', {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: {
      ...PORTAL_HEADERS,
      'x-csrf-token': csrf(),
      'accept-language': activeLanguage(),
    },
  });
  const json = (await res.json()) as LibraryFile & {
    code?: string;
    message?: string;
    reason?: string;
  };
  if (!res.ok)
    throw new ApiError(
      res.status,
      json.code ?? 'ERROR',
      json.message ?? '',
      json.reason,
      [],
      undefined,
      undefined,
    );
  return json;
}

/** The invoice's attachments: upload, or pick from the library of « Mon compte ». */
export function InvoiceAttachments({
  input,
  names,
  onChange,
}: {
  input: InvoiceInput;
  names: Record<string, string>;
  onChange: (next: InvoiceInput, names: Record<string, string>) => void;
}) {
  const { it } = useInvoiceI18n();
  const library = useApiData<LibraryFile[]>('/me/attachments');
  const fileRef = useRef<HTMLInputElement>(null);
  const [designation, setDesignation] = useState('');
  const [keep, setKeep] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = (f: LibraryFile, d: string) =>
    onChange(
      {
        ...input,
        attachments: [
          ...input.attachments,
          { attachmentId: f.id, designation: d || f.designation },
        ],
      },
      { ...names, [f.id]: f.fileName },
    );
  const send = () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setError(null);
    upload(file, designation || file.name, keep)
      .then((f) => {
        add(f, designation || file.name);
        setDesignation('');
        if (fileRef.current) fileRef.current.value = '';
        if (keep) library.reload();
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <fieldset className="fr-fieldset">
      <legend className="fr-fieldset__legend">{it('form.attachments')}</legend>
      <ul>
        {input.attachments.map((a, i) => (
          <li key={`${a.attachmentId}-${i}`}>
            {a.designation} ({names[a.attachmentId] ?? a.attachmentId.slice(0, 8)}){' '}
            <Button
              priority="tertiary no outline"
              size="small"
              onClick={() =>
                onChange(
                  { ...input, attachments: input.attachments.filter((_, j) => j !== i) },
                  names,
                )
              }
            >
              {it('form.line.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <label className="fr-label" htmlFor="attachment-file">
            {it('form.attach.upload')}
          </label>
          <input id="attachment-file" ref={fileRef} className="fr-upload" type="file" />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <label className="fr-label">
            {it('form.attach.designation')}
            <input
              className="fr-input"
              value={designation}
              maxLength={100}
              onChange={(e) => setDesignation(e.target.value)}
            />
          </label>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <div className="fr-checkbox-group">
            <input
              id="attachment-keep"
              type="checkbox"
              checked={keep}
              onChange={(e) => setKeep(e.target.checked)}
            />
            <label className="fr-label" htmlFor="attachment-keep">
              {it('form.attach.keep')}
            </label>
          </div>
          <Button size="small" priority="secondary" onClick={send}>
            {it('form.attach.upload')}
          </Button>
        </div>
      </div>
      {error && <p className="fr-error-text">{error}</p>}
      {library.state.status === 'ready' && library.state.data.length > 0 && (
        <label className="fr-label fr-mt-2w">
          {it('form.attach.library')}
          <select
            className="fr-select"
            value=""
            onChange={(e) => {
              const f =
                library.state.status === 'ready'
                  ? library.state.data.find((x) => x.id === e.target.value)
                  : undefined;
              if (f) add(f, f.designation);
            }}
          >
            <option value="">—</option>
            {library.state.data.map((f) => (
              <option key={f.id} value={f.id}>
                {f.designation} ({f.fileName})
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
