import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_STATE, needsHistoryEntry, parseUrl, parseView, serialiseUrl, type UrlState } from './url';
import { LAYERS } from '../indicators/layers';
import { HEALTH_MEASURES } from '../indicators/catalogue';

const LAYER_IDS = LAYERS.map((entry) => entry.id);

describe('the compare parameter', () => {
  it('reads two to four codes in order, as written in a link', () => {
    const { state, problems } = parseUrl('?compare=E06000001,e08000010', '');
    expect(problems).toEqual([]);
    expect(state.compare).toEqual(['E06000001', 'E08000010']);
    expect(serialiseUrl(state).search).toBe('?compare=E06000001,E08000010');
  });

  it('drops a bad code with a notice, keeping the rest', () => {
    const known = new Set(['E06000001', 'E08000010']);
    const { state, problems } = parseUrl('?compare=E06000001,W06000001,E09999999,E08000010', '', known);
    expect(state.compare).toEqual(['E06000001', 'E08000010']);
    expect(problems).toEqual([
      'No English local authority has the code “W06000001”, so it is left out of the comparison.',
      'No English local authority has the code “E09999999”, so it is left out of the comparison.',
    ]);
  });

  it('keeps four, says which it left out, and drops repeats silently', () => {
    const { state, problems } = parseUrl('?compare=E06000001,E06000001,E06000002,E06000003,E06000004,E06000005,E06000006', '');
    expect(state.compare).toEqual(['E06000001', 'E06000002', 'E06000003', 'E06000004']);
    expect(problems).toEqual(['A comparison holds at most 4 areas, so E06000005, E06000006 are left out.']);
  });

  it('makes a history entry when the comparison changes', () => {
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, compare: ['E06000001'] })).toBe(true);
  });
});

describe('the embed parameter', () => {
  it('reads embed=1 and writes it last', () => {
    const { state, problems } = parseUrl('?embed=1&layer=imd&area=E06000009', '');
    expect(problems).toEqual([]);
    expect(serialiseUrl(state).search).toBe('?layer=imd&area=E06000009&embed=1');
  });

  it('shows the full page, with a notice, for any other value', () => {
    const { state, problems } = parseUrl('?embed=yes', '');
    expect(state.embed).toBe(false);
    expect(problems).toEqual(['The embed setting “yes” must be “1”, so the full page is shown.']);
  });
});

