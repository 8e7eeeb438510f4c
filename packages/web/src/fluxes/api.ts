import { uploadMultipart } from '../api/client';

/** What the flux API answers (see the server's services/fluxes/present-flux.ts). */
export const FLUX_SYNTAXES = [
  'IN_DP_E1_UBL_INVOICE',
  'IN_DP_E1_CII_16B',
  'IN_DP_E2_CII_FACTURX',
] as const;
export type FluxSyntax = (typeof FLUX_SYNTAXES)[number];

export type FluxStatus =
  | 'IN_RECU'
  | 'IN_EN_ATTENTE_TRAITEMENT'
  | 'IN_EN_COURS_TRAITEMENT'
  | 'IN_INTEGRE'
  | 'IN_INTEGRE_PARTIEL'
  | 'IN_REJETE'
  | 'IN_INCIDENTE';

export const TERMINAL_STATUSES: ReadonlySet<FluxStatus> = new Set([
  'IN_INTEGRE',
  'IN_INTEGRE_PARTIEL',
  'IN_REJETE',
  'IN_INCIDENTE',
]);

export interface FluxSummary {
  id: string;
  number: string;
  structureId: string;
  structureName: string;
  syntax: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  channel: 'portal' | 'api';
  status: FluxStatus;
  duplicateOf: { id: string; number: string } | null;
  receivedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: { total: number; processed: number; accepted: number; refused: number };
  refusal: { code: string; message: string } | null;
  depositedBy: { id: string; name: string } | null;
  validator: { identifier: string; serviceCode: string | null } | null;
}

export interface FluxFinding {
  rule: string;
  severity: 'fatal' | 'warning';
  message: string;
  location: string | null;
  value: string | null;
}

export interface FluxItem {
  position: number;
  fileName: string;
  status: 'pending' | 'accepted' | 'refused';
  invoice: { id: string; choraleId: string | null; number: string } | null;
  number: string | null;
  recipientIdentifier: string | null;
  recipientName: string | null;
  totalInclVat: string | null;
  currency: string | null;
  findings: FluxFinding[];
}

export type FluxDetail = FluxSummary & { items: FluxItem[] };

export interface FluxPage {
  items: FluxSummary[];
  nextCursor: string | null;
  total: number;
}

/** Share of the flux's invoices processed, 0..1 (unknown count: nothing yet). */
export function progressOf(flux: FluxSummary): number {
  if (TERMINAL_STATUSES.has(flux.status)) return 1;
  return flux.counts.total > 0 ? flux.counts.processed / flux.counts.total : 0;
}

export interface FluxUpload {
  structureId: string;
  syntax: FluxSyntax;
  file: File;
  /** The valideur of the flux's A9 / A12 invoices (SIRET and optional service code). */
  validator?: { siret: string; serviceCode?: string };
}

/** Sends the flux with upload progress (`onProgress` gets the share sent, 0..1). */
export function uploadFlux(
  upload: FluxUpload,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<FluxSummary> {
  const body = new FormData();
  body.append('structureId', upload.structureId);
  body.append('syntaxeFlux', upload.syntax);
  if (upload.validator) {
    body.append('codeStructureValideur', upload.validator.siret);
    if (upload.validator.serviceCode)
      body.append('codeServiceValideur', upload.validator.serviceCode);
  }
  body.append('fichierFlux', upload.file, upload.file.name);
  return uploadMultipart<FluxSummary>('/fluxes', body, onProgress, signal);
}
