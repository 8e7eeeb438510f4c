import { describe, expect, it } from 'vitest';
import {
  checkRecipient,
  type RecipientCheckInput,
  type RecipientFacts,
  type ServiceFacts,
} from './recipient-check';

const open: RecipientFacts = {
  isActive: true,
  serviceCodeRequired: false,
  legalCommitmentRequired: false,
  serviceOrLegalCommitmentRequired: false,
};
const service: ServiceFacts = {
  isActive: true,
  legalCommitmentRequired: false,
  validFrom: null,
  validTo: null,
};
const base: RecipientCheckInput = {
  structure: open,
  serviceCode: null,
  service: undefined,
  legalCommitment: null,
  today: '2026-06-15',
};

describe('checkRecipient', () => {
  const cases: Array<[string, Partial<RecipientCheckInput>, string]> = [
    ['unknown recipient', { structure: undefined }, 'RECIPIENT_UNKNOWN'],
    ['inactive recipient', { structure: { ...open, isActive: false } }, 'RECIPIENT_INACTIVE'],
    [
      'service code required',
      { structure: { ...open, serviceCodeRequired: true } },
      'SERVICE_REQUIRED',
    ],
    [
      'blank service code counts as none',
      { structure: { ...open, serviceCodeRequired: true }, serviceCode: '  ' },
      'SERVICE_REQUIRED',
    ],
    [
      'one of the two, none given',
      { structure: { ...open, serviceOrLegalCommitmentRequired: true } },
      'SERVICE_REQUIRED',
    ],
    ['unknown service', { serviceCode: 'NOPE', service: undefined }, 'SERVICE_UNKNOWN'],
    [
      'inactive service',
      { serviceCode: 'FIN', service: { ...service, isActive: false } },
      'SERVICE_INACTIVE',
    ],
    [
      'service not yet valid',
      { serviceCode: 'FIN', service: { ...service, validFrom: '2026-07-01' } },
      'SERVICE_INACTIVE',
    ],
    [
      'service no longer valid',
      { serviceCode: 'FIN', service: { ...service, validTo: '2026-06-14' } },
      'SERVICE_INACTIVE',
    ],
    [
      'EJ required by the structure',
      { structure: { ...open, legalCommitmentRequired: true } },
      'LEGAL_COMMITMENT_REQUIRED',
    ],
    [
      'EJ required by the service',
      { serviceCode: 'FIN', service: { ...service, legalCommitmentRequired: true } },
      'LEGAL_COMMITMENT_REQUIRED',
    ],
    ['nothing required', {}, 'ok'],
    [
      'service given and valid on its last day',
      { serviceCode: 'FIN', service: { ...service, validTo: '2026-06-15' } },
      'ok',
    ],
    [
      'one of the two: the EJ alone',
      { structure: { ...open, serviceOrLegalCommitmentRequired: true }, legalCommitment: 'EJ1' },
      'ok',
    ],
    [
      'one of the two: the service alone',
      {
        structure: { ...open, serviceOrLegalCommitmentRequired: true },
        serviceCode: 'FIN',
        service,
      },
      'ok',
    ],
    [
      'all required, all given',
      {
        structure: { ...open, serviceCodeRequired: true, legalCommitmentRequired: true },
        serviceCode: 'FIN',
        service,
        legalCommitment: '1300012345',
      },
      'ok',
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const result = checkRecipient({ ...base, ...input });
    expect(result.ok ? 'ok' : result.reason).toBe(expected);
  });

  it('explains in French and English with a rule id', () => {
    const result = checkRecipient({
      ...base,
      structure: { ...open, legalCommitmentRequired: true },
    });
    expect(result).toEqual({
      ok: false,
      reason: 'LEGAL_COMMITMENT_REQUIRED',
      rule: 'CHORALE-LEGAL-COMMITMENT-REQUIRED',
      message: {
        fr: "Ce destinataire exige un numéro d'engagement juridique (bon de commande).",
        en: 'This recipient requires a legal commitment (purchase order) number.',
      },
    });
  });
});
