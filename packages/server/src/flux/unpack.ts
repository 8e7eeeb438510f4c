/**
 * « Dépôt d'un lot de factures »: turns the bytes of a deposited flux (one XML, one Factur-X PDF,
 * or a .zip / .tar.gz of such files) into its invoice files, in memory only. The container is told
 * by magic bytes, never by the file name; archives are vetted before anything is inflated and
 * every limit is enforced on the bytes actually produced. Any input yields a result, never an
 * exception: a refusal carries a stable code and a French and English message naming the entry.
 */
import { isPdf } from '@chorale/einvoice';
import { archiveKind, isGzipMagic, isZipMagic, looksLikeXml } from './entry-checks';
import { refusals } from './refusals';
import { gunzipFlux, looksLikeTar, unpackTar, walkTar } from './tar';
import {
  DEFAULT_FLUX_LIMITS,
  FluxRefusalError,
  type FluxContainer,
  type FluxEntry,
  type FluxLimits,
  type FluxRefusal,
} from './types';
import { inspectZip, unpackZip } from './zip';

export { FLUX_SYNTAXES, DEFAULT_FLUX_LIMITS, RATIO_FLOOR_BYTES } from './types';
export type { FluxSyntax, FluxLimits, FluxContainer, FluxEntry, FluxRefusal } from './types';
export { checkEntrySyntax, checkEntrySyntaxDeep } from './syntax';

type Refused = { ok: false; refusal: FluxRefusal };

function container(bytes: Uint8Array, limits: FluxLimits): FluxContainer {
  if (bytes.length === 0) throw new FluxRefusalError(refusals.empty());
  if (bytes.length > limits.maxFluxBytes) {
    throw new FluxRefusalError(refusals.tooLarge(limits.maxFluxBytes));
  }
  if (isZipMagic(bytes)) return 'zip';
  if (isGzipMagic(bytes)) return 'tar.gz';
  if (isPdf(bytes)) return 'pdf';
  if (looksLikeXml(bytes)) return 'xml';
  const kind = archiveKind(bytes);
  throw new FluxRefusalError(
    refusals.unsupported(
      kind
        ? { fr: `archive ${kind}`, en: `${kind} archive` }
        : {
            fr: 'ni XML, ni PDF, ni archive .zip ou .tar.gz',
            en: 'neither XML, PDF, nor a .zip or .tar.gz archive',
          },
    ),
  );
}

function singleFile(bytes: Uint8Array, limits: FluxLimits): void {
  if (bytes.length > limits.maxFileBytes) {
    throw new FluxRefusalError(refusals.fileTooLarge(limits.maxFileBytes));
  }
}

function tarOf(bytes: Uint8Array, limits: FluxLimits): Uint8Array {
  const tar = gunzipFlux(bytes, limits);
  if (!looksLikeTar(tar)) {
    throw new FluxRefusalError(
      refusals.unsupported({
        fr: 'fichier gzip qui ne contient pas une archive tar',
        en: 'gzip file that does not hold a tar archive',
      }),
    );
  }
  return tar;
}

/** Unexpected failures (a bug, not the input) still end as a refusal, never as a crash. */
function guarded<T extends { ok: true }>(run: () => T): T | Refused {
  try {
    return run();
  } catch (e) {
    if (e instanceof FluxRefusalError) return { ok: false, refusal: e.refusal };
    return {
      ok: false,
      refusal: refusals.malformed({
        fr: 'contenu inattendu',
        en: 'unexpected content',
      }),
    };
  }
}

/** Fast check at upload time (no full inflation for zip: reads the central directory; magic bytes decide the container, never the file name). */
export function inspectFlux(
  bytes: Uint8Array,
  limits: FluxLimits = DEFAULT_FLUX_LIMITS,
): { ok: true; container: FluxContainer; entryCount: number } | Refused {
  return guarded(() => {
    const kind = container(bytes, limits);
    switch (kind) {
      case 'xml':
      case 'pdf':
        singleFile(bytes, limits);
        return { ok: true as const, container: kind, entryCount: 1 };
      case 'zip':
        return { ok: true as const, container: kind, entryCount: inspectZip(bytes, limits) };
      case 'tar.gz':
        return {
          ok: true as const,
          container: kind,
          entryCount: walkTar(tarOf(bytes, limits), limits, () => undefined),
        };
    }
  });
}

/**
 * Full extraction in memory with limits enforced on ACTUAL inflated bytes (declared sizes may
 * lie), entries in archive order, directories and macOS junk skipped, nested archives refused.
 * `fileName` names the entry of a single-file flux (default flux.xml / flux.pdf).
 */
export function unpackFlux(
  bytes: Uint8Array,
  limits: FluxLimits = DEFAULT_FLUX_LIMITS,
  fileName?: string,
): { ok: true; container: FluxContainer; entries: FluxEntry[] } | Refused {
  return guarded(() => {
    const kind = container(bytes, limits);
    switch (kind) {
      case 'xml':
      case 'pdf':
        singleFile(bytes, limits);
        return {
          ok: true as const,
          container: kind,
          entries: [{ name: fileName ?? `flux.${kind}`, bytes }],
        };
      case 'zip':
        return { ok: true as const, container: kind, entries: unpackZip(bytes, limits) };
      case 'tar.gz':
        return {
          ok: true as const,
          container: kind,
          entries: unpackTar(tarOf(bytes, limits), limits),
        };
    }
  });
}
