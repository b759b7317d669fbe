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

/**
 * What every map here shares: a flat, north-up map of England (no rotation, no tilt, one copy of the world),
 * no attribution box (the page credits its sources), no fades (layers are fills and lines, so `idle` comes
 * sooner), no antialiasing. The PNG export copies the canvas during a render event, so the drawing buffer
 * need not be kept.
 */
export const FLAT_MAP_OPTIONS = {
  attributionControl: false,
  fadeDuration: 0,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  renderWorldCopies: false,
  canvasContextAttributes: { antialias: false },
} as const satisfies Partial<maplibregl.MapOptions>;
