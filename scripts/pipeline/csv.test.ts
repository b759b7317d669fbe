import { describe, expect, it } from 'vitest';
import { codeCell, integerCell, nullableNumberCell, numberCell, parseCsv, parseTable } from './csv.ts';
import { PipelineError } from './errors.ts';

describe('parseCsv', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,2\n', 'f.csv').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const records = parseCsv('name,note\n"Bournemouth, Christchurch and Poole","say ""hi"""\n"two\nlines",x\n', 'f.csv');
    expect(records.map((r) => r.fields)).toEqual([
      ['name', 'note'],
      ['Bournemouth, Christchurch and Poole', 'say "hi"'],
      ['two\nlines', 'x'],
    ]);
    // The record after a quoted line break starts on line 3 and the multi-line field pushes the next record's line.
    expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('handles CRLF, a missing final line end, and empty quoted fields', () => {
    expect(parseCsv('a,b\r\n"",2\r\n3,', 'f.csv').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['', '2'],
      ['3', ''],
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    expect(() => parseCsv('a\n"open\n', 'f.csv')).toThrow(/f\.csv, line 2: a quoted field is never closed/);
  });

  it('rejects a stray quote inside an unquoted field', () => {
    expect(() => parseCsv('a\nab"c\n', 'f.csv')).toThrow(PipelineError);
  });
});

describe('parseTable and cells', () => {
  const table = parseTable('code,value,n\nE06000001,58.5,7.0\nE06000002,abc,2.5\nE06000003,NA,x\n', 'hle/x.csv', ['code', 'value', 'n']);

  it('names file, header line and column when a required column is missing (e.g. renamed)', () => {
    expect(() => parseTable('code,hle\n1,2\n', 'hle/x.csv', ['code', 'hle_years'])).toThrow(
      /^hle\/x\.csv, line 1, column "hle_years": required column is missing from the header \(found: code, hle\)$/,
    );
  });

  it('rejects a duplicated header name', () => {
    expect(() => parseTable('a,a\n1,2\n', 'f.csv', ['a'])).toThrow(/column "a": column name appears twice/);
  });

  it('rejects a row whose width differs from the header', () => {
    expect(() => parseTable('a,b\n1\n', 'f.csv', ['a'])).toThrow(/f\.csv, data row 1 \(line 2\): has 1 fields but the header has 2/);
  });

  it('reads numbers strictly and names file, data row and column otherwise', () => {
    const [r1, r2] = table.rows;
    if (r1 === undefined || r2 === undefined) throw new Error('fixture');
    expect(numberCell(r1, 'value')).toBe(58.5);
    expect(() => numberCell(r2, 'value')).toThrow(/^hle\/x\.csv, data row 2 \(line 3\), column "value": not a number: "abc"$/);
  });

  it('accepts NA as null only where allowed', () => {
    const r3 = table.rows[2];
    if (r3 === undefined) throw new Error('fixture');
    expect(nullableNumberCell(r3, 'value', ['NA'])).toBeNull();
    expect(() => numberCell(r3, 'value')).toThrow(/data row 3/);
  });

  it('reads whole numbers written as floats, and rejects fractions', () => {
    const [r1, r2] = table.rows;
    if (r1 === undefined || r2 === undefined) throw new Error('fixture');
    expect(integerCell(r1, 'n')).toBe(7);
    expect(() => integerCell(r2, 'n')).toThrow(/column "n": not a whole number/);
  });

  it('validates code shape', () => {
    const r1 = table.rows[0];
    if (r1 === undefined) throw new Error('fixture');
    expect(codeCell(r1, 'code', /^E06\d{6}$/, 'unitary')).toBe('E06000001');
    expect(() => codeCell(r1, 'value', /^E06\d{6}$/, 'unitary')).toThrow(/column "value": not a valid unitary code: "58.5"/);
  });

  it('rejects an empty file', () => {
    expect(() => parseTable('', 'f.csv', [])).toThrow(/f\.csv, line 1: the file is empty/);
  });
});
