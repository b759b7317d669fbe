// The structural promise behind fast layer switches: the boundaries are part of the style from the start,
// and recolouring is feature-state only. MapLibre is replaced by a recorder, so the test sees every call the controller makes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bounds } from '../data/types';
import { frameBox } from './framing';
import { fitBox } from './projection';

const recorder = vi.hoisted(() => {
  const calls: { method: string; args: unknown[] }[] = [];
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();

  /** Records every method the controller calls; answers the few whose results it reads. */
  class RecordingMap {
    touchZoomRotate = { disableRotation: (): void => undefined };
    constructor(...args: unknown[]) {
      calls.push({ method: 'constructor', args });
      // Any method not defined here is recorded and does nothing.
      return new Proxy(this, {
        get(target, key, receiver) {
          if (typeof key !== 'string' || key in target) return Reflect.get(target, key, receiver);
          return (...callArgs: unknown[]) => {
            calls.push({ method: key, args: callArgs });
            return undefined;
          };
        },
      });
    }
    loaded(): boolean {
      return true;
    }
    isStyleLoaded(): boolean {
      return true;
    }
    getContainer(): { clientWidth: number; clientHeight: number } {
      return { clientWidth: 800, clientHeight: 600 };
    }
    readonly canvas = { hidden: null as string | null, tabIndex: 0, setAttribute(name: string, value: string) { if (name === 'aria-hidden') this.hidden = value; } };
    getCanvas(): RecordingMap['canvas'] {
      return this.canvas;
    }
    on(type: string, ...rest: unknown[]): void {
      const handler = rest[rest.length - 1] as (...args: unknown[]) => void;
      listeners.set(type, [...(listeners.get(type) ?? []), handler]);
    }
    once(type: string, handler: (...args: unknown[]) => void): void {
      const wrapped = (...args: unknown[]): void => {
        listeners.set(type, (listeners.get(type) ?? []).filter((item) => item !== wrapped));
        handler(...args);
      };
      this.on(type, wrapped);
    }
    getSource(id: string): { setData: (data: unknown) => void } {
      calls.push({ method: 'getSource', args: [id] });
      return { setData: (data) => calls.push({ method: 'setData', args: [id, data] }) };
    }
  }

  return {
    calls,
    RecordingMap,
    /** Fires a map event, as MapLibre does at the end of each drawn frame for 'render'. */
    fire(type: string, event?: unknown): void {
      for (const handler of [...(listeners.get(type) ?? [])]) handler(event);
    },
    reset(): void {
      calls.length = 0;
      listeners.clear();
    },
  };
});

vi.mock('maplibre-gl', () => ({
  Map: recorder.RecordingMap,
  NavigationControl: class {},
  setWorkerUrl: () => undefined,
  prewarm: () => undefined,
}));

const { MapController, PAINT_BATCH } = await import('./controller');

/** Calls that would send geometry to the worker again or rebuild the layers. */
const GEOMETRY_CALLS = ['addSource', 'removeSource', 'setData', 'getSource', 'addLayer', 'removeLayer', 'setPaintProperty', 'setLayoutProperty', 'setFilter', 'setStyle'];

const TILES = {
  tiles: ['http://127.0.0.1:4173/geo/lad2020/{z}/{x}/{y}.pbf'],
  bounds: [-6.37, 49.88, 1.77, 55.82] as Bounds,
  minzoom: 0,
  maxzoom: 8,
};

function boxes(count: number): Map<string, Bounds> {
  return new Map(Array.from({ length: count }, (_, i) => [`E${String(i).padStart(8, '0')}`, [i, 0, i + 1, 1] as Bounds]));
}

function colours(codes: string[], pick: (index: number) => string | null): Map<string, string | null> {
  return new Map(codes.map((code, index) => [code, pick(index)]));
}

/** A controller on a stand-in container, with these areas named. */
async function controllerWithAreas(bounds: Map<string, Bounds>): Promise<InstanceType<typeof MapController>> {
  const controller = new MapController({
    container: {} as HTMLElement,
    view: null,
    onHover: () => undefined,
    onClick: () => undefined,
    onViewChange: () => undefined,
    boundaries: TILES,
  });
  await controller.setAreas(bounds);
  return controller;
}

