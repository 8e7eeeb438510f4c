/**
 * A small CSV reader for the annuaire files: `;` separated, optional double quotes (a quote inside a
 * quoted field is doubled), CRLF or LF, an optional UTF-8 byte order mark. Each record keeps the
 * physical line it starts on, so every problem can be reported by line number.
 */
export interface CsvRecord {
  /** 1-based line number of the record's first character (the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** Quoting problems found while reading (an unclosed quote swallows the rest of the file). */
  problems: Array<{ line: number; message: string }>;
}

export function parseCsv(text: string, separator = ';'): CsvParseResult {
  const records: CsvRecord[] = [];
  const problems: CsvParseResult['problems'] = [];
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = separator.charCodeAt(0);
  const length = input.length;
  let i = 0;
  let line = 1;
  while (i < length) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < length && input.charCodeAt(i) === 34 /* " */) {
        i += 1;
        let closed = false;
        while (i < length) {
          const c = input.charCodeAt(i);
          if (c === 34) {
            if (input.charCodeAt(i + 1) === 34) {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === 10) line += 1;
          field += input[i];
          i += 1;
        }
        if (!closed) problems.push({ line: startLine, message: 'unclosed quote' });
      }
      // Plain characters up to the next separator or end of line (also after a closing quote).
      let j = i;
      while (j < length) {
        const c = input.charCodeAt(j);
        if (c === sep || c === 10 || c === 13) break;
        j += 1;
      }
      field += input.slice(i, j);
      i = j;
      fields.push(field);
      field = '';
      if (i >= length) {
        endOfRecord = true;
      } else if (input.charCodeAt(i) === sep) {
        i += 1;
      } else {
        if (input.charCodeAt(i) === 13) i += 1;
        if (input.charCodeAt(i) === 10) i += 1;
        line += 1;
        endOfRecord = true;
      }
    }
    // Blank lines are skipped, not reported: spreadsheets often leave some at the end.
    if (!(fields.length === 1 && fields[0]!.trim() === ''))
      records.push({ line: startLine, fields });
  }
  return { records, problems };
}

/** Quotes a field for writing when it holds the separator, a quote or a line break. */
export function csvField(value: string, separator = ';'): string {
  if (value.includes(separator) || value.includes('"') || /[\r\n]/.test(value)) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}
