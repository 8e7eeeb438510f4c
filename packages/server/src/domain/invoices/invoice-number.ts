/**
 * Invoice number rules of the portal (chorus-pro.md 3.2 and 7.5): at most 20 characters, letters,
 * digits and `-_/+` only, unique per supplier structure and year of the invoice date (the PPF rule:
 * same number + seller + year = DOUBLON).
 */
export const INVOICE_NUMBER_MAX_LENGTH = 20;

const NUMBER_PATTERN = /^[A-Za-z0-9\-_/+]+$/;

export type InvoiceNumberProblem = 'REQUIRED' | 'TOO_LONG' | 'FORBIDDEN_CHARACTERS';

export function checkInvoiceNumber(number: string): InvoiceNumberProblem | undefined {
  if (number.length === 0) return 'REQUIRED';
  if (number.length > INVOICE_NUMBER_MAX_LENGTH) return 'TOO_LONG';
  if (!NUMBER_PATTERN.test(number)) return 'FORBIDDEN_CHARACTERS';
  return undefined;
}

/** The year that scopes number uniqueness: the year of the invoice date (BT-2). */
export function numberingYear(issueDate: string): number {
  return Number(issueDate.slice(0, 4));
}
