import Badge from '@codegouvfr/react-dsfr/Badge';
import type { Requirements } from './api';
import { useDirectoryI18n } from './messages';

/** What an invoice to the structure must carry, as badges a supplier reads at a glance. */
export function RequirementBadges({ requirements }: { requirements: Requirements }) {
  const { dt } = useDirectoryI18n();
  const needs: string[] = [];
  if (requirements.serviceCode) needs.push(dt('req.serviceCode'));
  if (requirements.legalCommitment) needs.push(dt('req.legalCommitment'));
  if (requirements.serviceCodeOrLegalCommitment && !requirements.serviceCode)
    needs.push(dt('req.either'));
  return (
    <p className="fr-mb-1w">
      <span className="fr-text--sm">{dt('req.title')} </span>
      {needs.length === 0 ? (
        <Badge small severity="success" noIcon>
          {dt('req.none')}
        </Badge>
      ) : (
        needs.map((need) => (
          <Badge key={need} small severity="warning" className="fr-mr-1w">
            {need}
          </Badge>
        ))
      )}
    </p>
  );
}
