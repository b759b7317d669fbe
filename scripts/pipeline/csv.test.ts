import { beforeEach, describe, expect, it } from 'vitest';
import { codeCell, integerCell, nonEmptyTextCell, nullableNumberCell, numberCell, parseCsv, parseTable, textCell } from './csv.ts';
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
  // Parsed for each test, not while the file is collected, so Stryker sees which test covers what.
  let table: ReturnType<typeof parseTable>;
  beforeEach(() => {
    table = parseTable('code,value,n\nE06000001,58.5,7.0\nE06000002,abc,2.5\nE06000003,NA,x\n', 'hle/x.csv', ['code', 'value', 'n']);
  });

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

describe('parseCsv, exactly', () => {
  const fields = (text: string) => parseCsv(text, 'f.csv').map((r) => r.fields);

  it('ends records at CR alone too, and counts lines through every kind of line end', () => {
    const records = parseCsv('a,b\r1,2\r\n3,4\n"x\ny",5\n6,7', 'f.csv');
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 2 },
      { fields: ['3', '4'], line: 3 },
      { fields: ['x\ny', '5'], line: 4 },
      { fields: ['6', '7'], line: 6 },
    ]);
  });

  it('reads no extra record after a final line end, and keeps a byte-order mark that is not at the start', () => {
    expect(fields('a\n')).toEqual([['a']]);
    expect(fields('')).toEqual([]);
    expect(fields('a\n\uFEFFb\n')).toEqual([['a'], ['\uFEFFb']]);
    expect(fields(',\n')).toEqual([['', '']]);
    expect(parseCsv('a\n\nb', 'f.csv')).toEqual([
      { fields: ['a'], line: 1 },
      { fields: [''], line: 2 },
      { fields: ['b'], line: 3 },
    ]);
  });

  it('names the line of a stray quote, and of a character after a closing quote', () => {
    expect(() => parseCsv('a\nb\nab"c\n', 'f.csv')).toThrow(
      /^f\.csv, line 3: a quote inside an unquoted field \(quote the whole field and double the quote\)$/,
    );
    expect(() => parseCsv('a\n"b"c\n', 'f.csv')).toThrow(/^f\.csv, line 2: unexpected character "c" after a closing quote$/);
    expect(fields('"b"\r\n"c"')).toEqual([['b'], ['c']]);
  });

  it('names the line a never-closed quote opened on, even after line breaks inside it', () => {
    expect(() => parseCsv('a\nb\n"open\nmore\n', 'f.csv')).toThrow(/^f\.csv, line 3: a quoted field is never closed$/);
  });
});

describe('cells, exactly', () => {
  const row = (value: string) => parseTable(`v,w\n${value},x\n`, 'f.csv', ['v']).rows[0]!;

  it('takes decimals in every plain form', () => {
    for (const [raw, value] of [['.5', 0.5], ['5.', 5], ['-1', -1], ['1e3', 1000], ['1E-3', 0.001], ['2.5e+1', 25], ['007', 7], ['.25', 0.25], ['1e12', 1e12]] as const) {
      expect(numberCell(row(raw), 'v'), raw).toBe(value);
    }
  });

  it('rejects every other form Number() would take', () => {
    for (const raw of ['', ' ', '0x1F', 'Infinity', '"1,000"', '+1', '1.2.3', 'e5', '1e', ' 1', '1 ', '-']) {
      expect(() => numberCell(row(raw), 'v'), raw).toThrow(/column "v": not a number/);
    }
  });

  it('says which null tokens were allowed', () => {
    expect(() => nullableNumberCell(row('n/a'), 'v', ['NA', ':'])).toThrow(/^f\.csv, data row 1 \(line 2\), column "v": not a number \(nor "NA" or ":"\): "n\/a"$/);
    expect(nullableNumberCell(row(':'), 'v', ['NA', ':'])).toBeNull();
    expect(nullableNumberCell(row('1.5'), 'v', ['NA'])).toBe(1.5);
  });

  it('names a whole-number cell exactly', () => {
    expect(() => integerCell(row('2.5'), 'v')).toThrow(/^f\.csv, data row 1 \(line 2\), column "v": not a whole number: "2\.5"$/);
  });

  it('reads text, refuses blank text where a value is required, and names a column that was never read', () => {
    expect(textCell(row(' a '), 'v')).toBe(' a ');
    expect(nonEmptyTextCell(row('a'), 'v')).toBe('a');
    expect(() => nonEmptyTextCell(row('  '), 'v')).toThrow(/^f\.csv, data row 1 \(line 2\), column "v": is empty$/);
    expect(() => textCell(row('a'), 'nope')).toThrow(/^f\.csv, data row 1 \(line 2\), column "nope": column not present \(not requested when the table was read\)$/);
  });

  it('keeps the header and every row with its place in the file', () => {
    const table = parseTable('a,b\n1,2\n"3\n3",4\n', 'f.csv', ['a']);
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows.map((r) => ({ dataRow: r.dataRow, line: r.line, cells: Object.fromEntries(r.cells) }))).toEqual([
      { dataRow: 1, line: 2, cells: { a: '1', b: '2' } },
      { dataRow: 2, line: 3, cells: { a: '3\n3', b: '4' } },
    ]);
  });

  it('names a duplicated header column and the header line', () => {
    expect(() => parseTable('a,b,a\n1,2,3\n', 'f.csv', ['a'])).toThrow(/^f\.csv, line 1, column "a": column name appears twice in the header$/);
  });
});
