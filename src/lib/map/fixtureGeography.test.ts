// Adding a geography is one entry in the geography list plus its tiles. These tests add a fixture one, the 2021
// lower layer super output areas under the neighbourhoods, to the list (and cut it a tiny tile set) and check
// that every surface reading the list picks it up without being told: the link, the hand-zoom switch and what it
// announces, search, the tiles the pipeline cuts, and the layers MapLibre is given.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geographyTileSet } from '../../../scripts/pipeline/tiles';
import type { AreaFeatures } from '../../../scripts/pipeline/layers';
import { GEOGRAPHIES, geographyByParam, isGeographyId, subGeographies, type Geography, type GeographyId } from '../data/geographies';
import { looksLikeNeighbourhood } from '../search';
import { AppState } from '../state/app.svelte';
import { FakeBrowser } from '../state/fakeBrowser';
import { DEFAULT_STATE, parseUrl, serialiseUrl } from '../state/url';
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

const list = GEOGRAPHIES as Record<string, Geography>;
beforeAll(() => {
  list[LSOA] = FIXTURE;
});
afterAll(() => {
  delete list[LSOA];
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
