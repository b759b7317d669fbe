// Adding a geography is one entry in the geography list plus its tiles. These tests add a fixture one, the 2021
// lower layer super output areas under the neighbourhoods, to the list (and cut it a tiny tile set and a figures
// file) and check that every surface reading the list picks it up without being told: the link and its selected
// area, the hand-zoom switch and what it announces, the figures file the page fetches, the district panel's list
// of the areas inside, search, Sources, the files the pipeline writes, and the layers MapLibre is given.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { geographyTileSet } from '../../../scripts/pipeline/tiles';
import { geographyFiles, type GeographyOutput } from '../../../scripts/pipeline/buildGeography';
import type { AreaFeatures } from '../../../scripts/pipeline/layers';
import { boundaryCredits, GEOGRAPHIES, geographyByParam, isGeographyId, subAreaGeography, subGeographies, type Geography, type GeographyId } from '../data/geographies';
import type { NeighbourhoodFile } from '../data/neighbourhoods';
import { neighbourhoodColumn as column } from '../analysis/fixtures/neighbourhoodColumn';
import { hiddenPockets, hiddenPocketsMethod, hiddenPocketsSentence } from '../analysis/hiddenPockets';
import { insideDistrict, insideDistrictSentence, insideMembers, neighbourhoodClasses, neighbourhoodFacts } from '../analysis/neighbourhoods';
import { findPlaces, looksLikeNeighbourhood, subAreaItems } from '../search';
import { AppState } from '../state/app.svelte';
import { FakeBrowser } from '../state/fakeBrowser';
import { neighbourhoodData } from '../state/neighbourhoods.svelte';
import { DEFAULT_STATE, needsHistoryEntry, parseUrl, serialiseUrl } from '../state/url';
import { ViewState } from '../state/view.svelte';
import { geographyAfterZoom, ZoomGeography } from '../state/zoomGeography';
import { layerIds, NeighbourhoodLayer, type LayerMap } from './neighbourhoodLayer';
import type { BoundaryTiles } from './tileSource';

// The id type lists the real geographies; the fixture is one more, added only while these tests run.
const LSOA = 'lsoa2021' as GeographyId;
const FIXTURE: Geography = {
  id: LSOA,
  param: 'lsoa',
  onMainMap: true,
  singular: 'small area',
  plural: 'small areas',
  abbreviation: 'LSOA',
  count: 2,
  vintage: '2021',
  boundaries: 'Boundaries: ONS lower layer super output areas, 2021, made up for this test',
  codePattern: /^E01\d{6}$/,
  tileJson: 'geo/lsoa2021/tiles.json',
  sourceLayer: 'lsoa',
  idProperty: 'code',
  minZoom: 9,
  tileMaxZoom: 11,
  switchZoom: 11,
  parent: 'msoa2011',
  figuresFile: 'data/lsoa2021.json',
  figuresSource: 'Made-up figures by LSOA for this test.',
};

// Its figures file: two small areas in Hartlepool, one in Stockton.
const males = [61.2, 55.5, 58];
const FIGURES: NeighbourhoodFile = {
  schemaVersion: 1,
  geography: LSOA,
  codes: ['E01011954', 'E01011955', 'E01012000'],
  names: ['Hartlepool 001A', 'Hartlepool 001B', 'Stockton-on-Tees 001A'],
  districts: ['E06000001', 'E06000001', 'E06000004'],
  population: [1500, 1600, 1700],
  measures: {
    'hle-male': column(males, [2, 1, 1], [3, 1, 2]),
    'hle-female': column(males, [2, 1, 1], [3, 1, 2]),
    'le-male': column(males, [2, 1, 1], [3, 1, 2]),
    'le-female': column(males, [2, 1, 1], [3, 1, 2]),
  },
  source: 'Made up for this test',
};

