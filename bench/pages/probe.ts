// Injected into every bench page before its own scripts run (Playwright addInitScript). It records long
// main-thread tasks from the very start, and, on the app, takes hold of the map the moment App.svelte
// publishes window.healthGapMap, so that load, switch and selection times are stamped inside the page by
// map events rather than by polling from outside.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { FIRST_COLOURED_PAINT } from '../../src/lib/map/renderer';
import { FLOOR_FIRST_PAINT, framesCaughtUp } from './frames';

interface AppHandle {
  controller: { areaCodes(): string[]; setAreas(bounds: ReadonlyMap<string, unknown>): Promise<void> };
  map: MaplibreMap;
}

interface Timing {
  idle: number;
  /** Until frames flow at the display rate again: the change is on screen (frames.ts). */
  settled: number;
}

interface LongTask {
  start: number;
  duration: number;
}

const longTasks: LongTask[] = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // A browser without the Long Tasks API: the bench reports no figure rather than a wrong one.
}

const marks: Record<string, number> = {};

// When MapLibre's worker is created and first answers: its start-up is on the critical path of the first
// coloured frame, so the bench reports it.
const NativeWorker = window.Worker;
window.Worker = class extends NativeWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    marks.workerCreated ??= performance.now();
    this.addEventListener('message', () => (marks.workerFirstMessage ??= performance.now()), { once: true });
  }
};
let handle: AppHandle | undefined;
let stateCalls = 0;
let lastSelected: { id: string; at: number } | null = null;
let resolveLoaded: (timing: Timing) => void = () => {};
const appLoaded = new Promise<Timing>((resolve) => (resolveLoaded = resolve));

function allColoured(app: AppHandle): boolean {
  if (!app.map.getSource('areas')) return false;
  const codes = app.controller.areaCodes();
  return (
    codes.length > 0 &&
    codes.every((id) => {
      const state = app.map.getFeatureState({ source: 'areas', sourceLayer: 'areas', id });
      return typeof state.colour === 'string' || state.noData === true;
    })
  );
}

function attach(app: AppHandle): void {
  const map = app.map;
  marks.mapCreated ??= performance.now();
  // The boundaries are in the style, their tile list read by the page: the style loads, the source is ready
  // (tileJsonLoaded), the map asks for the tiles in view (the worker fetches them), the first arrives, all
  // have; meanwhile the page reads areas.json and names the areas (setAreas), which lets the colours go on.
  map.once('style.load', () => (marks.styleLoad ??= performance.now()));
  map.once('load', () => (marks.mapLoad ??= performance.now()));
  map.once('render', () => (marks.firstRender ??= performance.now()));
  map.on('sourcedataloading', (event) => {
    if (event.sourceId === 'areas' && event.coord) marks.firstTileRequest ??= performance.now();
  });
  map.on('sourcedata', (event) => {
    if (event.sourceId !== 'areas') return;
    if (event.sourceDataType === 'metadata') marks.tileJsonLoaded ??= performance.now();
    if (event.coord) marks.firstTileLoaded ??= performance.now();
    if (event.isSourceLoaded) marks.areasSourceLoaded ??= performance.now();
  });
  const setAreas = app.controller.setAreas.bind(app.controller);
  app.controller.setAreas = (bounds) => {
    marks.setAreas ??= performance.now();
    return setAreas(bounds);
  };
  const setFeatureState = map.setFeatureState.bind(map);
  map.setFeatureState = (feature, state) => {
    stateCalls += 1;
    marks.firstFeatureState ??= performance.now();
    if (state.selected === true) lastSelected = { id: String(feature.id), at: performance.now() };
    return setFeatureState(feature, state);
  };
  const onIdle = (): void => {
    if (!allColoured(app)) return;
    map.off('idle', onIdle);
    const idle = performance.now();
    void framesCaughtUp(0).then((settled) => resolveLoaded({ idle, settled }));
  };
  map.on('idle', onIdle);
}

Object.defineProperty(window, 'healthGapMap', {
  configurable: true,
  enumerable: true,
  get: () => handle,
  set: (value: AppHandle) => {
    const fresh = value.map !== handle?.map;
    handle = value;
    if (fresh) attach(value);
  },
});

function app(): AppHandle {
  if (!handle) throw new Error('the app has not published window.healthGapMap');
  return handle;
}

/** Resolves once the map is idle and the frames have caught up, so the next measurement starts quiet. */
function settle(): Promise<void> {
  const map = app().map;
  return new Promise((resolve) => {
    map.once('idle', () => void framesCaughtUp(0).then(() => resolve()));
    map.triggerRepaint();
  });
}