describe('parseUrl', () => {
  it('gives the default state for an empty URL, with no problems', () => {
    expect(parseUrl('', '')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  it('reads layer, area, definition and view', () => {
    const { state, problems } = parseUrl('?layer=imd&area=e06000009&health=hle-female-2022-24&pct=20&imd=fifth&cmp=median', '#7.5/53.8/-3.05');
    expect(problems).toEqual([]);
    expect(state).toEqual({
      layer: 'imd',
      mode: 'map',
      area: 'E06000009',
      definition: { health: 'hle-female-2022-24', needSize: 'share', percentile: 20, imdCut: 'fifth', comparison: 'median' },
      whatIf: DEFAULT_STATE.whatIf,
      view: { zoom: 7.5, lat: 53.8, lng: -3.05 },
      compare: [],
      embed: false,
      geo: 'lad2020',
      subArea: null,
    });
  });

  it('reads the neighbourhoods and a selected neighbourhood, which shows them', () => {
    expect(parseUrl('?geo=msoa', '').state).toMatchObject({ geo: 'msoa2011', subArea: null });
    expect(parseUrl('?msoa=e02002489', '').state).toMatchObject({ geo: 'msoa2011', subArea: { geography: 'msoa2011', code: 'E02002489' } });
    expect(serialiseUrl({ ...DEFAULT_STATE, geo: 'msoa2011', subArea: { geography: 'msoa2011', code: 'E02002489' }, area: 'E06000001' }).search).toBe('?area=E06000001&geo=msoa&msoa=E02002489');
  });

  it('falls back to the districts, with a notice, for an unknown geography or neighbourhood', () => {
    expect(parseUrl('?geo=lsoa', '')).toEqual({ state: DEFAULT_STATE, problems: ['There is no map geography called “lsoa”, so the map shows districts.'] });
    expect(parseUrl('?msoa=E06000001', '')).toEqual({ state: DEFAULT_STATE, problems: ['No neighbourhood (MSOA) has the code “E06000001”, so none is selected.'] });
  });

  it('falls back, with a notice, for an unknown layer', () => {
    const { state, problems } = parseUrl('?layer=rainfall', '');
    expect(state.layer).toBe('hle-male');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('rainfall');
  });

  it('rejects area codes that are malformed or not in the data', () => {
    expect(parseUrl('?area=W06000001', '').state.area).toBeNull();
    const known = new Set(['E06000009']);
    expect(parseUrl('?area=E06000010', '', known).state.area).toBeNull();
    expect(parseUrl('?area=E06000009', '', known).state.area).toBe('E06000009');
  });

  it('rejects percentiles outside 5–50 and non-integers', () => {
    for (const pct of ['0', '4', '51', '99', '30.5', 'abc', '-10', '1e1']) {
      const { state, problems } = parseUrl(`?pct=${pct}`, '');
      expect(state.definition.percentile, pct).toBe(30);
      expect(problems, pct).toHaveLength(1);
    }
  });

  it('uses the last of repeated keys', () => {
    expect(parseUrl('?layer=imd&layer=luf', '').state.layer).toBe('luf');
  });

  it('rejects views that are malformed or far from England', () => {
    for (const hash of ['#abc', '#7/53', '#7/53/-2/1', '#99/53/-2', '#7/0/0', '#7/NaN/1', '#7/53/-2e1', '#Infinity/53/-2']) {
      const { view, problem } = parseView(hash);
      expect(view, hash).toBeNull();
      expect(problem, hash).not.toBeNull();
    }
  });

  it('never echoes control characters or long input into a message', () => {
    const { problems } = parseUrl(`?layer=${encodeURIComponent('<script>alert(1)</script>\u0007' + 'x'.repeat(500))}`, '');
    expect(problems[0]!.length).toBeLessThan(200);
    expect(problems[0]).not.toContain('\u0007');
  });
});

describe('parseUrl: what each ignored part says, and where the limits are', () => {
  const only = (search: string, hash = '') => parseUrl(search, hash);

  it('names every ignored value and says what is used instead', () => {
    expect(only('?layer=rainfall').problems).toEqual(['There is no map layer called “rainfall”, so the default layer is shown.']);
    expect(only('?area=W06000001').problems).toEqual(['No English local authority has the code “W06000001”, so no area is selected.']);
    expect(only('?hle=imd').problems).toEqual(['“imd” is not a health measure the analysis can use, so it uses healthy life expectancy (males, 2009–13).']);
    expect(only('?pct=51').problems).toEqual(['The share “51” must be a whole number from 5 to 50, so high need is as many lowest areas as priority category 1 holds.']);
    expect(only('?imd=third').problems).toEqual(['The deprivation cut “third” must be “fifth” or “half”, so “half” is used.']);
    expect(only('?cmp=mean').problems).toEqual(['The comparison “mean” must be “england” or “median”, so the England value is used.']);
    expect(only('', '#abc').problems).toEqual(['The map view “#abc” is not a valid #zoom/latitude/longitude over England, so the map shows all of England.']);
  });

  it('keeps the default where a value is ignored', () => {
    expect(only('?hle=imd').state.definition.health).toBe('hle-male');
    expect(only('?imd=third').state.definition.imdCut).toBe('half');
    expect(only('?cmp=mean').state.definition.comparison).toBe('england');
  });

  it('accepts every value a link can carry, defaults included, without a notice', () => {
    expect(only('?imd=half&cmp=england&hle=hle-male')).toEqual({ state: DEFAULT_STATE, problems: [] });
    // A share, even the default 30%, chooses "lowest N%" over "as many as category 1 holds".
    expect(only('?pct=30')).toEqual({ state: { ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, needSize: 'share' } }, problems: [] });
    expect(only('?pct=5').state.definition.percentile).toBe(5);
    expect(only('?pct=50').state.definition.percentile).toBe(50);
  });

  it('treats an empty area as none, and reads a code with spaces around it', () => {
    expect(only('?area=')).toEqual({ state: DEFAULT_STATE, problems: [] });
    expect(only('?area=%20e06000009%20').state.area).toBe('E06000009');
  });

  it('takes the whole area code and nothing around it', () => {
    for (const raw of ['XE06000009', 'E060000091', 'E0600000']) {
      expect(only(`?area=${raw}`).state.area, raw).toBeNull();
    }
  });

  it('strips control characters from an echoed value and cuts it at 40 characters', () => {
    expect(only('?layer=a%07b').problems[0]).toBe('There is no map layer called “ab”, so the default layer is shown.');
    const forty = 'x'.repeat(40);
    expect(only(`?layer=${forty}`).problems[0]).toBe(`There is no map layer called “${forty}”, so the default layer is shown.`);
    expect(only(`?layer=${forty}yz`).problems[0]).toBe(`There is no map layer called “${forty}…”, so the default layer is shown.`);
  });
});

describe('parseView', () => {
  it('reads whole numbers and decimals', () => {
    expect(parseView('#7/53/-2')).toEqual({ view: { zoom: 7, lat: 53, lng: -2 }, problem: null });
    expect(parseView('')).toEqual({ view: null, problem: null });
  });

  it('accepts the edges of the allowed zoom, latitude and longitude, and nothing beyond them', () => {
    for (const hash of ['#3/53/-2', '#14/53/-2', '#7/47/-2', '#7/58/-2', '#7/53/-10', '#7/53/5']) {
      expect(parseView(hash).view, hash).not.toBeNull();
    }
    for (const hash of ['#2.99/53/-2', '#14.01/53/-2', '#7/46.99/-2', '#7/58.01/-2', '#7/53/-10.01', '#7/53/5.01']) {
      expect(parseView(hash).view, hash).toBeNull();
    }
  });

  it('takes plain decimals only, not the other forms Number() accepts', () => {
    for (const hash of ['#+7/53/-2', '#7e0/53/-2', '#7/53/', '#0x7/53/-2', '#7/ 53/-2']) {
      expect(parseView(hash).view, hash).toBeNull();
    }
  });
});

describe('the gap view in the URL', () => {
  it('opens for males unless the link says females, and round-trips', () => {
    expect(parseUrl('?view=gap', '')).toEqual({ state: { ...DEFAULT_STATE, gap: 'male' }, problems: [] });
    expect(parseUrl('?view=gap&sex=female', '')).toEqual({ state: { ...DEFAULT_STATE, gap: 'female' }, problems: [] });
    expect(serialiseUrl({ ...DEFAULT_STATE, gap: 'female' }).search).toBe('?view=gap&sex=female');
    expect(serialiseUrl({ ...DEFAULT_STATE, gap: 'male' }).search).toBe('?view=gap');
    expect(serialiseUrl({ ...DEFAULT_STATE, gap: 'male', layer: 'imd' }).search).toBe('?layer=imd&view=gap');
  });

  it('falls back, with a notice, for an unknown view or sex', () => {
    expect(parseUrl('?view=chart', '')).toEqual({ state: DEFAULT_STATE, problems: ['The view “chart” must be “map”, “table” or “gap”, so the map is shown.'] });
    expect(parseUrl('?view=gap&sex=both', '')).toEqual({
      state: { ...DEFAULT_STATE, gap: 'male' },
      problems: ['The sex “both” must be “male” or “female”, so the gap view shows males.'],
    });
  });

  it('holds the change map’s baseline, round-trip, only with the gap view', () => {
    expect(parseUrl('?view=gap&sex=male&change=2011-13', '')).toEqual({ state: { ...DEFAULT_STATE, gap: 'male', gapChange: '2011-13' }, problems: [] });
    expect(parseUrl('?view=gap&change=2018-20', '').state.gapChange).toBe('2018-20');
    expect(serialiseUrl({ ...DEFAULT_STATE, gap: 'female', gapChange: '2018-20' }).search).toBe('?view=gap&sex=female&change=2018-20');
    for (const search of ['?view=gap&change=2011-13', '?view=gap&sex=female&change=2018-20']) expect(serialiseUrl(parseUrl(search, '').state).search).toBe(search);
    // Without the gap view there is no change map to open.
    expect(parseUrl('?change=2011-13', '')).toEqual({ state: DEFAULT_STATE, problems: [] });
    expect(serialiseUrl({ ...DEFAULT_STATE, gapChange: '2011-13' }).search).toBe('');
    expect(needsHistoryEntry({ ...DEFAULT_STATE, gap: 'male' }, { ...DEFAULT_STATE, gap: 'male', gapChange: '2011-13' })).toBe(true);
    expect(needsHistoryEntry({ ...DEFAULT_STATE, gap: 'male', gapChange: '2011-13' }, { ...DEFAULT_STATE, gap: 'male', gapChange: '2018-20' })).toBe(true);
  });

  it('refuses a change baseline it does not know, with a notice, and shows the gap view without the map', () => {
    expect(parseUrl('?view=gap&change=2011–13', '')).toEqual({
      state: { ...DEFAULT_STATE, gap: 'male' },
      problems: ['The change “2011–13” must be “2011-13” or “2018-20”, so the gap view shows no change map.'],
    });
    expect(parseUrl('?view=gap&sex=female&change=2015', '').state).toEqual({ ...DEFAULT_STATE, gap: 'female' });
    // The upper-tier areas are a geography of the gap view only: the district map cannot be asked to draw them.
    expect(parseUrl('?geo=utla', '')).toEqual({ state: DEFAULT_STATE, problems: ['There is no map geography called “utla”, so the map shows districts.'] });
  });

  it('adds a history entry when it opens, closes or changes sex', () => {
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, gap: 'male' })).toBe(true);
    expect(needsHistoryEntry({ ...DEFAULT_STATE, gap: 'male' }, { ...DEFAULT_STATE, gap: 'female' })).toBe(true);
    expect(needsHistoryEntry({ ...DEFAULT_STATE, gap: 'male' }, DEFAULT_STATE)).toBe(true);
  });
});

