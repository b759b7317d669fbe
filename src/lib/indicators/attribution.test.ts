import { describe, expect, it } from 'vitest';
import { publisherLine } from './attribution';
import { indicator } from './catalogue';

describe('publisherLine', () => {
  it('credits the OS boundaries only where a map is drawn', () => {
    const plotted = [indicator('hle-male'), indicator('imd'), indicator('luf')];
    expect(publisherLine(plotted)).toBe('Sources: ONS, MHCLG, HM Treasury, DfT. Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.');
    expect(publisherLine(plotted, false)).toBe('Sources: ONS, MHCLG, HM Treasury, DfT. Open Government Licence v3.0.');
  });
});
