import { describe, expect, it } from 'vitest';
import type { View } from '../data/view';
import { NO_INSETS, fitBoxWithin, frameBox, insetsClearOf, usableBox } from './framing';
import { fitBox, worldX, worldY, type LngLatBox, type Size } from './projection';

const ENGLAND: LngLatBox = [[-6.42, 49.86], [1.77, 55.82]];
const HARTLEPOOL: LngLatBox = [[-1.3, 54.63], [-1.14, 54.73]];

/** Where the box's corners land on screen, in pixels from the map's top-left corner. */
function onScreen(box: LngLatBox, view: View, size: Size): { left: number; top: number; right: number; bottom: number } {
  const x = (lng: number): number => worldX(lng, view.zoom) - worldX(view.lng, view.zoom) + size.width / 2;
  const y = (lat: number): number => worldY(lat, view.zoom) - worldY(view.lat, view.zoom) + size.height / 2;
  return { left: x(box[0][0]), right: x(box[1][0]), top: y(box[1][1]), bottom: y(box[0][1]) };
}

describe('fitBoxWithin', () => {
  it('is fitBox when nothing covers the map', () => {
    const size = { width: 800, height: 700 };
    const a = fitBoxWithin(ENGLAND, size, NO_INSETS, 20)!;
    const b = fitBox(ENGLAND, size, 20)!;
    expect(a.zoom).toBeCloseTo(b.zoom, 12);
    expect(a.lng).toBeCloseTo(b.lng, 12);
    expect(a.lat).toBeCloseTo(b.lat, 12);
  });

  it('centres the box in the visible part, not in the container', () => {
    const size = { width: 768, height: 884 };
    const view = fitBoxWithin(HARTLEPOOL, size, { ...NO_INSETS, bottom: 530 }, 60, 9)!;
    const box = onScreen(HARTLEPOOL, view, size);
    expect((box.top + box.bottom) / 2).toBeCloseTo((884 - 530) / 2, 6);
    expect((box.left + box.right) / 2).toBeCloseTo(384, 6);
  });

  it('gives up padding before it gives up the box where the visible part is small', () => {
    const view = fitBoxWithin(HARTLEPOOL, { width: 375, height: 300 }, { ...NO_INSETS, bottom: 200 }, 60, 14)!;
    const box = onScreen(HARTLEPOOL, view, { width: 375, height: 300 });
    // 100 px are left: a quarter of it as padding on each side, the box fills the 50 px between.
    expect(box.bottom - box.top).toBeCloseTo(50, 6);
    expect(box.top).toBeCloseTo(25, 6);
  });

  it('has no camera when panels leave nothing visible', () => {
    expect(fitBoxWithin(HARTLEPOOL, { width: 375, height: 300 }, { ...NO_INSETS, top: 150, bottom: 150 }, 60)).toBeNull();
  });
});

describe('frameBox keeps the framed box clear of the panels over the map', () => {
  it('England at 1280×900 is framed right of the legend (Cornwall was under it), not above it, which would cost more', () => {
    const size = { width: 785, height: 707 };
    const legend = { left: 10, top: 463, right: 314, bottom: 697 };
    const buttons = { left: 10, top: 10, right: 313, bottom: 54 };
    const plain = fitBox(ENGLAND, size, 20)!;
    const view = frameBox(ENGLAND, size, [legend, buttons], 20)!;
    // The box (the Isles of Scilly to Kent's coast) is 552 px wide at the plain zoom; 431 px are right of the legend.
    expect(view.zoom).toBeCloseTo(plain.zoom + Math.log2(431 / 552.2), 2);
    const box = onScreen(ENGLAND, view, size);
    expect(box.left).toBeGreaterThanOrEqual(314 + 20 - 1e-6);
    expect(box.right).toBeLessThanOrEqual(785 - 20 + 1e-6);
    // Before: centred, the box's west edge 116 px from the map's left edge, Cornwall under the legend.
    expect(onScreen(ENGLAND, plain, size).left).toBeCloseTo(116.2, 0);
  });

  it('Hartlepool at 768×1024 is framed above the open bottom sheet', () => {
    const size = { width: 768, height: 884 };
    const sheet = { left: 0, top: 354, right: 768, bottom: 884 };
    const view = frameBox(HARTLEPOOL, size, [sheet], 60, 9)!;
    const box = onScreen(HARTLEPOOL, view, size);
    expect(box.bottom).toBeLessThanOrEqual(354);
    expect(box.top).toBeGreaterThanOrEqual(0);
    // Centred in the container it sat at 442 px, under the sheet.
    expect((onScreen(HARTLEPOOL, fitBox(HARTLEPOOL, size, 60, 9)!, size).top + onScreen(HARTLEPOOL, fitBox(HARTLEPOOL, size, 60, 9)!, size).bottom) / 2).toBeCloseTo(442, 6);
  });

  it('cuts a full-width sheet from the bottom: no other side leaves any map', () => {
    const insets = insetsClearOf(HARTLEPOOL, { width: 375, height: 560 }, [{ left: 0, top: 336, right: 375, bottom: 560 }], 60, 9);
    expect(insets).toEqual({ top: 0, right: 0, bottom: 224, left: 0 });
  });

  it('ignores a panel beside the map (the side column on a desktop)', () => {
    const size = { width: 785, height: 707 };
    expect(insetsClearOf(ENGLAND, size, [{ left: 786, top: 0, right: 1265, bottom: 707 }], 20)).toEqual(NO_INSETS);
    expect(frameBox(ENGLAND, size, [{ left: 786, top: 0, right: 1265, bottom: 707 }], 20)).toEqual(fitBox(ENGLAND, size, 20));
  });

  it('frames on the whole map when the panels cover all of it', () => {
    const size = { width: 375, height: 560 };
    expect(frameBox(HARTLEPOOL, size, [{ left: 0, top: 0, right: 375, bottom: 560 }], 60, 9)).toEqual(fitBox(HARTLEPOOL, size, 60, 9));
  });
});

describe('usableBox', () => {
  it('reads [west, south, east, north] and refuses an empty or damaged box', () => {
    expect(usableBox([-1.3, 54.63, -1.14, 54.73])).toEqual(HARTLEPOOL);
    expect(usableBox([-1.3, 54.63, -1.3, 54.73])).toBeNull();
    expect(usableBox([Number.NaN, 54.63, -1.14, 54.73])).toBeNull();
    expect(usableBox(null)).toBeNull();
  });
});
