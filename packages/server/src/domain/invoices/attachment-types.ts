/**
 * What an attachment (pièce jointe) may be: the extensions Chorus Pro accepts (chorus-pro.md 7.10),
 * each checked against the file's first bytes, so that a renamed executable or an XML with a DOCTYPE
 * (entity expansion) is refused whatever its name says.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const INVOICE_ATTACHMENTS_MAX_BYTES = 120 * 1024 * 1024;
export const ATTACHMENT_NAME_MAX_LENGTH = 50;
export const DESIGNATION_MAX_LENGTH = 100;

type Family =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'tiff'
  | 'gif'
  | 'bmp'
  | 'zip'
  | 'ole'
  | 'gzip'
  | 'bz2'
  | 'rtf'
  | 'p7s'
  | 'xml'
  | 'html'
  | 'text';

const FAMILY_OF_EXTENSION: Record<string, Family> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  tif: 'tiff',
  tiff: 'tiff',
  fax: 'tiff',
  gif: 'gif',
  bmp: 'bmp',
  zip: 'zip',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  odt: 'zip',
  ods: 'zip',
  odp: 'zip',
  doc: 'ole',
  xls: 'ole',
  ppt: 'ole',
  pps: 'ole',
  xlc: 'ole',
  xlm: 'ole',
  gz: 'gzip',
  gzip: 'gzip',
  tgz: 'gzip',
  bz2: 'bz2',
  rtf: 'rtf',
  p7s: 'p7s',
  xml: 'xml',
  svg: 'xml',
  xhtml: 'xml',
  htm: 'html',
  html: 'html',
  txt: 'text',
  csv: 'text',
};

const MEDIA_TYPE: Record<Family, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  gif: 'image/gif',
  bmp: 'image/bmp',
  zip: 'application/zip',
  ole: 'application/x-ole-storage',
  gzip: 'application/gzip',
  bz2: 'application/x-bzip2',
  rtf: 'application/rtf',
  p7s: 'application/pkcs7-signature',
  xml: 'application/xml',
  html: 'text/html',
  text: 'text/plain',
};

export const ACCEPTED_EXTENSIONS: readonly string[] = Object.keys(FAMILY_OF_EXTENSION);

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

function head(bytes: Uint8Array, length = 4096): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, length));
}

function isText(bytes: Uint8Array): boolean {
  // NUL bytes mean binary content; control characters other than tab/CR/LF/FF are refused too.
  const sample = bytes.subarray(0, 64 * 1024);
  for (const b of sample) if (b < 9 || (b > 13 && b < 32 && b !== 27)) return false;
  return true;
}

function matches(family: Family, bytes: Uint8Array): boolean {
  switch (family) {
    case 'pdf':
      return head(bytes, 1024).includes('%PDF-');
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'tiff':
      return (
        startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])
      );
    case 'gif':
      return startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
    case 'bmp':
      return startsWith(bytes, ascii('BM'));
    case 'zip':
      return (
        startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])
      );
    case 'ole':
      return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case 'gzip':
      return startsWith(bytes, [0x1f, 0x8b]);
    case 'bz2':
      return startsWith(bytes, ascii('BZh'));
    case 'rtf':
      return startsWith(bytes, ascii('{\\rtf'));
    case 'p7s':
      // DER: a SEQUENCE; or PEM armour.
      return bytes[0] === 0x30 || head(bytes, 64).startsWith('-----BEGIN');
    case 'xml': {
      if (!isText(bytes)) return false;
      const text = head(bytes, 64 * 1024)
        .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
        .trimStart();
      // A DOCTYPE is refused before any parsing (DESIGN: untrusted bytes).
      return text.startsWith('<') && !/<!DOCTYPE|<!ENTITY/i.test(text);
    }
    case 'html':
      return isText(bytes) && !/<!ENTITY/i.test(head(bytes, 64 * 1024));
    case 'text':
      return isText(bytes);
  }
}

export type AttachmentProblem =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'FILE_NAME_TOO_LONG'
  | 'EXTENSION_NOT_ACCEPTED'
  | 'CONTENT_MISMATCH';

export type AttachmentCheck =
  { ok: true; mediaType: string; extension: string } | { ok: false; problem: AttachmentProblem };

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function checkAttachment(fileName: string, bytes: Uint8Array): AttachmentCheck {
  if (bytes.length === 0) return { ok: false, problem: 'EMPTY_FILE' };
  if (bytes.length > ATTACHMENT_MAX_BYTES) return { ok: false, problem: 'FILE_TOO_LARGE' };
  if (fileName.length > ATTACHMENT_NAME_MAX_LENGTH)
    return { ok: false, problem: 'FILE_NAME_TOO_LONG' };
  const extension = extensionOf(fileName);
  const family = FAMILY_OF_EXTENSION[extension];
  if (!family) return { ok: false, problem: 'EXTENSION_NOT_ACCEPTED' };
  if (!matches(family, bytes)) return { ok: false, problem: 'CONTENT_MISMATCH' };
  return { ok: true, mediaType: MEDIA_TYPE[family], extension };
}
