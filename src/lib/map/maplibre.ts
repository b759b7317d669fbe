// MapLibre, ready to make a map: its worker script served from this site and its stylesheet. Every module
// that makes a map (the district map's controller, the gap view's change map) imports it from here, so the
// worker is set up once, in the chunk that loads MapLibre, whichever map comes first.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
// Started as soon as this module loads, which is when the page decides to start MapLibre (stage.ts): the
// worker fetches and compiles its script while the map is being made. `prewarm` also keeps the worker if
// the map is removed and made again.
maplibregl.prewarm();

export { maplibregl };
