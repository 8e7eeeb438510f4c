import type { Invoice, SourceMap } from '@chorale/einvoice';
import { initValidation, readInvoice, warmUpValidation } from '@chorale/einvoice';
import { inputFromModel } from '../../domain/invoices/input-from-model';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { StoredFinding } from '../../db/tables/fluxes';
import type { FluxSyntax } from '../../flux/unpack';
import { readFluxEntries, type EntryReading } from './read-flux-entry';
import type { ShownInReport } from './store-flux-chunk';

/** One pending item of a flux with its original bytes, as kept in the blob store. */
export interface FluxItemBytes {
  position: number;
  fileName: string;
  sha256: string;
  bytes: Uint8Array;
}

/** Where a form field's value sits in a structured file (EN 16931 business terms). */
export const TERM_OF_FIELD: Readonly<Record<string, string>> = {
  number: 'BT-1',
  issueDate: 'BT-2',
  dueDate: 'BT-9',
  billingFramework: 'BT-23',
  'recipient.identifier': 'BT-47',
  'recipient.serviceCode': 'BT-10',
  purchaseOrder: 'BT-13',
  precedingInvoiceNumber: 'BT-25',
  exemptionReason: 'BT-120',
  iban: 'BT-84',
  bic: 'BT-86',
  paymentMeans: 'BT-81',
  lines: 'BG-25',
  supplier: 'BT-30',
};

/** The parts of the model the portal rules read (amounts, seller and buyer). */
export type ModelFacts = Pick<Invoice, 'totals' | 'seller' | 'buyer'>;

/**
 * An item read and judged by the EN 16931 rules, with everything the portal rules and the store
 * need later. Plain data only (strings, numbers, arrays, plain objects; amounts stay decimal
 * strings): it crosses from a reading thread to the job by structured clone unchanged. The model
 * travels as the JSON it is stored as: one string is far cheaper to pass than its object tree.
 */
export interface ReadFluxItem {
  position: number;
  fileName: string;
  sha256: string;
  mediaType: string;
  /** EN 16931 findings: fatal ones refuse the invoice, warnings stay beside an accepted one. */
  findings: StoredFinding[];
  fatal: boolean;
  /** The file read into the model and into the form's terms, when it could be read. */
  modelJson?: string;
  modelFacts?: ModelFacts;
  input?: InvoiceInput;
  /** What the report shows even for a refused invoice, when the file could be read. */
  shown?: ShownInReport;
}

const mediaTypeOf = (bytes: Uint8Array) =>
  bytes[0] === 0x25 && bytes[1] === 0x50 ? 'application/pdf' : 'application/xml';

/**
 * Where a refused invoice's file holds each business term a portal finding names. Read again
 * only for such an invoice: the source map is lazy (its first look-up replays the reader) and
 * holds functions, so it neither stays nor crosses threads.
 */
export async function locateTerms(
  bytes: Uint8Array,
): Promise<(term: string) => string | undefined> {
  const read = await readInvoice(bytes);
  const sourceMap: SourceMap | undefined = read.sourceMap;
  return (term) => sourceMap?.locateNearest(term).xpath;
}

/** Loads the validator's schemas and rules, so the first item does not pay for them. */
export async function prepareFluxReading(opts: { warmUp?: boolean } = {}): Promise<void> {
  await initValidation();
  // A reading thread lives as long as its worker: about 1.5 s spent once so that the JIT has
  // compiled the rules before the first flux, instead of the first few hundred files running two
  // to three times slower.
  if (opts.warmUp) await warmUpValidation({ ms: 1500 });
}

/**
 * Reads items of a flux without the database: syntax check, the same validation as every path of
 * intake (`validateInvoices`, the items validated together a batch at a time), and each model
 * turned into the form's input. Runs in a reading thread of the pool (flux-read-pool.ts) or in
 * the job's own thread; each item's reading is the one it would get read alone.
 */
export async function readFluxItems(
  syntax: FluxSyntax,
  items: FluxItemBytes[],
): Promise<ReadFluxItem[]> {
  const readings = await readFluxEntries(
    syntax,
    items.map((item) => ({ name: item.fileName, bytes: item.bytes })),
  );
  return items.map((item, i) => fluxItem(item, readings[i]!));
}

function fluxItem(item: FluxItemBytes, reading: EntryReading): ReadFluxItem {
  const base: ReadFluxItem = {
    position: item.position,
    fileName: item.fileName,
    sha256: item.sha256,
    mediaType: mediaTypeOf(item.bytes),
    findings: reading.findings,
    fatal: reading.fatal,
  };
  if (!reading.model) return base;
  const model = reading.model;
  const input = inputFromModel(model);
  return {
    ...base,
    modelJson: JSON.stringify(model),
    modelFacts: { totals: model.totals, seller: model.seller, buyer: model.buyer },
    input,
    shown: {
      number: model.number,
      recipientIdentifier: input.recipient.identifier,
      recipientName: model.buyer.name,
      totalInclVat: model.totals.taxInclusiveAmount,
      currency: model.currencyCode,
    },
  };
}