async function controllerWith(count: number): Promise<{ controller: InstanceType<typeof MapController>; codes: string[] }> {
  const bounds = boxes(count);
  return { controller: await controllerWithAreas(bounds), codes: [...bounds.keys()] };
}

const methods = (): string[] => recorder.calls.map((call) => call.method);

describe('MapController recolouring', () => {
  beforeEach(() => recorder.reset());

  it('creates the map with the boundary tiles in its style, and never adds or resends geometry', async () => {
    await controllerWith(3);
    const [options] = recorder.calls.find((call) => call.method === 'constructor')!.args as [{ style: { sources: Record<string, unknown> } }];
    expect(options.style.sources).toEqual({ areas: { type: 'vector', ...TILES, promoteId: { areas: 'code' } } });
    expect(methods().filter((method) => GEOMETRY_CALLS.includes(method))).toEqual([]);
  });

  it('keeps its canvas from screen readers and the tab order: the table, search and lists carry the same figures', async () => {
    const { controller } = await controllerWith(1);
    const canvas = controller.map.getCanvas() as unknown as { hidden: string | null; tabIndex: number };
    expect([canvas.hidden, canvas.tabIndex]).toEqual(['true', -1]);
  });

  it('switches layers by feature-state alone: no source, data or layer call, and only changed areas touched', async () => {
    const { controller, codes } = await controllerWith(10);
    controller.paint(colours(codes, () => '#111111'));
    recorder.calls.length = 0;

    // Half the areas change colour, one loses its value.
    controller.paint(colours(codes, (i) => (i === 0 ? null : i % 2 === 0 ? '#222222' : '#111111')));

    expect(methods().filter((method) => GEOMETRY_CALLS.includes(method))).toEqual([]);
    const states = recorder.calls.filter((call) => call.method === 'setFeatureState');
    expect(states.map((call) => (call.args[0] as { id: string }).id)).toEqual(codes.filter((_, i) => i % 2 === 0));
    expect(states.every((call) => JSON.stringify(call.args[0]).startsWith('{"source":"areas","sourceLayer":"areas"'))).toBe(true);
    expect(states[0]?.args[1]).toEqual({ colour: null, noData: true });
    expect(states[1]?.args[1]).toEqual({ colour: '#222222', noData: false });
  });

  it('does nothing at all when the colours are unchanged', async () => {
    const { controller, codes } = await controllerWith(5);
    const same = colours(codes, () => '#333333');
    controller.paint(same);
    recorder.calls.length = 0;
    controller.paint(new Map(same));
    expect(recorder.calls).toEqual([]);
  });

  it('spreads a recolouring of very many areas over frames, still without touching the geometry', async () => {
    const count = PAINT_BATCH * 2 + 10;
    const { controller, codes } = await controllerWith(count);
    recorder.calls.length = 0;
    let painted = false;
    void controller.whenPainted().then(() => (painted = true));

    controller.paint(colours(codes, () => '#444444'));
    const stateCalls = (): number => recorder.calls.filter((call) => call.method === 'setFeatureState').length;
    expect(stateCalls()).toBe(PAINT_BATCH);
    recorder.fire('render');
    expect(stateCalls()).toBe(PAINT_BATCH * 2);
    recorder.fire('render');
    expect(stateCalls()).toBe(count);
    await Promise.resolve();
    expect(painted).toBe(true);
    expect(methods().filter((method) => GEOMETRY_CALLS.includes(method))).toEqual([]);
  });

  it('says the colours are drawn only at the idle after the last batch, not when they are handed over', async () => {
    const count = PAINT_BATCH + 5;
    const { controller, codes } = await controllerWith(count);
    let drawn = false;
    controller.paint(colours(codes, () => '#777777'));
    void controller.whenDrawn().then(() => (drawn = true));
    // An idle before the last batch went in is not the one that shows it.
    recorder.fire('idle');
    await Promise.resolve();
    expect(drawn).toBe(false);
    recorder.fire('render');
    await Promise.resolve();
    await Promise.resolve();
    // Every colour is handed over now, but no frame has shown them yet.
    expect(drawn).toBe(false);
    recorder.fire('idle');
    await Promise.resolve();
    await Promise.resolve();
    expect(drawn).toBe(true);
  });

  it('lets a newer recolouring replace the rest of one still being applied', async () => {
    const count = PAINT_BATCH + 5;
    const { controller, codes } = await controllerWith(count);
    controller.paint(colours(codes, () => '#555555'));
    // The first batch is on the map; the rest is superseded before the next frame.
    controller.paint(colours(codes, () => '#666666'));
    recorder.fire('render');
    recorder.fire('render');
    const lastColour = new Map<string, unknown>();
    for (const call of recorder.calls.filter((item) => item.method === 'setFeatureState')) {
      lastColour.set((call.args[0] as { id: string }).id, (call.args[1] as { colour: unknown }).colour);
    }
    expect(lastColour.size).toBe(count);
    expect([...lastColour.values()].every((colour) => colour === '#666666')).toBe(true);
  });
});

