/** Shapes of the directory API (see the server's OpenAPI document at /api/docs). */
export interface Requirements {
  serviceCode: boolean;
  legalCommitment: boolean;
  serviceCodeOrLegalCommitment: boolean;
  paymentStatusReported: boolean;
}

export interface DirectoryService {
  code: string;
  name: string;
  active: boolean;
  legalCommitmentRequired: boolean;
  validFrom: string | null;
  validTo: string | null;
}

export interface StructureSummary {
  id: string;
  identifierType: string;
  identifier: string;
  name: string;
  address: {
    line1: string | null;
    postalCode: string | null;
    city: string | null;
    countryCode: string;
  };
  active: boolean;
  requirements: Requirements;
  services: DirectoryService[];
}

export interface SearchResult {
  items: StructureSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StructureDetail {
  id: string;
  identifierType: string;
  identifier: string;
  name: string;
  address: {
    line1: string | null;
    line2: string | null;
    line3: string | null;
    postalCode: string | null;
    city: string | null;
    countryCode: string;
    countryLabel: string | null;
  };
  email: string | null;
  phone: string | null;
  active: boolean;
  requirements: Requirements;
  edi: { emitter: boolean; receiver: boolean };
  moa: { isMoa: boolean; isMoaOnly: boolean };
  updatedAt: string;
  services: DirectoryService[];
}
