import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../indicators/catalogue';
import { FIRST_VIEW_INDICATORS } from '../analysis/needs';
import { neededFor } from './needed';
import { DEFAULT_STATE, parseUrl } from './url';

const needed = (search: string) => [...neededFor(parseUrl(search, '').state)].sort();
const FIRST = [...FIRST_VIEW_INDICATORS].sort();

describe('neededFor', () => {
  it('the default view needs exactly the first-view file', () => {
    expect([...neededFor(DEFAULT_STATE)].sort()).toEqual(FIRST);
    expect(needed('')).toEqual(FIRST);
  });
  it('a link to a layer adds that period only', () => {
    expect(needed('?layer=imd-prop10')).toEqual([...FIRST, 'imd-prop10'].sort());
    expect(needed('?layer=hle-male&period=2022-24')).toEqual([...FIRST, 'hle-male-2022-24'].sort());
  });
  it('a definition naming another measure reads it in place of the default one', () => {
    expect(needed('?layer=divergence&health=hle-female')).toEqual(['health-index-2021', 'hle-female', 'imd', 'imd-score', 'luf', 'luf-awards', 'population-2019']);
    expect(needed('?health=hle-female')).toEqual([...FIRST, 'hle-female'].sort());
  });
  it('the table adds nothing beyond its layer', () => {
    expect(needed('?layer=towns-fund&mode=table')).toEqual([...FIRST, 'towns-fund'].sort());
  });
  it('an area or a comparison needs every indicator; the gap view reads its own file', () => {
    const all = INDICATORS.map((entry) => entry.id).sort();
    expect(needed('?area=E06000001')).toEqual(all);
    expect(needed('?compare=E06000001,E06000002')).toEqual(all);
    expect(needed('?view=gap&sex=female')).toEqual(FIRST);
  });
});
