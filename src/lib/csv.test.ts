import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRow } from './csv';

describe('csvField', () => {
  it('never lets a text cell start a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44')).toBe("'+44");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('writes numbers as numbers, even negative ones', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(58.51)).toBe('58.51');
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('one\rline')).toBe('"one\rline"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });
});

describe('csvDocument', () => {
  it('puts comment lines, then the header, then the rows, each ended by CRLF', () => {
    expect(csvDocument(['View: x'], ['a', 'b'], [[1, 'two'], [null, '=3']])).toBe("# View: x\r\na,b\r\n1,two\r\n,'=3\r\n");
    expect(csvRow(['x', 2])).toBe('x,2');
  });

  it('never quotes a comment line, so that it still starts with #, and keeps it on one line', () => {
    expect(csvDocument(['Source: ONS, "Health Index", 2023', 'two\r\nlines'], ['a'], [])).toBe('# Source: ONS, "Health Index", 2023\r\n# two lines\r\na\r\n');
  });
});