/** Shows `layer` by choosing `menu` in the measure menu, or (`menu` null) `layer` in the period control. */
function switchLayer(layer: string, menu: string | null): Promise<Timing & { stateCalls: number }> {
  const map = app().map;
  const select = document.querySelector<HTMLSelectElement>(`[data-testid=${menu === null ? 'period-select' : 'layer-select'}]`);
  const value = menu ?? layer;
  if (!select) return Promise.reject(new Error(`no ${menu === null ? 'period' : 'layer'} select`));
  if (![...select.options].some((option) => option.value === value)) return Promise.reject(new Error(`no option ${value}`));
  if (select.value === value) return Promise.reject(new Error(`${value} is already chosen`));
  return new Promise((resolve, reject) => {
    const before = stateCalls;
    let begin = 0;
    const onIdle = (): void => {
      // An idle before the new colours were set (or before the legend followed) is not the one we want.
      if (stateCalls === before) return;
      if (document.querySelector('[data-testid=legend]')?.getAttribute('data-layer') !== layer) return;
      const idle = performance.now() - begin;
      map.off('idle', onIdle);
      clearTimeout(timer);
      void framesCaughtUp(begin).then((settled) => resolve({ idle, settled, stateCalls: stateCalls - before }));
    };
    const timer = setTimeout(() => {
      map.off('idle', onIdle);
      reject(new Error(`no idle with ${layer}'s colours within 30 s`));
    }, 30_000);
    map.on('idle', onIdle);
    select.value = value;
    begin = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** How many areas the map has drawn: feature-state alone would not show tiles that never arrived. */
function drawnAreas(): { drawn: number; named: number } {
  const map = app().map;
  const drawn = new Set(map.queryRenderedFeatures({ layers: ['area-fill'] }).map((feature) => feature.properties.code));
  return { drawn: drawn.size, named: app().controller.areaCodes().length };
}

/**
 * Where on the page (lng, lat) is, in whole pixels as a pointer reports it, and the area drawn there; null
 * if something else is on top or the point is within a few pixels of a boundary (a click could land either
 * side of it).
 */
function areaAt(lng: number, lat: number): { x: number; y: number; code: string } | null {
  const map = app().map;
  const projected = map.project([lng, lat]);
  const rect = map.getCanvas().getBoundingClientRect();
  const x = Math.round(rect.left + projected.x);
  const y = Math.round(rect.top + projected.y);
  if (document.elementFromPoint(x, y) !== map.getCanvas()) return null;
  const px = x - rect.left;
  const py = y - rect.top;
  const hits = map.queryRenderedFeatures(
    [
      [px - 3, py - 3],
      [px + 3, py + 3],
    ],
    { layers: ['area-fill'] },
  );
  const codes = new Set(hits.map((hit) => hit.properties?.code));
  const code = [...codes][0];
  return codes.size === 1 && typeof code === 'string' ? { x, y, code } : null;
}

let selection: Promise<{ panel: number; outline: number; done: number }> | null = null;

/** Starts watching for `code` to be selected by the next click; read the result with selectionResult(). */
function armSelection(code: string): void {
  const map = app().map;
  selection = new Promise((resolve, reject) => {
    let start: number | null = null;
    let panelAt: number | null = null;
    let outlineAt: number | null = null;
    const finish = (): void => {
      if (start === null || panelAt === null || outlineAt === null) return;
      observer.disconnect();
      map.off('idle', onIdle);
      clearTimeout(timer);
      resolve({ panel: panelAt - start, outline: outlineAt - start, done: Math.max(panelAt, outlineAt) - start });
    };
    const panelShown = (): boolean => document.querySelector(`[data-testid=area-panel][data-code="${code}"]`) !== null;
    const observer = new MutationObserver(() => {
      if (start !== null && panelAt === null && panelShown()) {
        panelAt = performance.now();
        finish();
      }
    });
    const onIdle = (): void => {
      if (start === null || outlineAt !== null || lastSelected?.id !== code || lastSelected.at < start) return;
      outlineAt = performance.now();
      finish();
    };
    const timer = setTimeout(() => reject(new Error(`${code} was not selected within 30 s`)), 30_000);
    window.addEventListener('click', () => (start = performance.now()), { capture: true, once: true });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-code'] });
    map.on('idle', onIdle);
  });
}

function maxLongTask(from: number, to: number): number {
  return longTasks.filter((task) => task.start + task.duration > from && task.start < to).reduce((max, task) => Math.max(max, task.duration), 0);
}

function resources(): { name: string; start: number; end: number; transfer: number; encoded: number; decoded: number }[] {
  return performance.getEntriesByType('resource').map((entry) => {
    const timing = entry as PerformanceResourceTiming;
    return {
      name: timing.name,
      start: timing.startTime,
      end: timing.responseEnd,
      transfer: timing.transferSize,
      encoded: timing.encodedBodySize,
      decoded: timing.decodedBodySize,
    };
  });
}

/**
 * The probe's own marks, with the pages' User Timing marks: the first coloured paint (the app, whichever
 * renderer drew it; its renderer as a number: 0 SVG, 1 MapLibre) and the floor's first paint. Both marks are
 * set when the main thread has produced the frame; under load the compositor can present it later, and never
 * before the page's first contentful paint (which an SVG or a drawn canvas counts as), so the later of the
 * two is taken as the moment it was on screen.
 */
function allMarks(): Record<string, number> {
  const coloured = performance.getEntriesByName(FIRST_COLOURED_PAINT, 'mark')[0] as PerformanceMark | undefined;
  const floor = performance.getEntriesByName(FLOOR_FIRST_PAINT, 'mark')[0];
  const contentful = performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime;
  const onScreen = (mark: number): number => Math.max(mark, contentful ?? mark);
  return {
    ...marks,
    ...(contentful === undefined ? {} : { firstContentfulPaint: contentful }),
    ...(coloured ? { firstColouredPaint: onScreen(coloured.startTime), firstColouredFrame: coloured.startTime, firstColouredPaintByMapLibre: coloured.detail === 'maplibre' ? 1 : 0 } : {}),
    ...(floor ? { floorFirstPaint: onScreen(floor.startTime) } : {}),
  };
}

(window as unknown as { bench: object }).bench = {
  appLoaded,
  marks,
  allMarks,
  longTasks,
  settle,
  switchLayer,
  areaAt,
  drawnAreas,
  armSelection,
  selectionResult: () => selection ?? Promise.reject(new Error('armSelection was not called')),
  maxLongTask,
  resources,
  now: () => performance.now(),
};
