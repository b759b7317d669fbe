// The one CSV writer, for the app's downloads and the pipeline's areas.csv alike.
export type Cell = string | number | boolean | null;

// A spreadsheet runs a text cell starting with one of these as a formula ("CSV injection"). Tab and carriage
// return are included because some spreadsheets strip them and then see the next character. Numbers are
// written as numbers: -3 stays -3.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: text is never a formula, and is quoted when it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly Cell[]): string {
  return values.map(csvField).join(',');
}

/**
 * A comment line, never quoted: readers that skip lines starting with `#` (pandas' `comment='#'`, R's
 * `comment.char`) must see the `#` first, whatever commas or quotes the text holds. A line break inside
 * would start a data line, so it becomes a space.
 */
export function csvComment(line: string): string {
  return `# ${line.replace(/[\r\n]+/g, ' ')}`;
}

/** `#` comment lines (definition, link, sources), a header row and the rows; CRLF line ends as RFC 4180 asks. */
export function csvDocument(comments: readonly string[], header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [...comments.map(csvComment), csvRow(header), ...rows.map(csvRow)].join('\r\n') + '\r\n';
}
