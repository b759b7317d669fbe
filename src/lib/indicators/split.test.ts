import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { code, makeFile } from './testAreas';
import { INDICATORS } from './catalogue';
import { placeOf } from './measures';
import { measurePath } from '../data/dataFiles';
import { fileOf, joinSplitFiles, splitAreasFile } from './split';
import { FIRST_VIEW_INDICATORS } from '../analysis/needs';
import { FirstViewFileSchema, MeasureFileSchema } from '../data/fileSchemas';

// Shire districts of one county (the fixture's own upper tier, a district code, is not a county's).
const made = makeFile(Array.from({ length: 5 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}` })));
const whole = { ...made, areas: made.areas.map((area) => ({ ...area, utla: { code: 'E10000002', name: 'A county' } })) };
const split = splitAreasFile(whole, FIRST_VIEW_INDICATORS);

describe('splitAreasFile', () => {
  it('puts every indicator in exactly one file, the first view’s in areas.json', () => {
    const held = [...Object.keys(split.first.indicators), ...split.measures.flatMap((file) => Object.keys(file.indicators))];
    expect(held.sort()).toEqual(INDICATORS.map((entry) => entry.id).sort());
    expect(Object.keys(split.first.indicators).sort()).toEqual([...FIRST_VIEW_INDICATORS].sort());
  });
  it('gives each measure one file with only its own periods, and none to a measure wholly in the first view', () => {
    for (const file of split.measures) for (const id of Object.keys(file.indicators)) expect(placeOf(id as never).measure.id).toBe(file.measure);
    expect(split.measures.map((file) => file.measure)).toContain('hle-female');
    expect(split.measures.map((file) => file.measure)).not.toContain('luf');
    expect(split.measures.find((file) => file.measure === 'hle-male')?.indicators['hle-male']).toBeUndefined();
  });
  it('writes files the schemas accept, and joins back into the same file', () => {
    expect(v.is(FirstViewFileSchema, split.first)).toBe(true);
    for (const file of split.measures) expect(v.is(MeasureFileSchema, file), file.measure).toBe(true);
    expect(joinSplitFiles(split)).toEqual(whole);
  });
  it('names the file each indicator is fetched from', () => {
    expect(fileOf('hle-male', FIRST_VIEW_INDICATORS)).toBe('data/areas.json');
    expect(fileOf('hle-male-2022-24', FIRST_VIEW_INDICATORS)).toBe('data/measures/hle-male.json');
    expect(measurePath('towns-fund')).toBe('data/measures/towns-fund.json');
  });
});
