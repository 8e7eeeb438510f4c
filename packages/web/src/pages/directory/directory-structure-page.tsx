import Alert from '@codegouvfr/react-dsfr/Alert';
import Badge from '@codegouvfr/react-dsfr/Badge';
import { Link, useParams } from 'react-router-dom';
import { FormError } from '../../components/api-form';
import { Loading } from '../../components/loading';
import { usePageTitle } from '../../components/page-title';
import { useApiData } from '../../components/use-api-data';
import type { StructureDetail } from '../../directory/api';
import { useDirectoryI18n } from '../../directory/messages';
import { RequirementBadges } from '../../directory/requirements';

/** A public structure's page: its data, invoicing requirements and every service. */
export function DirectoryStructurePage() {
  const { structureId = '' } = useParams();
  const { dt } = useDirectoryI18n();
  const { state } = useApiData<StructureDetail>(
    `/directory/structures/${encodeURIComponent(structureId)}`,
  );
  usePageTitle(state.status === 'ready' ? state.data.name : dt('search.title'));
  const back = (
    <p>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/directory">
        {dt('structure.backToSearch')}
      </Link>
    </p>
  );
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error')
    return (
      <>
        {back}
        <FormError error={state.error} />
      </>
    );
  const s = state.data;
  const address = [
    s.address.line1,
    s.address.line2,
    s.address.line3,
    [s.address.postalCode, s.address.city].filter(Boolean).join(' '),
    s.address.countryLabel ?? s.address.countryCode,
  ].filter(Boolean);
  return (
    <>
      {back}
      <h1>{s.name}</h1>
      {!s.active && <Alert severity="warning" small description={dt('structure.inactive')} />}
      <dl className="fr-mt-2w">
        <dt className="fr-text--bold">{dt('structure.identifier')}</dt>
        <dd>
          {s.identifierType} {s.identifier}
        </dd>
        <dt className="fr-text--bold">{dt('structure.address')}</dt>
        <dd>
          {address.map((line) => (
            <span key={line} className="fr-display-block">
              {line}
            </span>
          ))}
        </dd>
        {(s.email || s.phone) && (
          <>
            <dt className="fr-text--bold">{dt('structure.contact')}</dt>
            <dd>{[s.email, s.phone].filter(Boolean).join(' — ')}</dd>
          </>
        )}
        <dt className="fr-text--bold">{dt('structure.edi')}</dt>
        <dd>{s.edi.receiver ? dt('structure.yes') : dt('structure.no')}</dd>
      </dl>
      <RequirementBadges requirements={s.requirements} />
      <p className="fr-text--sm">
        {s.requirements.paymentStatusReported
          ? dt('req.paymentReported')
          : dt('req.paymentNotReported')}
      </p>
      <h2 className="fr-h4">{dt('structure.services')}</h2>
      {s.services.length === 0 ? (
        <p>{dt('search.noServices')}</p>
      ) : (
        <div className="fr-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{dt('structure.col.code')}</th>
                <th scope="col">{dt('structure.col.name')}</th>
                <th scope="col">{dt('structure.col.ej')}</th>
                <th scope="col">{dt('structure.col.validity')}</th>
                <th scope="col">{dt('structure.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {s.services.map((v) => (
                <tr key={v.code}>
                  <td>{v.code}</td>
                  <td>{v.name}</td>
                  <td>
                    {v.legalCommitmentRequired
                      ? dt('structure.required')
                      : dt('structure.optional')}
                  </td>
                  <td>
                    {[
                      v.validFrom && dt('structure.from', { date: v.validFrom }),
                      v.validTo && dt('structure.to', { date: v.validTo }),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                  <td>
                    <Badge small noIcon severity={v.active ? 'success' : 'error'}>
                      {v.active ? dt('structure.serviceActive') : dt('structure.serviceInactive')}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
