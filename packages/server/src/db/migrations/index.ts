import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-accounts';
import * as m0003 from './0003-structures';
import * as m0004 from './0004-directory';
import * as m0005 from './0005-invoices';
import * as m0006 from './0006-invoice-sources';
import * as m0007 from './0007-fluxes';
import * as m0008 from './0008-pdf-deposit';
import * as m0009 from './0009-directory-search';
import * as m0010 from './0010-flux-validator';

/**
 * Every migration, in order. Names sort lexically; add new ones at the end with the next number.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-accounts': m0002,
  '0003-structures': m0003,
  '0004-directory': m0004,
  '0005-invoices': m0005,
  '0006-invoice-sources': m0006,
  '0007-fluxes': m0007,
  '0008-pdf-deposit': m0008,
  '0009-directory-search': m0009,
  '0010-flux-validator': m0010,
};
