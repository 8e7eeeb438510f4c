import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '../src/validate/index';
import {
  BATCH_BYTES,
  BATCH_FILES,
  batchEnds,
  initValidation,
  validateInvoice,
  validateInvoices,
  validateInvoiceSync,
  validateInvoicesSync,
} from '../src/validate/index';
import { sampleInvoice } from '../src/validate/sample-invoice';
import { writeCii, writeUbl } from '../src/write/index';
import { CORPUS, readManifest } from './support/corpus';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A report without its source map (functions, compared by what they answer instead). */
function comparable(r: ValidationReport): unknown {
  const { sourceMap, ...rest } = r;
  return { ...rest, locatesBt1: sourceMap?.locateNearest('BT-1').xpath };
}

describe('validateInvoices', () => {
  const files = readManifest(resolve(CORPUS, 'MANIFEST.tsv')).map(
    (row) => new Uint8Array(readFileSync(resolve(CORPUS, row.path ?? ''))),
  );
  // Files that stop at each step: not XML, no invoice, a DOCTYPE, a schema error, an unknown root.
  const odd = [
    encode('not xml at all'),
    encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'),
    encode('<Order xmlns="urn:example"/>'),
    encode(writeUbl(sampleInvoice(2)).replace('<cbc:IssueDate>', '<cbc:Bogus/><cbc:IssueDate>')),
    new Uint8Array(0),
    encode('%PDF-1.7 truncated'),
  ];

  beforeAll(async () => {
    await initValidation();
  });

  it('gives each file of the corpus, and odd files, the report validateInvoice gives', async () => {
    expect(files.length).toBeGreaterThan(200);
    const list = [...odd.slice(0, 3), ...files, ...odd.slice(3)];
    const batched = await validateInvoices(list);
    expect(batched).toHaveLength(list.length);
    for (let i = 0; i < list.length; i++) {
      const alone = await validateInvoice(list[i] as Uint8Array);
      expect(comparable(batched[i] as ValidationReport), `file ${i}`).toEqual(comparable(alone));
    }
    // The corpus holds PDFs, valid and invalid invoices: the comparison saw each kind.
    expect(new Set(batched.map((r) => r.format))).toEqual(
      new Set(['unknown', 'ubl-invoice', 'ubl-creditnote', 'cii', 'pdf']),
    );
    expect(batched.some((r) => r.valid) && batched.some((r) => !r.valid)).toBe(true);
  });

  it('cuts batches by count and by size', () => {
    const K = 1024;
    expect(batchEnds([])).toEqual([]);
    expect(batchEnds([BATCH_BYTES * 3])).toEqual([1]);
    expect(batchEnds([K, BATCH_BYTES, K, BATCH_BYTES - K, K, K])).toEqual([1, 2, 4, 6]);
    expect(batchEnds(Array.from({ length: 2 * BATCH_FILES + 1 }, () => K))).toEqual([
      BATCH_FILES,
      2 * BATCH_FILES,
      2 * BATCH_FILES + 1,
    ]);
  });

  it('keeps each report in its place across batches cut by count and by size', () => {
    const small = [1, 2, 3].map((n) => encode(writeUbl(sampleInvoice(n))));
    const cii = encode(writeCii(sampleInvoice(4)));
    // Files over half the byte limit: two never share a batch.
    const lines = Math.ceil(BATCH_BYTES / 2 / (small[1]!.length - small[0]!.length)) + 1;
    const large = encode(writeUbl(sampleInvoice(lines)));
    expect(large.length).toBeGreaterThan(BATCH_BYTES / 2);
    const many = Array.from({ length: BATCH_FILES + 3 }, (_, i) =>
      i % 5 === 0 ? cii : small[i % 3]!,
    );
    const list = [...many, large, ...small, large, large, cii];
    // A batch cut by count, then a large file with the small ones, the next alone (two never fit).
    const ends = batchEnds(list.map((b) => b.length));
    expect(ends[0]).toBe(BATCH_FILES);
    expect(ends.slice(-3)).toEqual([list.length - 3, list.length - 2, list.length]);
    const batched = validateInvoicesSync(list);
    expect(batched.map((r) => r.invoice?.lines.length)).toEqual(
      list.map((b) => validateInvoiceSync(b).invoice?.lines.length),
    );
    batched.forEach((r, i) => {
      expect(comparable(r)).toEqual(comparable(validateInvoiceSync(list[i] as Uint8Array)));
    });
    expect(batched.every((r) => r.valid)).toBe(true);
  });

  it('gives nothing for no file', async () => {
    expect(await validateInvoices([])).toEqual([]);
    expect(validateInvoicesSync([])).toEqual([]);
  });
});
