import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import RadioButtons from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { useUser } from '../../auth/session';
import { FormError, FormSuccess, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { usePageTitle } from '../../components/page-title';
import { formatLocalTime } from '../../i18n/i18n';
import { useMaintenance, type Maintenance } from '../../maintenance/maintenance';
import { useMaintenanceI18n } from '../../maintenance/messages';
import { NotFoundPage } from '../not-found';

/** A `datetime-local` value is the browser's local time: the instant it names, in ISO. */
function toInstant(local: string | undefined): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** The operator puts the portal in maintenance (now or for a period) and ends it. */
export function MaintenanceAdminPage() {
  const { mt, lang } = useMaintenanceI18n();
  usePageTitle(mt('admin.title'));
  const user = useUser();
  const { state, adopt, refresh } = useMaintenance();
  const form = useApiForm();
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [done, setDone] = useState<string | null>(null);
  if (!user.isOperator) return <NotFoundPage />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const v = formValues(event.currentTarget);
    setDone(null);
    const fr = v.messageFr?.trim() ?? '';
    const en = v.messageEn?.trim() ?? '';
    void form
      .run(() =>
        api.put<Maintenance>('/admin/maintenance', {
          from: when === 'later' ? toInstant(v.from) : null,
          until: toInstant(v.until),
          message: fr || en ? { fr, en } : null,
        }),
      )
      .then((saved) => {
        if (!saved) return;
        adopt(saved);
        setDone(mt('admin.saved'));
      });
  };
  const end = () => {
    setDone(null);
    void form
      .run(() => api.delete('/admin/maintenance'))
      .then(async () => {
        await refresh();
        setDone(mt('admin.ended'));
      });
  };

  const at = (iso: string) => formatLocalTime(lang, iso);
  let current = mt('admin.none');
  if (state?.from) {
    const params = { from: at(state.from), until: state.until ? at(state.until) : '' };
    if (state.active) current = mt(state.until ? 'admin.activeUntil' : 'admin.active', params);
    else current = mt(state.until ? 'admin.plannedUntil' : 'admin.planned', params);
  }
  return (
    <>
      <h1>{mt('admin.title')}</h1>
      <p>{mt('admin.lead')}</p>
      <section aria-labelledby="maintenance-current" className="fr-mb-4w">
        <h2 id="maintenance-current" className="fr-h5">
          {mt('admin.current')}
        </h2>
        <p aria-live="polite" data-testid="maintenance-current">
          {current}
        </p>
        {state?.from && (
          <Button priority="secondary" onClick={end} disabled={form.pending}>
            {mt(state.active ? 'admin.end' : 'admin.cancel')}
          </Button>
        )}
      </section>
      <FormError error={form.error} />
      <FormSuccess message={done} />
      <form onSubmit={submit} noValidate>
        <RadioButtons
          legend={mt('admin.when')}
          orientation="horizontal"
          options={[
            {
              label: mt('admin.now'),
              nativeInputProps: { checked: when === 'now', onChange: () => setWhen('now') },
            },
            {
              label: mt('admin.later'),
              nativeInputProps: { checked: when === 'later', onChange: () => setWhen('later') },
            },
          ]}
        />
        {when === 'later' && (
          <Input
            label={mt('admin.from')}
            {...form.field('from')}
            nativeInputProps={{ name: 'from', type: 'datetime-local', required: true }}
          />
        )}
        <Input
          label={mt('admin.until')}
          hintText={mt('admin.untilHint')}
          {...form.field('until')}
          nativeInputProps={{ name: 'until', type: 'datetime-local' }}
        />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={mt('admin.messageFr')}
              textArea
              {...form.field('message.fr')}
              nativeTextAreaProps={{ name: 'messageFr', lang: 'fr', rows: 3, maxLength: 1000 }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label={mt('admin.messageEn')}
              textArea
              {...form.field('message.en')}
              nativeTextAreaProps={{ name: 'messageEn', lang: 'en', rows: 3, maxLength: 1000 }}
            />
          </div>
        </div>
        <Button type="submit" disabled={form.pending}>
          {mt('admin.submit')}
        </Button>
      </form>
    </>
  );
}
