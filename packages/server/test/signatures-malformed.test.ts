import { describe, expect, test } from 'vitest';
import { checkDepositFormat, verifyPades, verifyXades } from '../src/signatures';

const now = new Date();
const options = { trustedRoots: [], now };
const EOF_ = '\n%%EOF\n';

/** A PDF-looking file whose ByteRange exactly surrounds the given hole text. */
function withHole(holeText: string): Buffer {
  const n = (v: number) => String(v).padStart(10, '0');
  const header = (b: number, c: number, d: number) =>
    `%PDF-1.7\n/ByteRange [0 ${n(b)} ${n(c)} ${n(d)}] /Contents `;
  const b = header(0, 0, 0).length;
  const c = b + holeText.length;
  return Buffer.from(header(b, c, EOF_.length) + holeText + EOF_, 'latin1');
}

/** Each hostile input must get a clear refusal quickly, never a crash or a hang. */
async function timed<T>(run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  expect(performance.now() - started).toBeLessThan(2_000);
  return result;
}

describe('malformed PDFs are refused in bounded time', () => {
  const cases: [string, Uint8Array, string][] = [
    ['random bytes', Buffer.alloc(4096, 7), 'PDF_MALFORMED'],
    [
      'HTML named .pdf',
      Buffer.from('<html><body>facture</body></html>' + ' '.repeat(64)),
      'PDF_MALFORMED',
    ],
    ['a PDF header without end', Buffer.from('%PDF-1.7\n' + 'x'.repeat(5000)), 'PDF_MALFORMED'],
    [
      'an unreadable ByteRange',
      Buffer.from(`%PDF-1.7\n/ByteRange [0 abc]${EOF_}`),
      'PDF_MALFORMED',
    ],
    [
      'a ByteRange beyond the file',
      Buffer.from(`%PDF-1.7\n/ByteRange [0 10 99999999999 5] /Contents <00>${EOF_}`),
      'BYTE_RANGE_INCOMPLETE',
    ],
    ['a hole that is not hexadecimal', withHole('<zzzzzzzzzzzzzzzz>'), 'SIGNATURE_INVALID'],
    ['a hole that is not DER', withHole('<0badbeef>'), 'SIGNATURE_INVALID'],
    ['a hole that is not a signature', withHole('<300302012a>'), 'SIGNATURE_INVALID'],
  ];
  for (const [name, bytes, code] of cases) {
    test(name, async () => {
      const result = await timed(() => verifyPades(bytes, options));
      expect(result.status).toBe('invalid');
      expect(result.reasons.map((r) => r.code)).toEqual([code]);
    });
  }

  test('a hole of deeply nested ASN.1 (100 KB of hex) is refused as SIGNATURE_INVALID', async () => {
    const nested = Buffer.from(Buffer.alloc(50_000).map((_, i) => (i % 2 ? 0x80 : 0x30)));
    const result = await timed(() => verifyPades(withHole(`<${nested.toString('hex')}>`), options));
    expect(result.reasons.map((r) => r.code)).toEqual(['SIGNATURE_INVALID']);
  });

  test('a PDF over the size limit is refused without being read', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
    big.write('%PDF-1.7\n', 0, 'latin1');
    const result = await timed(() => verifyPades(big, options));
    expect(result.reasons.map((r) => r.code)).toEqual(['PDF_TOO_LARGE']);
    const deposit = await checkDepositFormat('unsigned', big, undefined, options);
    expect(deposit).toMatchObject({ accepted: false, detected: null });
  });
});

describe('malformed XAdES files are refused in bounded time', () => {
  const pdf = Buffer.from(`%PDF-1.7\n${'1 0 obj << >> endobj\n'.repeat(3)}${EOF_}`);
  const cases: [string, string | Buffer, string][] = [
    ['not XML', 'facture', 'XADES_MALFORMED'],
    [
      'an XXE DOCTYPE (refused before parsing)',
      '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><s>&x;</s>',
      'XADES_MALFORMED',
    ],
    [
      'billion laughs',
      '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>',
      'XADES_MALFORMED',
    ],
    ['UTF-16 bytes', Buffer.from('\ufeff<a/>', 'utf16le'), 'XADES_MALFORMED'],
    ['no signature', '<a><b/></a>', 'XADES_MALFORMED'],
    ['100,000 nested elements', '<a>'.repeat(100_000) + '</a>'.repeat(100_000), 'XADES_MALFORMED'],
    ['over 1 MB', Buffer.alloc(1024 * 1024 + 1, 0x20), 'XADES_TOO_LARGE'],
  ];
  for (const [name, xml, code] of cases) {
    test(name, async () => {
      const result = await timed(() => verifyXades(pdf, Buffer.from(xml), options));
      expect(result.status).toBe('invalid');
      expect(result.reasons.map((r) => r.code)).toEqual([code]);
    });
  }

  test('a XAdES deposit without its XAdES file is refused', async () => {
    const deposit = await checkDepositFormat('xades', pdf, undefined, options);
    expect(deposit.reasons.map((r) => r.code)).toEqual(['XADES_MISSING']);
  });
});
