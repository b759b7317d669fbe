import { describe, expect, it } from 'vitest';
import { isIndicatorId } from '../indicators/catalogue';
import { NEIGHBOURHOOD_MEASURES, neighbourhoodCounterpart } from './neighbourhoods';

describe('the neighbourhood counterpart of a district layer', () => {
  it('is the same sex’s HLE 2009–13 for that measure and for the gap inside the district; other layers have none', () => {
    expect(['hle-male', 'hle-female', 'hle-male-msoa-gap', 'hle-female-msoa-gap', 'imd', 'hle-male-2022-24', 'what-if'].map(neighbourhoodCounterpart)).toEqual([
      'hle-male',
      'hle-female',
      'hle-male',
      'hle-female',
      null,
      null,
      null,
    ]);
  });

  it('names only layers the catalogue has', () => {
    expect(NEIGHBOURHOOD_MEASURES.flatMap((m) => m.districtLayers).filter((id) => !isIndicatorId(id))).toEqual([]);
  });
});