describe('serialiseUrl', () => {
  it('leaves defaults out', () => {
    expect(serialiseUrl(DEFAULT_STATE)).toEqual({ search: '', hash: '' });
  });

  it('round-trips every layer with a view and a definition', () => {
    for (const layer of LAYER_IDS) {
      const state: UrlState = {
        layer,
        mode: 'table',
        area: 'E08000012',
        definition: { health: 'hle-female', needSize: 'share', percentile: 25, imdCut: 'fifth', comparison: 'median' },
        whatIf: DEFAULT_STATE.whatIf,
        view: { zoom: 8.25, lat: 53.4084, lng: -2.9916 },
        compare: ['E08000012', 'E06000001'],
        embed: true,
        geo: 'msoa2011',
        subArea: { geography: 'msoa2011', code: 'E02001234' },
      };
      const { search, hash } = serialiseUrl(state);
      expect(parseUrl(search, hash)).toEqual({ state, problems: [] });
    }
  });
});

describe('the one health measure: health=, and hle= from older links', () => {
  it('writes the measure as health= and reads it back', () => {
    const state: UrlState = { ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, health: 'health-index-2021' } };
    expect(serialiseUrl(state).search).toBe('?health=health-index-2021');
    expect(parseUrl('?health=health-index-2021', '')).toEqual({ state, problems: [] });
  });

  it('still reads an old hle= link, without a notice, and writes it back as health=', () => {
    const { state, problems } = parseUrl('?layer=divergence&hle=hle-female', '');
    expect(problems).toEqual([]);
    expect(state.definition.health).toBe('hle-female');
    expect(serialiseUrl(state).search).toBe('?layer=divergence&health=hle-female');
  });

  it('uses health= where an old link gave both, and says that both parts now share it', () => {
    const { state, problems } = parseUrl('?hle=hle-female&health=health-index-2021', '');
    expect(state.definition.health).toBe('health-index-2021');
    expect(problems).toEqual([
      'The link gives two health measures (“hle-female” for the divergence lists, “health-index-2021” for the what-if tool); both now use one, ONS Health Index, 2021.',
    ]);
    expect(parseUrl('?hle=hle-female&health=hle-female', '').problems).toEqual([]);
  });

  it('refuses the superseded 2018–20 figures as the measure, with a notice', () => {
    const { state, problems } = parseUrl('?hle=hle-male-2018', '');
    expect(state.definition.health).toBe('hle-male');
    expect(problems).toEqual([
      '“hle-male-2018” is not a health measure the analysis can use, so it uses healthy life expectancy (males, 2009–13).',
    ]);
  });
});

