import { PipelineError } from './errors.ts';

/** One parsed CSV record and the physical line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * RFC 4180 parsing, plus what real exports do: a UTF-8 byte-order mark, CRLF or LF line ends,
 * and a final line end or not. A quoted field may hold commas, doubled quotes and line breaks.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = src.length;

  const endRecord = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };

  while (i < n) {
    const ch = src[i];
    if (ch === '"' && field === '') {
      // Quoted field: read up to the closing quote, turning "" into ".
      const openedOn = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      if (!closed) throw new PipelineError({ file, line: openedOn }, 'a quoted field is never closed');
      const next = src[i];
      if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
        throw new PipelineError({ file, line }, `unexpected character ${JSON.stringify(next)} after a closing quote`);
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"') {
      throw new PipelineError({ file, line }, 'a quote inside an unquoted field (quote the whole field and double the quote)');
    }
    field += ch;
    i++;
  }
  // A file that does not end with a line break still has a last record.
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

/** One data row, carrying where it came from so any cell-level problem can be reported precisely. */
export interface Row {
  readonly file: string;
  /** 1-based, header excluded. */
  readonly dataRow: number;
  readonly line: number;
  readonly cells: ReadonlyMap<string, string>;
}

export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

/**
 * Parses a CSV with a header row and checks that every column the caller relies on is there,
 * by exact name: a renamed column must stop the pipeline rather than yield blanks.
 */
export function parseTable(text: string, file: string, requiredColumns: readonly string[]): Table {
  const records = parseCsv(text, file);
  const headerRecord = records[0];
  if (headerRecord === undefined) throw new PipelineError({ file, line: 1 }, 'the file is empty (no header row)');
  const header = headerRecord.fields;
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new PipelineError({ file, line: headerRecord.line, column: name }, 'column name appears twice in the header');
    seen.add(name);
  }
  for (const name of requiredColumns) {
    if (!seen.has(name)) {
      throw new PipelineError(
        { file, line: headerRecord.line, column: name },
        `required column is missing from the header (found: ${header.join(', ')})`,
      );
    }
  }
  const rows: Row[] = [];
  records.slice(1).forEach((record, index) => {
    const dataRow = index + 1;
    if (record.fields.length !== header.length) {
      throw new PipelineError(
        { file, dataRow, line: record.line },
        `has ${record.fields.length} fields but the header has ${header.length}`,
      );
    }
    const cells = new Map<string, string>();
    header.forEach((name, k) => cells.set(name, record.fields[k] ?? ''));
    rows.push({ file, dataRow, line: record.line, cells });
  });
  return { file, header, rows };
}

export function failAt(row: Row, column: string, problem: string): never {
  throw new PipelineError({ file: row.file, dataRow: row.dataRow, line: row.line, column }, problem);
}

export function textCell(row: Row, column: string): string {
  const value = row.cells.get(column);
  if (value === undefined) failAt(row, column, 'column not present (not requested when the table was read)');
  return value;
}

export function nonEmptyTextCell(row: Row, column: string): string {
  const value = textCell(row, column);
  if (value.trim() === '') failAt(row, column, 'is empty');
  return value;
}

// Deliberately stricter than Number(): it rejects '', ' ', '0x1F', 'Infinity' and thousands separators,
// any of which would mean the source changed format.
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function numberCell(row: Row, column: string): number {
  const raw = textCell(row, column);
  if (!DECIMAL.test(raw)) failAt(row, column, `not a number: ${JSON.stringify(raw)}`);
  return Number(raw);
}

/** A number, or null where the source writes one of `nullTokens` (e.g. ONS's `NA` for "not available"). */
export function nullableNumberCell(row: Row, column: string, nullTokens: readonly string[]): number | null {
  const raw = textCell(row, column);
  if (nullTokens.includes(raw)) return null;
  if (!DECIMAL.test(raw)) {
    failAt(row, column, `not a number (nor ${nullTokens.map((t) => JSON.stringify(t)).join(' or ')}): ${JSON.stringify(raw)}`);
  }
  return Number(raw);
}

/** Accepts "7" and "7.0" (xlrd writes whole numbers as floats) but not 7.5. */
export function integerCell(row: Row, column: string): number {
  const value = numberCell(row, column);
  if (!Number.isInteger(value)) failAt(row, column, `not a whole number: ${JSON.stringify(textCell(row, column))}`);
  return value;
}

export function codeCell(row: Row, column: string, pattern: RegExp, what: string): string {
  const raw = textCell(row, column);
  if (!pattern.test(raw)) failAt(row, column, `not a valid ${what} code: ${JSON.stringify(raw)}`);
  return raw;
}
