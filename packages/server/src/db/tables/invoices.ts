import type { ColumnType, Generated } from 'kysely';
import type { Invoice } from '@chorale/einvoice';
import type { InvoiceInput } from '../../domain/invoices/invoice-input';
import type { InvoiceStatus } from '../../domain/invoices/invoice-status';
import type { SignatureVerification } from '../../signatures/types';
import type { Timestamp } from './foundation';

type PlainDate = ColumnType<string, string | null | undefined, string | null>;
/** numeric(19,2): read and written as an exact decimal string. */
type Money = ColumnType<string, string | undefined, string>;
type JsonOf<T> = ColumnType<T, string, string>;

export interface InvoicesTable {
  id: Generated<string>;
  chorale_id: string | null;
  supplier_structure_id: string;
  supplier_service_id: string | null;
  recipient_structure_id: string | null;
  recipient_identifier: Generated<string>;
  recipient_name: Generated<string>;
  recipient_search: Generated<string>;
  recipient_service_code: string | null;
  validator_structure_id: string | null;
  validator_identifier: string | null;
  validator_name: string | null;
  validator_service_code: string | null;
  billing_framework: string;
  kind: 'invoice' | 'creditNote';
  number: string;
  number_year: number | null;
  preceding_invoice_number: string | null;
  status: InvoiceStatus;
  currency: Generated<string>;
  issue_date: PlainDate | null;
  due_date: PlainDate | null;
  total_excl_vat: Money;
  total_vat: Money;
  total_incl_vat: Money;
  amount_due: Money;
  input: JsonOf<InvoiceInput>;
  model: JsonOf<Invoice>;
  deposited_at: Timestamp | null;
  facturx_sha256: string | null;
  receipt_sha256: string | null;
  /** Chorus Pro `modeDepot`: SAISIE_PORTAIL, SAISIE_API, UPLOAD_PORTAIL, UPLOAD_API, DEPOT_PDF_PORTAIL... */
  deposit_mode: Generated<string>;
  /** The deposited file (PDF, XML, Factur-X) kept byte for byte: the invoice's main document. */
  source_sha256: string | null;
  source_file_name: string | null;
  source_media_type: string | null;
  /** The flux the invoice was deposited in (« Dépôt d'un lot »), if any. */
  flux_id: Generated<string | null>;
  /** Bytes of the deposited file (null for files deposited before it was recorded). */
  source_size_bytes: number | null;
  /** A signed PDF deposit's verification report, copied from the deposit (null otherwise). */
  signature: ColumnType<SignatureVerification | null, string | null | undefined, string | null>;
  /** The PDF deposit this invoice was created from. */
  pdf_deposit_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_event_at: Timestamp;
}

export interface InvoiceEventsTable {
  id: Generated<number>;
  invoice_id: string;
  seq: number;
  at: Timestamp;
  actor_user_id: string | null;
  from_status: InvoiceStatus | null;
  to_status: InvoiceStatus;
  reason: string | null;
  previous_hash: string;
  hash: string;
}

export interface UserAttachmentsTable {
  id: Generated<string>;
  user_id: string;
  designation: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  in_library: Generated<boolean>;
  created_at: Timestamp;
}

export interface InvoiceAttachmentsTable {
  invoice_id: string;
  position: number;
  designation: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: string;
  kind: string;
  invoice_id: string | null;
  title_fr: string;
  title_en: string;
  read_at: Timestamp | null;
  created_at: Timestamp;
}

export interface InvoiceTables {
  invoices: InvoicesTable;
  invoice_events: InvoiceEventsTable;
  user_attachments: UserAttachmentsTable;
  invoice_attachments: InvoiceAttachmentsTable;
  notifications: NotificationsTable;
}