describe('the link holds map or table, and a share set but not in use', () => {
  it('writes view=table and reads it back; the map is the default and is left out', () => {
    const table = { ...DEFAULT_STATE, mode: 'table' as const };
    expect(serialiseUrl(table).search).toBe('?view=table');
    expect(parseUrl('?view=table', '')).toEqual({ state: table, problems: [] });
    expect(parseUrl('?view=map', '')).toEqual({ state: DEFAULT_STATE, problems: [] });
    expect(needsHistoryEntry(DEFAULT_STATE, table)).toBe(true);
  });

  it('says a view it cannot read and shows the map', () => {
    expect(parseUrl('?view=globe', '')).toEqual({ state: DEFAULT_STATE, problems: ['The view “globe” must be “map”, “table” or “gap”, so the map is shown.'] });
  });

  it('keeps the share while "as many as category 1 holds" is chosen', () => {
    const inactive: UrlState = { ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, needSize: 'category-1', percentile: 20 } };
    const { search } = serialiseUrl(inactive);
    expect(search).toBe('?pct=20&need=category-1');
    expect(parseUrl(search, '')).toEqual({ state: inactive, problems: [] });
    // The default share while category 1 is chosen is the default state: nothing to write.
    expect(serialiseUrl({ ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, needSize: 'category-1' } }).search).toBe('');
    expect(parseUrl('?pct=20&need=share', '').problems).toEqual(['The high-need size “share” must be “category-1” (or leave it out and give pct), so the share is used.']);
  });
});

