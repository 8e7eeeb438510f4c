import { ApiError, PORTAL_HEADERS, signalApiError } from '../api/client';
import { activeLanguage } from '../i18n/i18n';

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

function errorOf(status: number, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const fr = activeLanguage() === 'fr';
  const fallback =
    status === 0
      ? fr
        ? 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.'
        : 'The server does not answer. Check your connection and try again.'
      : fr
        ? `Le serveur a répondu ${status}. Réessayez dans un instant.`
        : `The server answered ${status}. Please try again in a moment.`;
  const details = Array.isArray(b.details)
    ? (b.details as Array<Record<string, unknown>>).map((d) => ({
        field: typeof d.field === 'string' ? d.field : '',
        message: typeof d.message === 'string' ? d.message : '',
        ...(typeof d.rule === 'string' ? { rule: d.rule } : {}),
      }))
    : [];
  return new ApiError(
    status,
    typeof b.code === 'string' ? b.code : status === 0 ? 'NETWORK' : 'UNKNOWN',
    typeof b.message === 'string' ? b.message : fallback,
    typeof b.reason === 'string' ? b.reason : undefined,
    details,
    typeof b.requestId === 'string' ? b.requestId : undefined,
    typeof b.data === 'object' && b.data !== null ? (b.data as Record<string, unknown>) : undefined,
  );
}

export interface FluxUpload {
  structureId: string;
  syntax: FluxSyntax;
  file: File;
}

/**
 * Sends the flux as multipart through XMLHttpRequest: fetch() reports no upload progress, and a
 * 200 MB archive on a slow line needs one. Same headers as the JSON helper (CSRF, language,
 * channel). `onProgress` gets the share sent, 0..1.
 */
export function uploadFlux(
  upload: FluxUpload,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<FluxSummary> {
  const body = new FormData();
  body.append('structureId', upload.structureId);
  body.append('syntaxeFlux', upload.syntax);
  body.append('fichierFlux', upload.file, upload.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/fluxes');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', activeLanguage());
    for (const [name, value] of Object.entries(PORTAL_HEADERS)) xhr.setRequestHeader(name, value);
    const csrf = document.cookie
      .split('; ')
      .find((part) => part.startsWith('chorale_csrf='))
      ?.slice('chorale_csrf='.length);
    if (csrf) xhr.setRequestHeader('x-csrf-token', decodeURIComponent(csrf));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as FluxSummary);
      else {
        const error = errorOf(xhr.status, parsed);
        signalApiError(error);
        reject(error);
      }
    };
    xhr.onerror = () => reject(errorOf(0, undefined));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}
