import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './foundation';
import type { RowProblem } from '../../domain/directory/file-format';

/** Columns the directory adds to `structures` (merged with the structures area's table type). */
export interface DirectoryStructureColumns {
  edi_emitter: Generated<boolean>;
  edi_receiver: Generated<boolean>;
  reports_payment_status: Generated<boolean>;
  service_code_required: Generated<boolean>;
  legal_commitment_required: Generated<boolean>;
  service_or_legal_commitment_required: Generated<boolean>;
  is_moa: Generated<boolean>;
  is_moa_only: Generated<boolean>;
  country_label: string | null;
  /** The last directory import that listed this structure; null for structures not from it. */
  directory_import_id: number | null;
  search_name: string | null;
  search_city: string | null;
  search_trigrams: ColumnType<string[], string[] | undefined, string[]>;
}

export interface DirectoryServiceColumns {
  legal_commitment_required: Generated<boolean>;
  directory_import_id: number | null;
}

export type DirectoryImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface DirectoryImportsTable {
  id: Generated<number>;
  status: Generated<DirectoryImportStatus>;
  source: 'cli' | 'api' | 'demo';
  created_by: string | null;
  structures_file_name: string | null;
  services_file_name: string | null;
  structures_csv: string | null;
  services_csv: string | null;
  structures_total: Generated<number>;
  services_total: Generated<number>;
  structures_done: Generated<number>;
  services_done: Generated<number>;
  structures_created: Generated<number>;
  structures_updated: Generated<number>;
  structures_deactivated: Generated<number>;
  services_created: Generated<number>;
  services_updated: Generated<number>;
  services_deactivated: Generated<number>;
  problem_count: Generated<number>;
  problems: ColumnType<RowProblem[], string | undefined, string>;
  error: string | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
}

export interface DirectoryTrigramStatsTable {
  trigram: string;
  frequency: number;
}

/** The vocabulary of active public names (migration 0009), rebuilt by each import. */
export interface DirectoryWordsTable {
  word: string;
  frequency: number;
}

/** Each vocabulary word under itself and its one-letter deletions (typo correction). */
export interface DirectoryWordVariantsTable {
  variant: string;
  word: string;
}

export interface DirectoryTables {
  structures: DirectoryStructureColumns;
  services: DirectoryServiceColumns;
  directory_imports: DirectoryImportsTable;
  directory_trigram_stats: DirectoryTrigramStatsTable;
  directory_words: DirectoryWordsTable;
  directory_word_variants: DirectoryWordVariantsTable;
}
