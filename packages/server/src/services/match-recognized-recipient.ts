import { sql } from 'kysely';
import {
  findDirectoryServices,
  searchDirectoryStructures,
  STRUCTURE_COLUMNS,
  likePrefix,
  type StructureSearchRow,
} from '../db/queries/directory-search';
import { searchDirectoryByWords } from '../db/queries/directory-word-search';
import { matchQueryWords } from '../db/queries/directory-words';
import { normalizeText, significantWords, trigramsOf } from '../domain/directory/search-text';
import type { Executor } from '../jobs/queue';

/**
 * The public structure a recognised invoice is addressed to, found in the directory: by the
 * SIRET printed on the page (exact), else by its SIREN (any establishment of that legal entity),
 * else by the recipient's name through the directory search. The recogniser reads the page only;
 * the directory is the server's, hence this step lives here and not in src/recognition.
 */

export interface RecipientClues {
  /** Identifiers read for the buyer: SIRET, SIREN or a French VAT number (FRkk + SIREN). */
  identifiers: string[];
  name?: string;
  /** The recogniser's confidence in those clues (0..1), carried into the match's confidence. */
  confidence?: number;
}

export type RecipientMatchedBy = 'siret' | 'siren' | 'name';

export interface RecognizedRecipient {
  structureId: string;
  identifier: string;
  name: string;
  /** false: the structure is in the directory but no longer receives invoices. */
  active: boolean;
  serviceCodeRequired: boolean;
  legalCommitmentRequired: boolean;
  serviceOrLegalCommitmentRequired: boolean;
  /** Its active services, for the user to pick one when a service code is required. */
  services: { code: string; name: string; legalCommitmentRequired: boolean }[];
  matchedBy: RecipientMatchedBy;
  /** 0..1: how sure the match is (exact SIRET > one establishment of the SIREN > name). */
  confidence: number;
}

interface Row {
  id: string;
  identifier: string;
  name: string;
  status: string;
  service_code_required: boolean;
  legal_commitment_required: boolean;
  service_or_legal_commitment_required: boolean;
}

/** SIRETs and SIRENs in the clues: a French VAT number holds the SIREN after its key. */
function numbersOf(identifiers: string[]): { sirets: string[]; sirens: string[] } {
  const sirets = new Set<string>();
  const sirens = new Set<string>();
  for (const raw of identifiers) {
    const id = raw.replace(/[\s.]/g, '').toUpperCase();
    if (/^\d{14}$/.test(id)) {
      sirets.add(id);
      sirens.add(id.slice(0, 9));
    } else if (/^\d{9}$/.test(id)) sirens.add(id);
    else if (/^FR[0-9A-Z]{2}\d{9}$/.test(id)) sirens.add(id.slice(4));
  }
  return { sirets: [...sirets], sirens: [...sirens] };
}

async function bySiret(db: Executor, siret: string): Promise<Row | undefined> {
  const result = await sql<Row>`select ${STRUCTURE_COLUMNS} from structures s
    where s.is_public and s.identifier_type = 'SIRET' and s.identifier = ${siret}`.execute(db);
  return result.rows[0];
}

/** Establishments of a SIREN, active ones first: the caller cannot tell which one is meant. */
async function bySiren(db: Executor, siren: string): Promise<Row[]> {
  const result = await sql<Row>`select ${STRUCTURE_COLUMNS} from structures s
    where s.is_public and s.identifier_type = 'SIRET'
      and s.identifier collate "C" like ${likePrefix(siren)}
    order by (s.status = 'active') desc, s.identifier collate "C" limit 20`.execute(db);
  return result.rows;
}

async function byName(db: Executor, name: string): Promise<StructureSearchRow[]> {
  const normalized = normalizeText(name);
  const words = [...new Set(significantWords(normalized))];
  if (words.length === 0) return [];
  const base = { normalized, limit: 2, offset: 0 };
  const matches = await matchQueryWords(db, words, { lastIsPrefix: false });
  if (matches.every((m) => m.frequency > 0)) {
    const rows = await searchDirectoryByWords(db, { ...base, words: matches });
    if (rows.length > 0) return rows;
  }
  // The similarity fallback forces its plan in a transaction of its own: not inside another.
  if (db.isTransaction) return [];
  return searchDirectoryStructures(db, {
    ...base,
    text: { normalized, trigrams: trigramsOf(normalized) },
  });
}

export async function matchRecognizedRecipient(
  db: Executor,
  clues: RecipientClues,
): Promise<RecognizedRecipient | null> {
  const { sirets, sirens } = numbersOf(clues.identifiers);
  let found: { row: Row; matchedBy: RecipientMatchedBy; confidence: number } | undefined;
  for (const siret of sirets) {
    const row = await bySiret(db, siret);
    if (row) {
      found = { row, matchedBy: 'siret', confidence: 0.98 };
      break;
    }
  }
  for (const siren of found ? [] : sirens) {
    const rows = await bySiren(db, siren);
    const first = rows[0];
    if (first) {
      // One establishment: that one; several: the first active one, less surely.
      found = { row: first, matchedBy: 'siren', confidence: rows.length === 1 ? 0.85 : 0.6 };
      break;
    }
  }
  if (!found && clues.name && clues.name.trim() !== '') {
    const rows = await byName(db, clues.name);
    const first = rows[0];
    if (first) {
      const exact = normalizeText(first.name) === normalizeText(clues.name);
      const confidence = exact ? 0.75 : rows.length === 1 ? 0.6 : 0.45;
      found = { row: first, matchedBy: 'name', confidence };
    }
  }
  if (!found) return null;
  const { row, matchedBy } = found;
  const services = await findDirectoryServices(db, [row.id], { activeOnly: true });
  const certainty = Math.min(1, Math.max(0, clues.confidence ?? 1));
  return {
    structureId: row.id,
    identifier: row.identifier,
    name: row.name,
    active: row.status === 'active',
    serviceCodeRequired: row.service_code_required,
    legalCommitmentRequired: row.legal_commitment_required,
    serviceOrLegalCommitmentRequired: row.service_or_legal_commitment_required,
    services: services.map((s) => ({
      code: s.code,
      name: s.name,
      legalCommitmentRequired: s.legal_commitment_required,
    })),
    matchedBy,
    confidence: Math.round(found.confidence * certainty * 100) / 100,
  };
}
