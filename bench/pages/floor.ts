// The floor: the same MapLibre bundle and map options as the app (MapController itself), with only the
// background layer and no data. Nothing the app adds can make its first frame come sooner than this.
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapController } from '../../src/lib/map/controller';
import { FLOOR_FIRST_PAINT, expose, framesCaughtUp, pageParams, sizeContainer } from './common';

const params = pageParams();
const container = document.getElementById('map')!;
sizeContainer(container, params);
const controller = new MapController({ container, view: null, boundaries: null, onHover: () => {}, onClick: () => {}, onViewChange: () => {} });
const map = controller.map;
// Its first paint: the frame after MapLibre's first render has begun, as the app marks its first coloured
// paint (src/lib/map/stage.ts) once the frame with its colours is out.
map.once('render', () => requestAnimationFrame(() => performance.mark(FLOOR_FIRST_PAINT)));

expose({
  loaded: new Promise((resolve) => {
    map.once('idle', () => {
      const idle = performance.now();
      void framesCaughtUp(0).then((settled) => resolve({ idle, settled, polygons: 0 }));
    });
  }),
  switchLayer: () => Promise.reject(new Error('the floor page has no layers')),
});
