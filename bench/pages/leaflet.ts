// The peer: the same boundaries, region lines and colours drawn with Leaflet (SVG, or Canvas with
// ?renderer=canvas), fitted to the same box in a container of the same size. The whole TopoJSON, converted
// on the page: Leaflet has no vector tiles of its own.
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { ENGLAND_BOUNDS, NO_DATA_FILL, SEA_COLOUR } from '../../src/lib/map/style';
import {
  LAYER_IDS,
  districtColours,
  expose,
  framesCaughtUp,
  loadInputs,
  nextFrames,
  pageParams,
  pieceColours,
  sizeContainer,
  type LayerId,
  type LoadTiming,
  type SwitchTiming,
} from './common';

const params = pageParams();
const container = document.getElementById('map')!;
sizeContainer(container, params);
container.style.background = SEA_COLOUR;
const renderer = params.renderer === 'canvas' ? L.canvas() : L.svg();
// zoomSnap 0 gives the same fractional fit as MapLibre, so both draw England at the same scale.
const map = L.map(container, { renderer, zoomSnap: 0, attributionControl: false });
map.fitBounds(
  [
    [ENGLAND_BOUNDS[0][1], ENGLAND_BOUNDS[0][0]],
    [ENGLAND_BOUNDS[1][1], ENGLAND_BOUNDS[1][0]],
  ],
  { padding: [20, 20], animate: false },
);

async function start(): Promise<{ timing: LoadTiming; switchLayer: (layer: LayerId) => Promise<SwitchTiming> }> {
  const { data, pieces, geometry } = await loadInputs(params);
  let painted = pieceColours(pieces, districtColours(data, 'hle-male'));
  const paths = new Map<string, L.Path>();
  L.geoJSON(geometry.areas, {
    style: (item) => ({ fillColor: painted.get(String(item?.properties.code)) ?? NO_DATA_FILL, fillOpacity: 1, color: '#ffffff', weight: 0.5, opacity: 1 }),
    onEachFeature: (item, layer) => paths.set(String(item.properties.code), layer as L.Path),
  }).addTo(map);
  L.geoJSON(geometry.regionBorders, { style: { color: '#4d4d4d', weight: 1, opacity: 1 }, interactive: false }).addTo(map);
  await nextFrames();
  const idle = performance.now();
  const settled = await framesCaughtUp(0);
  const colours = new Map(LAYER_IDS.map((layer) => [layer, pieceColours(pieces, districtColours(data, layer))]));
  const switchLayer = async (layer: LayerId): Promise<SwitchTiming> => {
    const next = colours.get(layer)!;
    const begin = performance.now();
    // Like the app's controller, only the areas whose colour changed are touched.
    for (const [code, path] of paths) {
      const colour = next.get(code) ?? null;
      if (colour !== painted.get(code)) path.setStyle({ fillColor: colour ?? NO_DATA_FILL });
    }
    painted = next;
    await nextFrames();
    const idle = performance.now() - begin;
    return { idle, settled: await framesCaughtUp(begin) };
  };
  return { timing: { idle, settled, polygons: pieces.length }, switchLayer };
}

const started = start();
expose({
  loaded: started.then(({ timing }) => timing),
  switchLayer: async (layer) => (await started).switchLayer(layer),
});
