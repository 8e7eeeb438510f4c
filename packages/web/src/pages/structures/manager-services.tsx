import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import { formValues, optional } from '../../components/form-values';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import type { Service } from '../../structures/api';
import { useStructureI18n } from '../../structures/messages';

/** The structure's services: create, deactivate, reactivate. */
export function ManagerServices({
  structureId,
  onChange,
}: {
  structureId: string;
  onChange: (message?: string) => void;
}) {
  const { st } = useStructureI18n();
  const { state, reload } = useApiData<Service[]>(`/structures/${structureId}/services`);
  const form = useApiForm();
  const run = (action: () => Promise<unknown>, reset?: HTMLFormElement) =>
    void form.run(action).then((r) => {
      if (r === undefined) return;
      reset?.reset();
      reload();
      onChange();
    });
  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const v = formValues(target);
    run(
      () =>
        api.post(`/structures/${structureId}/services`, {
          code: v.code ?? '',
          name: v.name ?? '',
          validFrom: optional(v.validFrom),
          validTo: optional(v.validTo),
        }),
      target,
    );
  };
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <FormError error={state.error} />;
  return (
    <section aria-labelledby="services-title" className="fr-mt-4w">
      <h2 id="services-title">{st('manager.tab.services')}</h2>
      <FormError error={form.error} />
      <ul>
        {state.data.map((s) => (
          <li key={s.id} className="fr-mb-1w">
            <strong>{s.code}</strong> — {s.name}
            {s.isDefault ? ` (${st('manager.services.default')})` : ''} —{' '}
            {s.isActive ? st('manager.services.active') : st('manager.services.inactive')}
            {s.validFrom || s.validTo ? ` — ${s.validFrom ?? '…'} → ${s.validTo ?? '…'}` : ''}{' '}
            {!s.isDefault && (
              <Button
                priority="tertiary"
                size="small"
                onClick={() =>
                  run(() =>
                    api.patch(`/structures/${structureId}/services/${s.id}`, {
                      isActive: !s.isActive,
                    }),
                  )
                }
              >
                {s.isActive ? st('manager.services.deactivate') : st('manager.services.activate')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={create} noValidate>
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h5">{st('manager.services.create')}</legend>
          <div className="fr-fieldset__content chorale-fieldset-body">
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-4">
                <Input
                  label={st('manager.services.code')}
                  {...form.field('code')}
                  nativeInputProps={{ name: 'code', required: true }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-8">
                <Input
                  label={st('manager.services.name')}
                  {...form.field('name')}
                  nativeInputProps={{ name: 'name', required: true }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Input
                  label={st('manager.services.validFrom')}
                  {...form.field('validFrom')}
                  nativeInputProps={{ name: 'validFrom', type: 'date' }}
                />
              </div>
              <div className="fr-col-12 fr-col-md-6">
                <Input
                  label={st('manager.services.validTo')}
                  {...form.field('validTo')}
                  nativeInputProps={{ name: 'validTo', type: 'date' }}
                />
              </div>
            </div>
            <Button type="submit" disabled={form.pending}>
              {st('manager.services.submit')}
            </Button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
