import { describe, expect, it } from 'vitest';
import { escapeCsvCell, toCsv } from '../csv';
import { checkAttachment } from './attachment-types';
import { isValidBic, isValidIban } from './bank-account';
import { findBillingFramework, requiresValidator } from './billing-frameworks';
import { eventHash, findBrokenLink, GENESIS_HASH } from './event-chain';
import { checkInvoiceNumber } from './invoice-number';
import { canTransition, isEditable, statusesOnSending } from './invoice-status';

describe('invoice number', () => {
  it.each([
    ['F-2026/001+A_b', undefined],
    ['', 'REQUIRED'],
    ['A'.repeat(20), undefined],
    ['A'.repeat(21), 'TOO_LONG'],
    ['F 001', 'FORBIDDEN_CHARACTERS'],
    ['FAC.001', 'FORBIDDEN_CHARACTERS'],
    ['FACTÉ1', 'FORBIDDEN_CHARACTERS'],
    ['=1+1', 'FORBIDDEN_CHARACTERS'],
  ])('%j → %s', (number, problem) => {
    expect(checkInvoiceNumber(number)).toBe(problem);
  });
});

describe('billing frameworks', () => {
  it.each([
    ['A1', false],
    ['A2', false],
    ['A9', true],
    ['A12', true],
    ['A9_FACTURE_SOUSTRAITANT', true],
    ['A99', false],
  ])('%s requires a validator: %s', (code, expected) => {
    expect(requiresValidator(code)).toBe(expected);
  });
  it('knows short and API codes', () => {
    expect(findBillingFramework('A12_FACTURE_COTRAITANT')?.code).toBe('A12');
    expect(findBillingFramework('A3')).toBeUndefined();
  });
});

describe('status lifecycle', () => {
  it.each([
    ['BROUILLON', 'DEPOSEE', 'supplier', true],
    ['BROUILLON', 'A_VALIDER_1', 'supplier', true],
    ['DEPOSEE', 'MISE_A_DISPOSITION', 'system', true],
    ['DEPOSEE', 'MISE_A_DISPOSITION', 'supplier', false],
    ['DEPOSEE', 'BROUILLON', 'supplier', false],
    ['MISE_A_DISPOSITION', 'DEPOSEE', 'system', false],
  ] as const)('%s → %s by %s: %s', (from, to, by, allowed) => {
    expect(canTransition(from, to, by)).toBe(allowed);
  });
  it('only drafts are editable; sending depends on the validator', () => {
    expect(isEditable('BROUILLON')).toBe(true);
    expect(isEditable('DEPOSEE')).toBe(false);
    expect(statusesOnSending(true)).toEqual(['A_VALIDER_1']);
    expect(statusesOnSending(false)).toEqual(['DEPOSEE', 'MISE_A_DISPOSITION']);
  });
});

describe('event hash chain', () => {
  const base = { invoiceId: 'i1', actorUserId: 'u1', reason: null };
  const first = {
    ...base,
    seq: 1,
    at: '2026-01-01T00:00:00.000Z',
    fromStatus: null,
    toStatus: 'BROUILLON',
  };
  const second = {
    ...base,
    seq: 2,
    at: '2026-01-02T00:00:00.000Z',
    fromStatus: 'BROUILLON',
    toStatus: 'DEPOSEE',
  };
  const h1 = eventHash(GENESIS_HASH, first);
  const h2 = eventHash(h1, second);
  const chain = [
    { ...first, previousHash: GENESIS_HASH, hash: h1 },
    { ...second, previousHash: h1, hash: h2 },
  ];
  it('holds when untouched', () => {
    expect(findBrokenLink(chain)).toBe(-1);
    expect(h1).toMatch(/^[0-9a-f]{64}$/);
  });
  it('breaks at the altered, removed or reordered event', () => {
    expect(findBrokenLink([chain[0]!, { ...chain[1]!, toStatus: 'REJETEE' }])).toBe(1);
    expect(findBrokenLink([chain[1]!])).toBe(0);
    expect(findBrokenLink([chain[1]!, chain[0]!])).toBe(0);
  });
});

describe('bank account', () => {
  it.each([
    ['FR76 3000 6000 0112 3456 7890 189', true],
    ['fr7630006000011234567890189', true],
    ['FR7630006000011234567890188', false],
    ['FR763000600001123456789018', false],
    ['DE89370400440532013000', true],
    ['GB82WEST12345698765432', true],
    ['XX', false],
  ])('IBAN %s: %s', (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });
  it.each([
    ['BNPAFRPP', true],
    ['BNPAFRPPXXX', true],
    ['bnpafrpp', true],
    ['BNPAFRP', false],
    ['BNP1FRPP', false],
  ])('BIC %s: %s', (bic, valid) => {
    expect(isValidBic(bic)).toBe(valid);
  });
});

describe('CSV escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+33 1 23', `"'+33 1 23"`],
    ['-cmd|calc', `"'-cmd|calc"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['-12.50', '-12.50'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    [null, ''],
  ])('%j → %s', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });
  it('writes rows with a BOM and CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '=2'],
      ]),
    ).toBe(`\uFEFFa;b\r\n1;"'=2"\r\n`);
  });
});

describe('attachments by content', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n...');
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
  const exe = new TextEncoder().encode('MZ\x90\x00binary');
  const text = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['facture.pdf', pdf, 'ok'],
    ['photo.PNG', png, 'ok'],
    ['photo.png', pdf, 'CONTENT_MISMATCH'],
    ['virus.pdf', exe, 'CONTENT_MISMATCH'],
    ['virus.exe', exe, 'EXTENSION_NOT_ACCEPTED'],
    ['noextension', pdf, 'EXTENSION_NOT_ACCEPTED'],
    ['empty.pdf', new Uint8Array(0), 'EMPTY_FILE'],
    [`${'x'.repeat(47)}.pdf`, pdf, 'FILE_NAME_TOO_LONG'],
    ['data.xml', text('<?xml version="1.0"?><a/>'), 'ok'],
    [
      'bomb.xml',
      text('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a/>'),
      'CONTENT_MISMATCH',
    ],
    ['notes.csv', text('a;b\n1;2\n'), 'ok'],
    ['notes.txt', Uint8Array.from([0x41, 0x00, 0x42]), 'CONTENT_MISMATCH'],
    ['doc.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'ok'],
  ])('%s → %s', (name, bytes, expected) => {
    const result = checkAttachment(name, bytes);
    expect(result.ok ? 'ok' : result.problem).toBe(expected);
  });
  it('refuses more than 10 MB', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(checkAttachment('big.pdf', big)).toEqual({ ok: false, problem: 'FILE_TOO_LARGE' });
  });
});
