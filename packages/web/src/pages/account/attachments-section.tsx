import Alert from '@codegouvfr/react-dsfr/Alert';
import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import Table from '@codegouvfr/react-dsfr/Table';
import { useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import { formatDateTime, useI18n, type Lang } from '../../i18n/i18n';
import type { LibraryFile } from '../../invoices/api';
import { upload } from '../invoices/invoice-attachments';

/** Sizes in the reader's language: the library holds files of up to 10 MB. */
function formatSize(lang: Lang, bytes: number): string {
  const format = (n: number) =>
    new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(
      n,
    );
  const unit = lang === 'fr' ? ['o', 'Ko', 'Mo'] : ['B', 'KB', 'MB'];
  if (bytes < 1024) return `${format(bytes)} ${unit[0]}`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} ${unit[1]}`;
  return `${format(bytes / (1024 * 1024))} ${unit[2]}`;
}

/** « Gérez vos pièces jointes »: the files kept in the library to attach to invoices. */
export function AttachmentsSection() {
  const { t, lang } = useI18n();
  usePageTitle(t('account.attachments.title'));
  const { state, reload } = useApiData<LibraryFile[]>('/me/attachments');
  const form = useApiForm();
  const fileRef = useRef<HTMLInputElement>(null);
  const [designation, setDesignation] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const file = fileRef.current?.files?.[0];
    if (!form.check({ file: !file && t('account.attachments.fileRequired') }) || !file) return;
    void form.run(async () => {
      await upload(file, designation.trim() || file.name, true);
      setDesignation('');
      if (fileRef.current) fileRef.current.value = '';
      setMessage(t('account.attachments.added'));
      reload();
    });
  };

  const remove = (f: LibraryFile) => {
    if (!window.confirm(t('account.attachments.confirmDelete', { name: f.designation }))) return;
    setMessage(null);
    void form.run(async () => {
      await api.delete(`/me/attachments/${encodeURIComponent(f.id)}`);
      setMessage(t('account.attachments.deleted'));
      reload();
    });
  };

  const fileError = form.field('file').stateRelatedMessage;
  return (
    <section aria-labelledby="attachments-title">
      <h1 id="attachments-title">{t('account.attachments.title')}</h1>
      <p>{t('account.attachments.intro')}</p>
      <FormError error={form.error} />
      <FormSuccess message={message} />
      <form onSubmit={add} noValidate aria-labelledby="attachments-add-title">
        <h2 id="attachments-add-title" className="fr-h5">
          {t('account.attachments.add')}
        </h2>
        <div className={`fr-upload-group${fileError ? ' fr-upload-group--error' : ''}`}>
          <label className="fr-label" htmlFor="library-file">
            {t('account.attachments.file')}
            <span className="fr-hint-text">{t('account.attachments.fileHint')}</span>
          </label>
          <input
            id="library-file"
            ref={fileRef}
            className="fr-upload"
            type="file"
            aria-describedby={fileError ? 'library-file-error' : undefined}
          />
          {fileError && (
            <p id="library-file-error" className="fr-error-text">
              {fileError}
            </p>
          )}
        </div>
        <Input
          label={t('account.attachments.designation')}
          hintText={t('account.attachments.designationHint')}
          {...form.field('designation')}
          nativeInputProps={{
            value: designation,
            maxLength: 100,
            onChange: (e) => setDesignation(e.target.value),
          }}
        />
        <Button type="submit" disabled={form.pending}>
          {t('account.attachments.upload')}
        </Button>
      </form>
      <h2 className="fr-h5 fr-mt-4w">{t('account.attachments.caption')}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && (
        <Alert severity="error" small description={state.error.message} />
      )}
      {state.status === 'ready' && state.data.length === 0 && (
        <p>{t('account.attachments.empty')}</p>
      )}
      {state.status === 'ready' && state.data.length > 0 && (
        <Table
          caption={t('account.attachments.caption')}
          noCaption
          headers={[
            t('account.attachments.designation'),
            t('account.attachments.fileName'),
            t('account.attachments.type'),
            t('account.attachments.size'),
            t('account.attachments.date'),
            t('common.actions'),
          ]}
          data={state.data.map((f) => [
            f.designation,
            f.fileName,
            f.mediaType,
            formatSize(lang, f.sizeBytes),
            formatDateTime(lang, f.createdAt),
            <Button
              key={f.id}
              size="small"
              priority="secondary"
              type="button"
              onClick={() => remove(f)}
              disabled={form.pending}
              title={t('account.attachments.deleteTitle', { name: f.designation })}
            >
              {t('account.attachments.delete')}
            </Button>,
          ])}
        />
      )}
    </section>
  );
}
