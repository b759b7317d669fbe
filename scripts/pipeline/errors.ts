/** Where in an input a problem was found. Every field but `file` is optional: a missing file has no row. */
export interface ErrorLocation {
  /** Path relative to the raw-data folder, as the user would look for it. */
  file: string;
  /** 1-based data row (the header is not counted). */
  dataRow?: number;
  /** 1-based physical line in the file, when it differs from what the data row suggests or there is no data row. */
  line?: number;
  column?: string;
}

function describeLocation(where: ErrorLocation): string {
  const parts = [where.file];
  if (where.dataRow !== undefined) {
    parts.push(where.line !== undefined ? `data row ${where.dataRow} (line ${where.line})` : `data row ${where.dataRow}`);
  } else if (where.line !== undefined) {
    parts.push(`line ${where.line}`);
  }
  if (where.column !== undefined) parts.push(`column "${where.column}"`);
  return parts.join(', ');
}

/**
 * A problem with the input data. build-data prints only the message (no stack), so the message must say
 * on its own which file, row and column to open.
 */
export class PipelineError extends Error {
  readonly location: ErrorLocation;

  constructor(where: ErrorLocation, problem: string) {
    super(`${describeLocation(where)}: ${problem}`);
    this.name = 'PipelineError';
    this.location = where;
  }
}

/** Lists codes that differ between two sets, so a mismatch error says exactly what to look for. */
export function describeSetDifference(
  expectedLabel: string,
  expected: ReadonlySet<string>,
  actualLabel: string,
  actual: ReadonlySet<string>,
): string | null {
  const missing = [...expected].filter((c) => !actual.has(c)).sort();
  const extra = [...actual].filter((c) => !expected.has(c)).sort();
  if (missing.length === 0 && extra.length === 0) return null;
  const lines: string[] = [];
  if (missing.length > 0) lines.push(`in ${expectedLabel} but not in ${actualLabel}: ${missing.join(', ')}`);
  if (extra.length > 0) lines.push(`in ${actualLabel} but not in ${expectedLabel}: ${extra.join(', ')}`);
  return lines.join('; ');
}
