/**
 * CSV for spreadsheets (`;` separated, the French default, with a BOM so Excel reads UTF-8).
 * A cell that starts with = + - @ (or tab / CR, which some spreadsheets skip) would be run as a
 * formula when opened (CSV injection, OWASP): it is prefixed with an apostrophe, then quoted.
 * A plain decimal such as -12.50 cannot be a formula and is kept as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export function escapeCsvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = value;
  let quote = /[;",\r\n]/.test(text);
  if (FORMULA_START.test(text) && !PLAIN_DECIMAL.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>): string {
  return '\uFEFF' + rows.map((row) => row.map(escapeCsvCell).join(';')).join('\r\n') + '\r\n';
}
