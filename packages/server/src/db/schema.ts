import type { AccountTables } from './tables/accounts';
import type { DirectoryTables } from './tables/directory';
import type { FluxTables } from './tables/fluxes';
import type { FoundationTables } from './tables/foundation';
import type { InvoiceTables } from './tables/invoices';
import type { PdfDepositTables } from './tables/pdf-deposits';
import type { StructureTables } from './tables/structures';

/**
 * The whole database as Kysely sees it: one interface per feature area, merged here.
 * Column names are snake_case in SQL and in these types.
 */
export type Database = FoundationTables &
  AccountTables &
  StructureTables &
  DirectoryTables &
  InvoiceTables &
  PdfDepositTables &
  FluxTables;
