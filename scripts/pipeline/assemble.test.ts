import { describe, expect, it } from 'vitest';
import { SAMPLE_AREA } from '../fixtures/sampleArea.ts';
import { assembleAreas } from './assemble.ts';

describe('assembleAreas', () => {
  const base = [{ code: SAMPLE_AREA.code, name: SAMPLE_AREA.name, utla: SAMPLE_AREA.utla, region: SAMPLE_AREA.region }];
  const joined = {
    luf: new Map([[SAMPLE_AREA.code, SAMPLE_AREA.luf]]),
    imd: new Map([[SAMPLE_AREA.code, SAMPLE_AREA.imd]]),
    hle2009: new Map([[SAMPLE_AREA.code, SAMPLE_AREA.hle2009]]),
    hle2018: new Map([[SAMPLE_AREA.code, SAMPLE_AREA.hle2018]]),
    townsFund: new Map([[SAMPLE_AREA.code, SAMPLE_AREA.townsFund]]),
    bounds: new Map([[SAMPLE_AREA.code, SAMPLE_AREA.bounds]]),
  };

  it('joins every step onto the base', () => {
    expect(assembleAreas(base, joined)).toEqual([SAMPLE_AREA]);
  });

  it('refuses a gap, which would be a pipeline bug', () => {
    expect(() => assembleAreas(base, { ...joined, imd: new Map() })).toThrow(/internal: no IMD entry for E06000058/);
  });
});