const list = GEOGRAPHIES as Record<string, Geography>;
beforeAll(() => {
  list[LSOA] = FIXTURE;
});
afterAll(() => {
  delete list[LSOA];
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a geography added to the list', () => {
  it('is a geography, and a geography below the districts', () => {
    expect(isGeographyId('lsoa2021')).toBe(true);
    expect(subGeographies().map((g) => g.id)).toEqual(['msoa2011', 'lsoa2021']);
  });

  it('is named by its value in a link, and written back as it', () => {
    expect(geographyByParam('lsoa')?.id).toBe('lsoa2021');
    expect(parseUrl('?geo=lsoa', '').state.geo).toBe('lsoa2021');
    expect(parseUrl('?geo=lsoa', '').problems).toEqual([]);
    expect(serialiseUrl({ ...DEFAULT_STATE, geo: LSOA }).search).toBe('?geo=lsoa');
  });

  it('is switched to by zooming in past its switch zoom from its parent, and back to the parent below it', () => {
    const context = { geo: 'msoa2011', counterpart: true, optedOut: false } as const;
    expect(geographyAfterZoom(10, 11, context)).toBe('lsoa2021');
    expect(geographyAfterZoom(10, 10.9, context)).toBeNull();
    expect(geographyAfterZoom(11.5, 10.5, { ...context, geo: LSOA })).toBe('msoa2011');
  });

  it('is written into the link and announced by its own name when a hand zooms to it and away', () => {
    const browser = new FakeBrowser('/map/?geo=msoa');
    const said: string[] = [];
    const zoom = new ZoomGeography(new AppState(browser), (text) => said.push(text));
    zoom.zoomed(10, 11);
    expect(browser.entries.at(-1)).toBe('/map/?geo=lsoa');
    zoom.zoomed(11, 10);
    expect(browser.entries.at(-1)).toBe('/map/?geo=msoa');
    expect(said).toEqual(['Zoomed in: the map shows small areas (LSOAs). Zoom out for neighbourhoods.', 'Zoomed out: the map shows neighbourhoods.']);
  });

  it('has its selected area in the link under its own parameter, which shows its areas, and a bad code refused by its own name', () => {
    expect(parseUrl('?geo=lsoa&lsoa=e01011954', '')).toEqual({ state: { ...DEFAULT_STATE, geo: LSOA, subArea: { geography: LSOA, code: 'E01011954' } }, problems: [] });
    expect(parseUrl('?lsoa=E01011954', '').state.geo).toBe(LSOA);
    expect(serialiseUrl({ ...DEFAULT_STATE, geo: LSOA, subArea: { geography: LSOA, code: 'E01011954' } }).search).toBe('?geo=lsoa&lsoa=E01011954');
    expect(parseUrl('?geo=lsoa&lsoa=E02002483', '')).toEqual({
      state: { ...DEFAULT_STATE, geo: LSOA },
      problems: ['No small area (LSOA) has the code “E02002483”, so none is selected.'],
    });
    // A neighbourhood chosen while the map shows the small areas stays a neighbourhood, in its own parameter.
    expect(parseUrl('?geo=lsoa&msoa=E02002489', '').state).toMatchObject({ geo: LSOA, subArea: { geography: 'msoa2011', code: 'E02002489' } });
    expect(parseUrl('?msoa=E02002489&lsoa=E01011954', '')).toEqual({
      state: { ...DEFAULT_STATE, geo: 'msoa2011', subArea: { geography: 'msoa2011', code: 'E02002489' } },
      problems: ['The link selects two areas, E02002489 and E01011954; one can be selected at a time, so E02002489 is.'],
    });
    const neighbourhood = { ...DEFAULT_STATE, geo: LSOA, subArea: { geography: 'msoa2011' as GeographyId, code: 'E01011954' } };
    expect(needsHistoryEntry(neighbourhood, { ...neighbourhood, subArea: { geography: LSOA, code: 'E01011954' } })).toBe(true);
  });

  it('lets its selected area go when a hand zooms out to the neighbourhoods, which cannot show it', () => {
    const browser = new FakeBrowser('/map/?geo=lsoa&lsoa=E01011954');
    new ZoomGeography(new AppState(browser), () => undefined).zoomed(11, 10);
    expect(browser.entries.at(-1)).toBe('/map/?geo=msoa');
  });

  it('keeps the neighbourhood chosen when a hand zooms from it back up to the neighbourhoods', () => {
    const browser = new FakeBrowser('/map/?geo=lsoa&msoa=E02002489');
    new ZoomGeography(new AppState(browser), () => undefined).zoomed(11, 10);
    expect(browser.entries.at(-1)).toBe('/map/?geo=msoa&msoa=E02002489');
  });

  it('leaves a hand that turned the neighbourhoods off between their switch and its own still heard', () => {
    const app = new AppState(new FakeBrowser('/map/'));
    const zoom = new ZoomGeography(app, () => undefined);
    zoom.turnedOff(9);
    zoom.zoomed(9, 10);
    expect(app.url.geo).toBe('lad2020');
  });

  it('is never switched to by zooming where its entry has no switch zoom', () => {
    list[LSOA] = { ...FIXTURE, switchZoom: null };
    try {
      expect(geographyAfterZoom(10, 14, { geo: 'msoa2011', counterpart: true, optedOut: false })).toBeNull();
      // Nor does it move the zoom below which a hand that turned the neighbourhoods off is forgotten.
      const app = new AppState(new FakeBrowser('/map/'));
      const zoom = new ZoomGeography(app, () => undefined);
      zoom.turnedOff(9);
      zoom.zoomed(9, 10);
      expect(app.url.geo).toBe('lad2020');
      zoom.zoomed(10, 7);
      zoom.zoomed(7, 8);
      expect(app.url.geo).toBe('msoa2011');
    } finally {
      list[LSOA] = FIXTURE;
    }
  });

  it('has its codes searched for as the codes of a place below the districts', () => {
    expect(looksLikeNeighbourhood('E01011954')).toBe(true);
    expect(looksLikeNeighbourhood('e01 011 954')).toBe(true);
    expect(looksLikeNeighbourhood('E03011954')).toBe(false);
  });

  it('has its figures file fetched by the page from its entry, and a file of another geography refused', async () => {
    const fetched: string[] = [];
    const answers: Record<string, unknown> = { 'http://127.0.0.1/data/lsoa2021.json': FIGURES };
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return url in answers ? new Response(JSON.stringify(answers[url])) : new Response('', { status: 404 });
    });
    const data = neighbourhoodData(FIXTURE, 'http://127.0.0.1/map/');
    expect(neighbourhoodData(FIXTURE)).toBe(data);
    await data.load();
    expect(fetched).toEqual(['http://127.0.0.1/data/lsoa2021.json']);
    expect([data.file?.names, data.indexOf.get('E01011955'), data.error]).toEqual([FIGURES.names, 1, null]);

    const other = neighbourhoodData({ ...FIXTURE, id: 'lsoa2011' as GeographyId, figuresFile: 'data/lsoa2011.json' }, 'http://127.0.0.1/map/');
    answers['http://127.0.0.1/data/lsoa2011.json'] = FIGURES;
    await other.load();
    expect(other.error).toBe('the small area figures are damaged: data/lsoa2011.json (it holds the figures of lsoa2021, not lsoa2011)');
    const missing = neighbourhoodData({ ...FIXTURE, id: 'lsoa2001' as GeographyId, figuresFile: 'data/lsoa2001.json' }, 'http://127.0.0.1/map/');
    await missing.load();
    expect(missing.error).toBe('the small area figures could not be downloaded: data/lsoa2001.json (HTTP 404)');
  });

  it('is what the district panel lists inside a district while the map shows it, in its own words', () => {
    expect(subAreaGeography(LSOA)).toBe(FIXTURE);
    expect(subAreaGeography('lad2020')?.id).toBe('msoa2011');
    expect(insideMembers(FIGURES, 'hle-male', 'E06000001')).toEqual([
      { code: 'E01011955', index: 1, name: 'Hartlepool 001B', value: 55.5 },
      { code: 'E01011954', index: 0, name: 'Hartlepool 001A', value: 61.2 },
    ]);
    expect(insideDistrictSentence(insideDistrict(FIGURES, 'hle-male', 'E06000001'), 'Hartlepool', 'hle-male', FIXTURE)).toBe(
      "In Hartlepool, healthy life expectancy (males, 2009–13) ranges from 55.5 years (Hartlepool 001B) to 61.2 years (Hartlepool 001A) across its 2 small areas, a gap of 5.7 years; none of its small areas is in England's lowest tenth.",
    );
    expect(insideDistrictSentence(insideDistrict(FIGURES, 'hle-male', 'E06000002'), 'Middlesbrough', 'hle-male', FIXTURE)).toBe('No small area (LSOA) figures are held for Middlesbrough.');
    expect(neighbourhoodClasses(FIGURES, 'hle-male').title).toBe('Small areas: Healthy life expectancy (males, 2009–13)');
    const none = { ...FIGURES, measures: { ...FIGURES.measures, 'hle-male': column([null, null, null], [null, null, null], [null, null, null]) } };
    expect(neighbourhoodFacts(none, 'hle-male', 0, () => 'Hartlepool').figure).toBe('No figure: ONS published none for this small area');
  });

  it('is counted in its own words by what district averages hide, when its file is the one read', () => {
    const result = hiddenPockets(FIGURES, 'hle-male', [
      { code: 'E06000001', name: 'Hartlepool', luf: 1 },
      { code: 'E06000004', name: 'Stockton-on-Tees', luf: 2 },
    ]);
    expect(hiddenPocketsSentence(result)).toBe(
      "No district outside the Levelling Up Fund's priority category 1 has a small area in England's lowest tenth for healthy life expectancy (males, 2009–13).",
    );
    expect(hiddenPocketsMethod(result)).toBe(
      'The lowest tenth is the 0 small areas (LSOAs, 2021) ranked lowest of the 3 with a figure (ties at the cut included). People are ONS mid-2019 estimates for those small areas. Each small area figure is an estimate with its own 95% interval.',
    );
  });

  it('has an area chosen from the panel or search selected under its own parameter, with its district', () => {
    const browser = new FakeBrowser('/map/?geo=lsoa');
    const view = new ViewState(new AppState(browser), () => undefined);
    view.selectNeighbourhood('E01011954', 'E06000001', 'Hartlepool 001A', false);
    expect(browser.entries.at(-1)).toBe('/map/?area=E06000001&geo=lsoa&lsoa=E01011954');
    expect(view.announcement).toBe('Selected Hartlepool 001A.');
  });

  it('is searched by its code, its areas named with their district, and named when its names load or fail', () => {
    const items = subAreaItems(FIGURES, (code) => ({ E06000001: 'Hartlepool' })[code] ?? code);
    expect(items[0]).toEqual({ code: 'E01011954', name: 'Hartlepool 001A', district: 'E06000001', regionName: 'Small area in Hartlepool' });
    // Its code is looked for among its own areas, whichever geography the map shows.
    expect(findPlaces([], null, null, 'E01011954', 'lad2020')).toEqual({ results: [], message: 'Loading small areas…' });
    expect(findPlaces([], null, 'failed', 'Hartlepool 001', LSOA).message).toBe('Small area search is unavailable: the small area names could not be loaded.');
    expect(findPlaces([], null, items, 'e01 011 955', 'lad2020').results.map((r) => r.name)).toEqual(['Hartlepool 001B']);
  });

  it('has its boundaries credited in Sources', () => {
    expect(boundaryCredits().at(-1)).toBe(
      'Boundaries: ONS lower layer super output areas, 2021, made up for this test. Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
    );
  });

  it('has its tiles and figures file written by the pipeline at the paths in its entry, and stops a build that left it out', () => {
    const tiles = { tileJson: { name: 'fixture' }, tiles: [{ z: 9, x: 251, y: 160, data: new Uint8Array([1]) }] } as unknown as GeographyOutput['tiles'];
    const others: GeographyOutput[] = Object.values(GEOGRAPHIES)
      .filter((g) => g.id !== LSOA)
      .map((g) => ({ geography: g, tiles: { ...tiles, tiles: [] }, figuresJson: g.figuresFile === null ? null : '{}' }));
    expect(() => geographyFiles(others)).toThrow('The geography list and the tiles built differ: no tiles for lsoa2021.');
    const files = geographyFiles([...others, { geography: FIXTURE, tiles, figuresJson: '{"fixture":true}' }]);
    expect(files.slice(-3)).toEqual([
      { relPath: 'geo/lsoa2021/tiles.json', content: '{"name":"fixture"}' },
      { relPath: 'geo/lsoa2021/9/251/160.pbf', content: new Uint8Array([1]) },
      { relPath: 'data/lsoa2021.json', content: '{"fixture":true}' },
    ]);
  });

  it('is cut into tiles of its own layer at its own zooms, each area carrying its code', () => {
    const square = (code: string, west: number): AreaFeatures['features'][number] => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Polygon', coordinates: [[[west, 54.6], [west + 0.01, 54.6], [west + 0.01, 54.61], [west, 54.61], [west, 54.6]]] },
    });
    const areas: AreaFeatures = { type: 'FeatureCollection', features: [square('E01011954', -1.22), square('E01011955', -1.2)] };
    const { tileJson, tiles } = geographyTileSet(FIXTURE, areas, 'attribution', 1);
    expect([tileJson.name, tileJson.minzoom, tileJson.maxzoom, tileJson.vector_layers]).toEqual([
      'England small areas (lsoa2021)',
      9,
      11,
      [{ id: 'lsoa', description: 'One polygon per small area', fields: { code: 'GSS code' } }],
    ]);
    expect([...new Set(tiles.map((t) => t.z))]).toEqual([9, 10, 11]);
    const deepest = tiles.filter((t) => t.z === 11 && t.data.length > 0).map((t) => new VectorTile(new PbfReader(t.data)).layers.lsoa!);
    const codes = deepest.flatMap((layer) => Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties.code));
    expect([...new Set(codes)].sort()).toEqual(['E01011954', 'E01011955']);
  });

  it('is drawn on MapLibre from its own source and tile layer, from its own minimum zoom, under the district borders', () => {
    const sources: [string, unknown][] = [];
    const layers: [unknown, string | undefined][] = [];
    // Only what the layer calls while it is added; the rest of MapLibre's map is not needed here.
    const map = {
      addSource: (id: string, source: unknown) => void sources.push([id, source]),
      addLayer: (layer: unknown, before?: string) => void layers.push([layer, before]),
      getPaintProperty: () => '#404040',
      setPaintProperty: () => undefined,
      on: () => undefined,
    } as unknown as LayerMap;
    const tiles: BoundaryTiles = { tiles: ['http://127.0.0.1/geo/lsoa2021/{z}/{x}/{y}.pbf'], bounds: [-1.3, 54.5, -1.1, 54.7], minzoom: 9, maxzoom: 11 };
    new NeighbourhoodLayer(map, FIXTURE, tiles, { onHover: () => undefined, onClick: () => undefined });
    expect(layerIds(FIXTURE)).toEqual({ source: 'lsoa', fill: 'lsoa-fill', lines: 'lsoa-lines', selected: 'lsoa-selected' });
    expect(sources).toEqual([['lsoa', { type: 'vector', tiles: tiles.tiles, bounds: [-1.3, 54.5, -1.1, 54.7], minzoom: 9, maxzoom: 11, promoteId: { lsoa: 'code' } }]]);
    expect(layers.map(([layer, before]) => [layer, before])).toEqual([
      [expect.objectContaining({ id: 'lsoa-fill', type: 'fill', source: 'lsoa', 'source-layer': 'lsoa', minzoom: 9 }), 'area-borders'],
      [expect.objectContaining({ id: 'lsoa-lines', type: 'line', source: 'lsoa', 'source-layer': 'lsoa', minzoom: 9 }), 'area-borders'],
      [expect.objectContaining({ id: 'lsoa-selected', type: 'line', source: 'lsoa', 'source-layer': 'lsoa', minzoom: 9, filter: ['==', ['get', 'code'], ''] }), undefined],
    ]);
  });
});