describe('needsHistoryEntry', () => {
  it('pushes for layer, area and definition changes but not for camera moves', () => {
    const moved = { ...DEFAULT_STATE, view: { zoom: 7, lat: 52, lng: -1 } };
    expect(needsHistoryEntry(DEFAULT_STATE, moved)).toBe(false);
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, layer: 'imd' })).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, area: 'E06000001' })).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, percentile: 20 } })).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, geo: 'msoa2011' })).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, { ...DEFAULT_STATE, subArea: { geography: 'msoa2011', code: 'E02002489' } })).toBe(true);
  });

  it('pushes for a change of each part of the definition on its own', () => {
    const changed = (patch: Partial<UrlState['definition']>): UrlState => ({ ...DEFAULT_STATE, definition: { ...DEFAULT_STATE.definition, ...patch } });
    expect(needsHistoryEntry(DEFAULT_STATE, changed({ health: 'hle-female' }))).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, changed({ imdCut: 'fifth' }))).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, changed({ comparison: 'median' }))).toBe(true);
    expect(needsHistoryEntry(DEFAULT_STATE, changed({}))).toBe(false);
  });
});

describe('parseUrl on hostile input (property-based)', () => {
  const keys = fc.constantFrom('layer', 'area', 'hle', 'health', 'pct', 'imd', 'cmp', 'zoom', '', '__proto__', 'constructor');
  const values = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('NaN', 'Infinity', '-0', '1e308', '<script>alert(1)</script>', '%', '%E0%A4%A', 'hle-male', 'E06000009', '30', 'fifth'),
    fc.double().map(String),
    fc.bigInt().map(String),
  );
  const query = fc.array(fc.tuple(keys, values), { maxLength: 8 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
  const hash = fc.oneof(
    fc.string().map((s) => `#${s}`),
    fc.tuple(fc.double(), fc.double(), fc.double()).map(([z, a, b]) => `#${z}/${a}/${b}`),
    fc.constant(''),
  );

  it('always returns a valid state and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), hash, (search, h) => {
        const { state, problems } = parseUrl(search, h);
        expect(LAYER_IDS).toContain(state.layer);
        expect(HEALTH_MEASURES).toContain(state.definition.health);
        expect(state.area === null || /^E0[6-9]\d{6}$/.test(state.area)).toBe(true);
        expect(state.definition.percentile).toBeGreaterThanOrEqual(5);
        expect(state.definition.percentile).toBeLessThanOrEqual(50);
        expect(['fifth', 'half']).toContain(state.definition.imdCut);
        expect(['england', 'median']).toContain(state.definition.comparison);
        if (state.view) expect(Object.values(state.view).every(Number.isFinite)).toBe(true);
        for (const problem of problems) expect(problem.length).toBeLessThan(300);
        // What was parsed serialises and parses back to itself.
        const again = serialiseUrl(state);
        expect(parseUrl(again.search, again.hash).state.layer).toBe(state.layer);
      }),
      { numRuns: 3000 },
    );
    // 3,000 runs: on a busy shared machine that outlasts vitest's default 5 s, which is not what this tests.
  }, 60_000);
});
