import Button from '@codegouvfr/react-dsfr/Button';
import Input from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError, useApiForm } from '../../components/api-form';
import { formValues } from '../../components/form-values';
import { Loading } from '../../components/loading';
import { useApiData } from '../../components/use-api-data';
import { ASSIGNABLE_SPACES, type Member, type Role, type Service } from '../../structures/api';
import { labelOf, useStructureI18n } from '../../structures/messages';

/** The users of the structure with their roles, espaces and services, editable by managers. */
export function ManagerMembers({
  structureId,
  myRole,
  onChange,
}: {
  structureId: string;
  myRole: Role;
  onChange: (message?: string) => void;
}) {
  const { st } = useStructureI18n();
  const members = useApiData<Member[]>(`/structures/${structureId}/members`);
  const services = useApiData<Service[]>(`/structures/${structureId}/services`);
  const form = useApiForm();
  // Wrapped so that a 204 (no body) still counts as done: `run` answers undefined on failure.
  const act = <T,>(action: () => Promise<T>, message?: (result: T) => string) => {
    void form
      .run(async () => ({ result: await action() }))
      .then((done) => {
        if (done === undefined) return;
        onChange(message?.(done.result));
      });
  };
  const attach = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = formValues(event.currentTarget).email ?? '';
    act(
      () =>
        api.post<{ result: 'attached' | 'invited' }>(`/structures/${structureId}/members`, {
          email,
        }),
      (r) =>
        r.result === 'attached' ? st('manager.members.attached') : st('manager.members.invited'),
    );
  };
  if (members.state.status === 'loading' || services.state.status === 'loading') return <Loading />;
  if (members.state.status === 'error') return <FormError error={members.state.error} />;
  if (services.state.status === 'error') return <FormError error={services.state.error} />;
  const allServices = services.state.data;
  const base = `/structures/${structureId}/members`;
  return (
    <section aria-labelledby="members-title" className="fr-mt-4w">
      <h2 id="members-title">{st('manager.tab.members')}</h2>
      <p>
        <a
          className="fr-link fr-icon-download-line fr-link--icon-left"
          href={`/api/v1${base}.csv`}
          download
        >
          {st('manager.members.export')}
        </a>
      </p>
      <FormError error={form.error} />
      {members.state.data.map((m) => {
        const name = `${m.firstName} ${m.lastName}`;
        return (
          <MemberEditor
            key={m.membershipId}
            member={m}
            name={name}
            services={allServices}
            pending={form.pending}
            onSave={(spaces, serviceIds) =>
              act(
                () => api.put(`${base}/${m.membershipId}/habilitations`, { spaces, serviceIds }),
                () => st('manager.members.saved'),
              )
            }
          >
            {m.role !== 'primaryManager' && (
              <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                {myRole === 'primaryManager' && (
                  <li>
                    <Button
                      priority="tertiary"
                      size="small"
                      onClick={() =>
                        act(() =>
                          api.put(`${base}/${m.membershipId}/role`, {
                            role: m.role === 'user' ? 'secondaryManager' : 'user',
                          }),
                        )
                      }
                    >
                      {m.role === 'user'
                        ? st('manager.members.makeSecondary')
                        : st('manager.members.makeUser')}
                    </Button>
                  </li>
                )}
                {myRole === 'primaryManager' && (
                  <li>
                    <Button
                      priority="tertiary"
                      size="small"
                      onClick={() =>
                        act(() => api.post(`${base}/${m.membershipId}/transfer-primary`))
                      }
                    >
                      {st('manager.members.transfer')}
                    </Button>
                  </li>
                )}
                <li>
                  <Button
                    priority="tertiary"
                    size="small"
                    onClick={() => act(() => api.delete(`${base}/${m.membershipId}`))}
                  >
                    {st('manager.members.detach')}
                  </Button>
                </li>
              </ul>
            )}
          </MemberEditor>
        );
      })}
      <form onSubmit={attach} noValidate className="fr-mt-3w">
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h5">{st('manager.members.attach')}</legend>
          <div className="fr-fieldset__content chorale-fieldset-body">
            <Input
              label={st('manager.members.email')}
              {...form.field('email')}
              nativeInputProps={{ name: 'email', type: 'email', autoComplete: 'off' }}
            />
            <Button type="submit" disabled={form.pending}>
              {st('manager.members.attachSubmit')}
            </Button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}

function MemberEditor({
  member,
  name,
  services,
  pending,
  onSave,
  children,
}: {
  member: Member;
  name: string;
  services: Service[];
  pending: boolean;
  onSave: (spaces: string[], serviceIds: string[] | null) => void;
  children: React.ReactNode;
}) {
  const { st } = useStructureI18n();
  const [spaces, setSpaces] = useState<string[]>(member.spaces);
  const [all, setAll] = useState(member.allServices);
  const [chosen, setChosen] = useState<string[]>(member.serviceIds);
  const id = member.membershipId;
  const flip = (list: string[], value: string) =>
    list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
  return (
    <div className="fr-card fr-card--no-arrow fr-mb-2w">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title">
            {name} — {labelOf(st, 'role', member.role)}
          </h3>
          <p className="fr-card__desc">{member.email}</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              onSave(spaces, all ? null : chosen);
            }}
            aria-label={st('manager.members.edit', { name })}
          >
            <fieldset className="fr-fieldset">
              <legend className="fr-fieldset__legend fr-text--regular">
                {st('manager.members.spaces')}
              </legend>
              {ASSIGNABLE_SPACES.map((code) => (
                <div className="fr-fieldset__element fr-fieldset__element--inline" key={code}>
                  <div className="fr-checkbox-group fr-checkbox-group--sm">
                    <input
                      type="checkbox"
                      id={`${id}-space-${code}`}
                      checked={spaces.includes(code)}
                      onChange={() => setSpaces((s) => flip(s, code))}
                    />
                    <label className="fr-label" htmlFor={`${id}-space-${code}`}>
                      {labelOf(st, 'space', code)}
                    </label>
                  </div>
                </div>
              ))}
            </fieldset>
            <fieldset className="fr-fieldset">
              <legend className="fr-fieldset__legend fr-text--regular">
                {st('manager.members.services')}
              </legend>
              <div className="fr-fieldset__element fr-fieldset__element--inline">
                <div className="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    id={`${id}-all-services`}
                    checked={all}
                    onChange={() => setAll((v) => !v)}
                  />
                  <label className="fr-label" htmlFor={`${id}-all-services`}>
                    {st('manager.members.allServices')}
                  </label>
                </div>
              </div>
              {!all &&
                services.map((s) => (
                  <div className="fr-fieldset__element fr-fieldset__element--inline" key={s.id}>
                    <div className="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        id={`${id}-service-${s.id}`}
                        checked={chosen.includes(s.id)}
                        onChange={() => setChosen((c) => flip(c, s.id))}
                      />
                      <label className="fr-label" htmlFor={`${id}-service-${s.id}`}>
                        {s.code} — {s.name}
                      </label>
                    </div>
                  </div>
                ))}
            </fieldset>
            <Button type="submit" size="small" disabled={pending}>
              {st('manager.members.save')}
            </Button>
          </form>
          {children}
        </div>
      </div>
    </div>
  );
}
