import { describe, expect, it } from 'vitest';
import { hoverText } from './hoverText';
import { code, makeArea } from '../data/testAreas';
import type { DerivedClasses } from '../indicators/scales';

const none: DerivedClasses = { divergence: new Map(), 'what-if': new Map() };

describe('hoverText', () => {
  const official = makeArea({ code: code(1), hleMale: 58.51, imdRank: 25, luf: 1 });
  const estimate = makeArea({ code: code(2), hleMale: 61.04, estimate: true, hleMale2018: null });

  it('gives years with one decimal, and says when it is an estimate', () => {
    expect(hoverText(official, 'hle-male', 314, none)).toBe('58.5 years');
    expect(hoverText(estimate, 'hle-male', 314, none)).toBe('61.0 years (estimate)');
  });

  it('says No data rather than a number when there is none', () => {
    expect(hoverText(estimate, 'hle-male-2018', 314, none)).toBe('No data');
  });

  it('names a county figure as the county', () => {
    const area = makeArea({ code: code(3) });
    area.hle2018.female = { value: 62.1, level: 'county', source: { code: 'E10000017', name: 'Lancashire' } };
    expect(hoverText(area, 'hle-female-2018', 314, none)).toBe('62.1 years (Lancashire)');
  });

  it('gives the deprivation rank with its meaning, the category and the divergence class', () => {
    expect(hoverText(official, 'imd', 314, none)).toBe('IMD rank 25 of 314 (1 = most deprived)');
    expect(hoverText(official, 'luf', 314, none)).toBe('Priority category 1');
    const classes: DerivedClasses = { divergence: new Map([[official.code, 'priority-not-need']]), 'what-if': new Map([[official.code, 'leaves']]) };
    expect(hoverText(official, 'divergence', 314, classes)).toBe('Top priority, lower health need');
    expect(hoverText(official, 'what-if', 314, classes)).toBe('Would leave the top group');
    expect(hoverText(estimate, 'what-if', 314, classes)).toBe('Not ranked: a figure the weights use is missing');
  });
});
