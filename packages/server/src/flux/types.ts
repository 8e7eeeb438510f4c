/** The vocabulary of a deposited flux: syntaxes, limits, containers, entries and refusals. */

/** The Chorus Pro `syntaxeFlux` codes Chorale accepts for a flux. */
export const FLUX_SYNTAXES = [
  'IN_DP_E1_UBL_INVOICE',
  'IN_DP_E1_CII_16B',
  'IN_DP_E2_CII_FACTURX',
] as const;
export type FluxSyntax = (typeof FLUX_SYNTAXES)[number];

export interface FluxLimits {
  /** Largest single invoice file, in bytes, counted on the inflated content. */
  maxFileBytes: number;
  /** Largest flux as uploaded, and largest total once unpacked, in bytes. */
  maxFluxBytes: number;
  /** Most invoice files in one archive (Chorus Pro: 500 invoices per flux). */
  maxEntries: number;
  /** Largest inflated/compressed ratio, per entry and for the whole archive (zip bombs). */
  maxRatio: number;
}

export const DEFAULT_FLUX_LIMITS: FluxLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxFluxBytes: 200 * 1024 * 1024,
  maxEntries: 500,
  maxRatio: 100,
};

/**
 * The ratio limit only applies above this many inflated bytes: tiny archives have a large fixed
 * overhead (a tar of one small file is 10 KB of mostly zeros and gzips a hundredfold), while a
 * bomb is only harmful when it is big.
 */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export type FluxContainer = 'xml' | 'pdf' | 'zip' | 'tar.gz';

export interface FluxEntry {
  /** The entry's path inside the archive (for a single file, the upload's name). */
  name: string;
  bytes: Uint8Array;
}

export interface FluxRefusal {
  /** Stable code, e.g. FLUX_ARCHIVE_BOMB. */
  code: string;
  message: { fr: string; en: string };
  /** The archive entry at fault, when one is. */
  entry?: string;
  /** Finer machine-readable cause, e.g. 'ratio' or 'total-size' for FLUX_ARCHIVE_BOMB. */
  reason?: string;
}

/** Thrown inside the unpacker and turned into a `{ ok: false, refusal }` result at its edge. */
export class FluxRefusalError extends Error {
  constructor(readonly refusal: FluxRefusal) {
    super(refusal.message.en);
    this.name = 'FluxRefusalError';
  }
}
