import { describe, expect, it } from 'vitest';
import { DataFileError, validateAreasFile } from './validate';
import { code, makeArea, makeFile } from './testAreas';

const good = () => JSON.parse(JSON.stringify(makeFile([makeArea({ code: code(1) }), makeArea({ code: code(2) })])));

describe('validateAreasFile', () => {
  it('accepts a well-formed file', () => {
    const { file, problems } = validateAreasFile(good());
    expect(file.areas).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('rejects a file that is not the expected shape, naming the file', () => {
    expect(() => validateAreasFile('nonsense')).toThrow(DataFileError);
    expect(() => validateAreasFile({ ...good(), schemaVersion: 2 })).toThrow(/areas\.json.*schema version 2/);
    expect(() => validateAreasFile({ ...good(), areas: 'x' })).toThrow(/no list of areas/);
    expect(() => validateAreasFile({ ...good(), england: {} })).toThrow(/England reference values/);
  });

  it('leaves out a malformed area with a message naming the field, keeping the rest', () => {
    const json = good();
    json.areas[0].luf = 4;
    json.areas[1].hle2009.male.value = 'sixty';
    json.areas.push(makeArea({ code: code(3) }), { ...makeArea({ code: code(4) }), bounds: [1, 52, 0, 53] });
    const { file, problems } = validateAreasFile(json);
    expect(file.areas.map((a) => a.code)).toEqual([code(3)]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain(`${code(1)}: “luf”`);
    expect(problems[1]).toContain('hle2009.male');
    expect(problems[2]).toContain(`${code(4)}: “bounds”`);
  });

  it('ignores a duplicated area with a message', () => {
    const json = good();
    json.areas.push(json.areas[0]);
    const { file, problems } = validateAreasFile(json);
    expect(file.areas).toHaveLength(2);
    expect(problems[0]).toContain('appears twice');
  });

  it('fails when no area is readable', () => {
    const json = good();
    json.areas = [{}];
    expect(() => validateAreasFile(json)).toThrow(/no readable areas/);
  });
});
