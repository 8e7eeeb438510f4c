export * from './finding';
export type * from './model/invoice';
export { CREDIT_NOTE_TYPE_CODES, kindOfTypeCode, emptyInvoice } from './model/invoice';
export type * from './model/source-map';
export type * from './xml/types';
export type * from './read/types';
