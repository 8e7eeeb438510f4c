/**
 * Every refusal of a flux, with its stable code and its French and English message. Messages name
 * the archive entry at fault so that the supplier can fix the right file.
 */
import type { FluxRefusal } from './types';

function sizeOf(bytes: number): { fr: string; en: string } {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
    const n = bytes / (1024 * 1024);
    return { fr: `${n} Mo`, en: `${n} MB` };
  }
  if (bytes >= 1024 * 1024) {
    const n = (bytes / (1024 * 1024)).toFixed(1);
    return { fr: `${n.replace('.', ',')} Mo`, en: `${n} MB` };
  }
  return { fr: `${bytes} octets`, en: `${bytes} bytes` };
}

/** Control characters and very long names are shown shortened, never raw. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

function refusal(
  code: string,
  fr: string,
  en: string,
  entry?: string,
  reason?: string,
): FluxRefusal {
  const r: FluxRefusal = { code, message: { fr, en } };
  if (entry !== undefined) r.entry = entry;
  if (reason !== undefined) r.reason = reason;
  return r;
}

export const refusals = {
  empty: () => refusal('FLUX_EMPTY', 'Le flux déposé est vide.', 'The deposited flux is empty.'),

  tooLarge: (max: number) =>
    refusal(
      'FLUX_TOO_LARGE',
      `Le flux dépasse la taille maximale de ${sizeOf(max).fr}.`,
      `The flux exceeds the maximum size of ${sizeOf(max).en}.`,
    ),

  fileTooLarge: (max: number, entry?: string) =>
    entry === undefined
      ? refusal(
          'FLUX_FILE_TOO_LARGE',
          `La facture dépasse la taille maximale de ${sizeOf(max).fr} par fichier.`,
          `The invoice exceeds the maximum size of ${sizeOf(max).en} per file.`,
        )
      : refusal(
          'FLUX_FILE_TOO_LARGE',
          `Le fichier « ${shown(entry)} » dépasse, une fois décompressé, la taille maximale de ${sizeOf(max).fr} par fichier.`,
          `The file "${shown(entry)}" exceeds, once unpacked, the maximum size of ${sizeOf(max).en} per file.`,
          entry,
        ),

  unsupported: (what: { fr: string; en: string }) =>
    refusal(
      'FLUX_UNSUPPORTED_CONTENT',
      `Contenu non pris en charge : ${what.fr}. Un flux est un fichier XML (UBL ou CII), un PDF Factur-X, ou une archive .zip ou .tar.gz de tels fichiers.`,
      `Unsupported content: ${what.en}. A flux is an XML file (UBL or CII), a Factur-X PDF, or a .zip or .tar.gz archive of such files.`,
    ),

  malformed: (what: { fr: string; en: string }, entry?: string) =>
    refusal(
      'FLUX_ARCHIVE_MALFORMED',
      `L'archive est illisible${entry === undefined ? '' : ` (fichier « ${shown(entry)} »)`} : ${what.fr}.`,
      `The archive cannot be read${entry === undefined ? '' : ` (file "${shown(entry)}")`}: ${what.en}.`,
      entry,
    ),

  encrypted: (entry: string) =>
    refusal(
      'FLUX_ARCHIVE_ENCRYPTED',
      `Le fichier « ${shown(entry)} » de l'archive est chiffré : déposez une archive sans mot de passe.`,
      `The file "${shown(entry)}" in the archive is encrypted: deposit an archive without a password.`,
      entry,
    ),

  unsupportedMethod: (entry: string, method: string) =>
    refusal(
      'FLUX_ARCHIVE_UNSUPPORTED_METHOD',
      `Le fichier « ${shown(entry)} » est compressé avec une méthode non prise en charge (${method}) : seules « stored » et « deflate » le sont.`,
      `The file "${shown(entry)}" is compressed with an unsupported method (${method}): only stored and deflate are.`,
      entry,
    ),

  tooManyEntries: (max: number) =>
    refusal(
      'FLUX_ARCHIVE_TOO_MANY_ENTRIES',
      `L'archive contient plus de ${max} factures : un flux en contient au plus ${max}.`,
      `The archive holds more than ${max} invoices: a flux holds at most ${max}.`,
    ),

  bombRatio: (maxRatio: number, entry?: string) =>
    refusal(
      'FLUX_ARCHIVE_BOMB',
      `${entry === undefined ? "L'archive" : `Le fichier « ${shown(entry)} »`} se décompresse plus de ${maxRatio} fois sa taille compressée : archive refusée (bombe de décompression).`,
      `${entry === undefined ? 'The archive' : `The file "${shown(entry)}"`} inflates to more than ${maxRatio} times its compressed size: archive refused (decompression bomb).`,
      entry,
      'ratio',
    ),

  bombTotal: (max: number, entry?: string) =>
    refusal(
      'FLUX_ARCHIVE_BOMB',
      `Le contenu décompressé de l'archive dépasse ${sizeOf(max).fr}${entry === undefined ? '' : ` (atteint au fichier « ${shown(entry)} »)`}.`,
      `The archive's unpacked content exceeds ${sizeOf(max).en}${entry === undefined ? '' : ` (reached at the file "${shown(entry)}")`}.`,
      entry,
      'total-size',
    ),

  bombOverlap: (entry: string) =>
    refusal(
      'FLUX_ARCHIVE_BOMB',
      `Le fichier « ${shown(entry)} » partage ses données compressées avec un autre fichier de l'archive (bombe de décompression).`,
      `The file "${shown(entry)}" shares its compressed data with another file of the archive (decompression bomb).`,
      entry,
      'overlap',
    ),

  unsafeName: (entry: string, why: UnsafeNameReason) =>
    refusal(
      'FLUX_ARCHIVE_UNSAFE_NAME',
      `Le nom « ${shown(entry)} » est refusé : ${UNSAFE_NAME_TEXT[why].fr}.`,
      `The name "${shown(entry)}" is refused: ${UNSAFE_NAME_TEXT[why].en}.`,
      entry,
      why,
    ),

  link: (entry: string, kind: 'symlink' | 'hardlink') =>
    refusal(
      'FLUX_ARCHIVE_LINK',
      `L'entrée « ${shown(entry)} » est un ${kind === 'symlink' ? 'lien symbolique' : 'lien physique'} : une archive de flux ne contient que des fichiers.`,
      `The entry "${shown(entry)}" is a ${kind === 'symlink' ? 'symbolic link' : 'hard link'}: a flux archive holds files only.`,
      entry,
      kind,
    ),

  specialFile: (entry: string) =>
    refusal(
      'FLUX_ARCHIVE_SPECIAL_FILE',
      `L'entrée « ${shown(entry)} » n'est pas un fichier ordinaire (périphérique, tube…) : une archive de flux ne contient que des fichiers.`,
      `The entry "${shown(entry)}" is not a regular file (device, pipe…): a flux archive holds files only.`,
      entry,
    ),

  nested: (entry: string, kind: string) =>
    refusal(
      'FLUX_ARCHIVE_NESTED',
      `Le fichier « ${shown(entry)} » est lui-même une archive (${kind}) : les archives imbriquées sont refusées.`,
      `The file "${shown(entry)}" is itself an archive (${kind}): nested archives are refused.`,
      entry,
      kind,
    ),

  noInvoice: () =>
    refusal(
      'FLUX_ARCHIVE_NO_INVOICE',
      "L'archive ne contient aucun fichier de facture.",
      'The archive holds no invoice file.',
    ),
};

export type UnsafeNameReason = 'absolute' | 'drive' | 'parent' | 'nul' | 'empty' | 'long';

const UNSAFE_NAME_TEXT: Record<UnsafeNameReason, { fr: string; en: string }> = {
  absolute: { fr: 'chemin absolu', en: 'absolute path' },
  drive: { fr: 'lettre de lecteur', en: 'drive letter' },
  parent: {
    fr: 'il remonte hors de l’archive (« .. »)',
    en: 'it climbs out of the archive ("..")',
  },
  nul: { fr: 'caractère nul', en: 'NUL character' },
  empty: { fr: 'nom vide', en: 'empty name' },
  long: { fr: 'plus de 1 024 caractères', en: 'more than 1,024 characters' },
};
