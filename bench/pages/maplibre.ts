// The app's map on its own (MapController, the app's data loading and colour scales, no Svelte UI), on the
// real boundaries or a synthetic finer geography, read from vector tiles as the app reads them. With
// ?strategy=naive the map instead gets the whole geometry as a GeoJSON source, and the layer switch removes
// that source and adds it again with the colours baked into feature properties: the common simple approach,
// timed against feature-state in the same run.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { AreasFile } from '../../src/lib/data/types';
import { MapController } from '../../src/lib/map/controller';
import { loadBoundaryTiles } from '../../src/lib/map/tileSource';
import { AREA_SOURCE, FILL_LAYER, NO_DATA_FILL, NO_DATA_LAYER, NO_DATA_PATTERN, OUTLINE_LAYER, hatchImage } from '../../src/lib/map/style';
import {
  LAYER_IDS,
  boundariesUrl,
  districtColours,
  framesCaughtUp,
  expose,
  loadAreaList,
  loadInputs,
  pageParams,
  pieceColours,
  sizeContainer,
  type AreaFeatures,
  type LayerId,
  type LoadTiming,
  type Piece,
  type SwitchTiming,
} from './common';

/** The naive strategy's region borders, a GeoJSON source of their own. */
const REGION_SOURCE = 'regions';

const params = pageParams();
const container = document.getElementById('map')!;
sizeContainer(container, params);
// Feature-state: the page reads the tile list and the tiles are in the style, so the map asks for them in
// its first frame, as in the app. Naive: the sea alone, and the page adds its GeoJSON sources once it has
// the geometry.
const controller = new MapController({
  container,
  view: null,
  boundaries: params.strategy === 'feature-state' ? await loadBoundaryTiles(boundariesUrl(params)) : null,
  onHover: () => {},
  onClick: () => {},
  onViewChange: () => {},
  ...(params.paintBatch ? { paintBatch: params.paintBatch } : {}),
});
const map = controller.map;

/** Resolves once the next `idle` has been stamped and the frames have caught up. */
function nextIdle(start: number): Promise<SwitchTiming> {
  return new Promise((resolve) => {
    map.once('idle', () => {
      const idle = performance.now() - start;
      void framesCaughtUp(start).then((settled) => resolve({ idle, settled }));
    });
  });
}

type BakedProperties = AreaFeatures['features'][number]['properties'] & { colour: string | null; noData: boolean };

/** The naive strategy's layers: the app's, reading properties instead of feature-state. */
function addNaiveLayers(target: MaplibreMap): void {
  target.addLayer({ id: FILL_LAYER, type: 'fill', source: AREA_SOURCE, paint: { 'fill-color': ['coalesce', ['get', 'colour'], NO_DATA_FILL] } });
  target.addLayer({
    id: NO_DATA_LAYER,
    type: 'fill',
    source: AREA_SOURCE,
    paint: { 'fill-pattern': NO_DATA_PATTERN, 'fill-opacity': ['case', ['boolean', ['get', 'noData'], false], 1, 0] },
  });
  target.addLayer({ id: 'area-borders', type: 'line', source: AREA_SOURCE, paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 1.2] } });
  const baked = (key: string): ExpressionSpecification => ['boolean', ['get', key], false];
  target.addLayer({
    id: OUTLINE_LAYER,
    type: 'line',
    source: AREA_SOURCE,
    paint: { 'line-color': '#000000', 'line-width': ['case', baked('selected'), 3.5, baked('hover'), 2, 0], 'line-opacity': ['case', ['any', baked('selected'), baked('hover')], 1, 0] },
  });
}

function bake(areas: AreaFeatures, colours: ReadonlyMap<string, string | null>): FeatureCollection<Geometry, BakedProperties> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((item) => {
      const colour = colours.get(item.properties.code) ?? null;
      return { ...item, properties: { ...item.properties, colour, noData: colour === null } };
    }),
  };
}

interface Started {
  timing: LoadTiming;
  switchLayer: (layer: LayerId) => Promise<SwitchTiming>;
}

/** As the app: the figures and the list of areas, while the map fetches and draws the tiles on its own. */
async function startFeatureState(): Promise<Started> {
  const { data, pieces, bounds } = await loadAreaList(params);
  controller.paint(pieceColours(pieces, districtColours(data, 'hle-male')));
  await controller.setAreas(bounds);
  await controller.whenPainted();
  const timing = await nextIdle(0);
  return finish(data, pieces, timing, async (next) => {
    controller.paint(next);
    // Many areas are recoloured over several frames: the switch is done at the idle after the last.
    await controller.whenPainted();
  });
}

/** The whole geometry converted on the page and handed to the map as GeoJSON, colours baked in. */
async function startNaive(): Promise<Started> {
  const { data, pieces, geometry } = await loadInputs(params);
  await controller.whenLoaded();
  map.addImage(NO_DATA_PATTERN, hatchImage());
  map.addSource(AREA_SOURCE, { type: 'geojson', data: bake(geometry.areas, pieceColours(pieces, districtColours(data, 'hle-male'))) });
  map.addSource(REGION_SOURCE, { type: 'geojson', data: geometry.regionBorders });
  addNaiveLayers(map);
  map.addLayer({ id: 'region-borders', type: 'line', source: REGION_SOURCE, paint: { 'line-color': '#4d4d4d', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2] } });
  const timing = await nextIdle(0);
  return finish(data, pieces, timing, (next) => {
    for (const id of [FILL_LAYER, NO_DATA_LAYER, 'area-borders', OUTLINE_LAYER]) map.removeLayer(id);
    map.removeSource(AREA_SOURCE);
    map.addSource(AREA_SOURCE, { type: 'geojson', data: bake(geometry.areas, next) });
    addNaiveLayers(map);
    map.moveLayer('region-borders');
    return Promise.resolve();
  });
}

/** The layer switch, timed alike for both strategies; `recolour` resolves once the page's part is done. */
function finish(data: AreasFile, pieces: readonly Piece[], timing: SwitchTiming, recolour: (next: Map<string, string | null>) => Promise<void>): Started {
  // Every layer's colours are ready before any switch is timed, in both strategies: the switch itself is
  // what is compared, not the scale arithmetic (which the app does in both cases anyway).
  const colours = new Map(LAYER_IDS.map((layer) => [layer, pieceColours(pieces, districtColours(data, layer))]));
  const switchLayer = async (layer: LayerId): Promise<SwitchTiming> => {
    const next = colours.get(layer)!;
    const begin = performance.now();
    const done = nextIdle(begin);
    await recolour(next);
    // Guarantees an `idle` even if nothing changed; when something did, a frame is already due anyway.
    map.triggerRepaint();
    return done;
  };
  return { timing: { ...timing, polygons: pieces.length }, switchLayer };
}

const started = params.strategy === 'feature-state' ? startFeatureState() : startNaive();
expose({
  loaded: started.then(({ timing }) => timing),
  switchLayer: async (layer) => (await started).switchLayer(layer),
});
