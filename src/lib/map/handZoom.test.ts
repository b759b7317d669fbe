import { describe, expect, it } from 'vitest';
import { watchHandZoom, type ZoomEvents } from './handZoom';

type Listener = (event: { originalEvent?: unknown }) => void;

class FakeMap implements ZoomEvents {
  zoom = 5;
  listeners = { zoom: new Set<Listener>(), moveend: new Set<Listener>() };
  getZoom(): number {
    return this.zoom;
  }
  on(type: 'zoom' | 'moveend', listener: Listener): void {
    this.listeners[type].add(listener);
  }
  off(type: 'zoom' | 'moveend', listener: Listener): void {
    this.listeners[type].delete(listener);
  }
  /** A move to `zoom`: its zoom steps carry the input event when made by hand; its end carries it when `endByHand`. */
  move(zoom: number, byHand: boolean, endByHand = byHand): void {
    this.zoom = zoom;
    const input = { originalEvent: new Event('wheel') };
    for (const listener of this.listeners.zoom) listener(byHand ? input : {});
    for (const listener of this.listeners.moveend) listener(endByHand ? input : {});
  }
}

describe('watchHandZoom', () => {
  it('reports hand zooms from the zoom the last move ended at, and ignores the camera’s own moves and pans', () => {
    const map = new FakeMap();
    const seen: [number, number][] = [];
    const stop = watchHandZoom(map, (from, to) => seen.push([from, to]));
    map.move(7, false);
    map.move(8, true);
    map.move(8, true);
    map.move(6.5, true);
    stop();
    map.move(9, true);
    expect(seen).toEqual([
      [7, 8],
      [8, 6.5],
    ]);
    expect(map.listeners.zoom.size + map.listeners.moveend.size).toBe(0);
  });

  it('counts a wheel’s move whose end comes without the input event, and not a flight after it', () => {
    const map = new FakeMap();
    const seen: [number, number][] = [];
    watchHandZoom(map, (from, to) => seen.push([from, to]));
    map.move(7.6, true, false);
    map.move(8.1, true, false);
    map.move(5, false);
    expect(seen).toEqual([
      [5, 7.6],
      [7.6, 8.1],
    ]);
  });

  it('counts a move whose end carries the input event, though its zoom steps did not', () => {
    const map = new FakeMap();
    const seen: [number, number][] = [];
    watchHandZoom(map, (from, to) => seen.push([from, to]));
    map.move(6, false, true);
    expect(seen).toEqual([[5, 6]]);
  });
});