describe('MapController failures', () => {
  beforeEach(() => recorder.reset());

  it('names the boundary tile that could not be downloaded, and its status', () => {
    const failures: string[] = [];
    new MapController({
      container: {} as HTMLElement,
      view: null,
      boundaries: TILES,
      onHover: () => undefined,
      onClick: () => undefined,
      onViewChange: () => undefined,
      onFailure: (message) => failures.push(message),
    });
    recorder.fire('error', { sourceId: 'areas', error: { status: 404, url: 'http://127.0.0.1:4173/geo/lad2020/5/15/10.pbf', message: 'Not Found' } });
    expect(failures).toEqual(['the boundaries could not be downloaded: geo/lad2020/5/15/10.pbf (HTTP 404)']);
  });
});

describe('MapController flyTo', () => {
  beforeEach(() => recorder.reset());

  const framed = (): unknown[][] => recorder.calls.filter((call) => call.method === 'flyTo').map((call) => call.args);

  async function controllerWithBoxes(bounds: Map<string, Bounds>): Promise<InstanceType<typeof MapController>> {
    const controller = await controllerWithAreas(bounds);
    recorder.calls.length = 0;
    return controller;
  }

  it("frames the area's box, in the part of the map the panels leave visible", async () => {
    const controller = await controllerWithBoxes(new Map([['E06000001', [-1.3, 54.6, -1.1, 54.8] as Bounds]]));
    controller.flyTo('E06000001');
    const whole = fitBox([[-1.3, 54.6], [-1.1, 54.8]], { width: 800, height: 600 }, 60, 9)!;
    expect(framed()).toEqual([[{ center: [whole.lng, whole.lat], zoom: whole.zoom, animate: true, duration: 800 }]]);
    const sheet = { left: 0, top: 300, right: 800, bottom: 600 };
    controller.cover([sheet]);
    controller.flyTo('E06000001');
    const above = frameBox([[-1.3, 54.6], [-1.1, 54.8]], { width: 800, height: 600 }, [sheet], 60, 9)!;
    expect(above.lat).toBeLessThan(whole.lat);
    expect(framed()[1]).toEqual([{ center: [above.lng, above.lat], zoom: above.zoom, animate: true, duration: 800 }]);
  });

  it('leaves the camera alone for a box with no width, no height or a missing corner, and for an unknown area', async () => {
    const controller = await controllerWithBoxes(
      new Map([
        ['E06000001', [-1.2, 54.6, -1.2, 54.8] as Bounds],
        ['E06000002', [-1.3, 54.7, -1.1, 54.7] as Bounds],
        ['E06000003', [-1.3, 54.8, -1.1, 54.6] as Bounds],
        ['E06000004', [Number.NaN, 54.6, -1.1, 54.8] as Bounds],
        ['E06000005', [-1.3, 54.6, Number.POSITIVE_INFINITY, 54.8] as Bounds],
      ]),
    );
    for (const code of ['E06000001', 'E06000002', 'E06000003', 'E06000004', 'E06000005', 'E09999999']) controller.flyTo(code);
    expect(framed()).toEqual([]);
  });
});
