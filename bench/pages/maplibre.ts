// The app's map on its own (MapController, the app's data loading and colour scales, no Svelte UI), on the
// real boundaries or a synthetic finer geography. With ?strategy=naive the layer switch instead removes the
// GeoJSON source and adds it again with the colours baked into feature properties: the common simple
// approach, timed against feature-state in the same run.
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { MapController, type AreaProperties } from '../../src/lib/map/controller';
import { toMapGeometry } from '../../src/lib/data/load';
import { AREA_SOURCE, FILL_LAYER, HOVER_LAYER, NO_DATA_FILL, NO_DATA_LAYER, NO_DATA_PATTERN, REGION_SOURCE, SELECTED_LAYER, hatchImage } from '../../src/lib/map/style';
import {
  LAYER_IDS,
  districtColours,
  framesCaughtUp,
  expose,
  loadInputs,
  pageParams,
  piecesOf,
  pieceColours,
  regionOf,
  sizeContainer,
  type LayerId,
  type LoadTiming,
  type SwitchTiming,
} from './common';

const params = pageParams();
const container = document.getElementById('map')!;
sizeContainer(container, params);
const controller = new MapController({
  container,
  view: null,
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

type BakedProperties = AreaProperties & { colour: string | null; noData: boolean };

/** The naive strategy's layers: the app's six, reading properties instead of feature-state. */
function addNaiveLayers(target: MaplibreMap): void {
  target.addLayer({ id: FILL_LAYER, type: 'fill', source: AREA_SOURCE, paint: { 'fill-color': ['coalesce', ['get', 'colour'], NO_DATA_FILL] } });
  target.addLayer({
    id: NO_DATA_LAYER,
    type: 'fill',
    source: AREA_SOURCE,
    paint: { 'fill-pattern': NO_DATA_PATTERN, 'fill-opacity': ['case', ['boolean', ['get', 'noData'], false], 1, 0] },
  });
  target.addLayer({ id: 'area-borders', type: 'line', source: AREA_SOURCE, paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 1.2] } });
  target.addLayer({ id: HOVER_LAYER, type: 'line', source: AREA_SOURCE, paint: { 'line-color': '#000000', 'line-width': 2, 'line-opacity': ['case', ['boolean', ['get', 'hover'], false], 1, 0] } });
  target.addLayer({ id: SELECTED_LAYER, type: 'line', source: AREA_SOURCE, paint: { 'line-color': '#000000', 'line-width': 3.5, 'line-opacity': ['case', ['boolean', ['get', 'selected'], false], 1, 0] } });
}

function bake(areas: FeatureCollection<Geometry, AreaProperties>, colours: ReadonlyMap<string, string | null>): FeatureCollection<Geometry, BakedProperties> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((item) => {
      const colour = colours.get(item.properties.code) ?? null;
      return { ...item, properties: { ...item.properties, colour, noData: colour === null } };
    }),
  };
}

async function start(): Promise<{ timing: LoadTiming; switchLayer: (layer: LayerId) => Promise<SwitchTiming> }> {
  const { data, topology } = await loadInputs(params);
  const pieces = piecesOf(topology);
  const geometry = toMapGeometry(topology, regionOf(data, pieces));
  const first = pieceColours(pieces, districtColours(data, 'hle-male'));
  let timing: SwitchTiming;
  if (params.strategy === 'feature-state') {
    controller.paint(first);
    await controller.setGeometry(geometry);
    await controller.whenPainted();
    timing = await nextIdle(0);
  } else {
    await controller.whenLoaded();
    map.addImage(NO_DATA_PATTERN, hatchImage());
    map.addSource(AREA_SOURCE, { type: 'geojson', data: bake(geometry.areas, first) });
    map.addSource(REGION_SOURCE, { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: geometry.regionBorders } });
    addNaiveLayers(map);
    map.addLayer({ id: 'region-borders', type: 'line', source: REGION_SOURCE, paint: { 'line-color': '#4d4d4d', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2] } });
    timing = await nextIdle(0);
  }
  // Every layer's colours are ready before any switch is timed, in both strategies: the switch itself is
  // what is compared, not the scale arithmetic (which the app does in both cases anyway).
  const colours = new Map(LAYER_IDS.map((layer) => [layer, pieceColours(pieces, districtColours(data, layer))]));
  const switchLayer = async (layer: LayerId): Promise<SwitchTiming> => {
    const next = colours.get(layer)!;
    const begin = performance.now();
    const done = nextIdle(begin);
    if (params.strategy === 'feature-state') {
      controller.paint(next);
      // Many areas are recoloured over several frames: the switch is done at the idle after the last.
      await controller.whenPainted();
    } else {
      for (const id of [FILL_LAYER, NO_DATA_LAYER, 'area-borders', HOVER_LAYER, SELECTED_LAYER]) map.removeLayer(id);
      map.removeSource(AREA_SOURCE);
      map.addSource(AREA_SOURCE, { type: 'geojson', data: bake(geometry.areas, next) });
      addNaiveLayers(map);
      map.moveLayer('region-borders');
    }
    // Guarantees an `idle` even if nothing changed; when something did, a frame is already due anyway.
    map.triggerRepaint();
    return done;
  };
  return { timing: { ...timing, polygons: pieces.length }, switchLayer };
}

const started = start();
expose({
  loaded: started.then(({ timing }) => timing),
  switchLayer: async (layer) => (await started).switchLayer(layer),
});
