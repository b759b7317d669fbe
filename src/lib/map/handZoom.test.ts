import { describe, expect, it } from 'vitest';
import { watchHandZoom, type ZoomEvents } from './handZoom';

class FakeMap implements ZoomEvents {
  zoom = 5;
  listeners = new Set<(event: { originalEvent?: unknown }) => void>();
  getZoom(): number {
    return this.zoom;
  }
  on(_: 'moveend', listener: (event: { originalEvent?: unknown }) => void): void {
    this.listeners.add(listener);
  }
  off(_: 'moveend', listener: (event: { originalEvent?: unknown }) => void): void {
    this.listeners.delete(listener);
  }
  move(zoom: number, byHand: boolean): void {
    this.zoom = zoom;
    for (const listener of this.listeners) listener(byHand ? { originalEvent: new Event('click') } : {});
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
    expect(map.listeners.size).toBe(0);
  });
});
