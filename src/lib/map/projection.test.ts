import { describe, expect, it } from 'vitest';
import { fitBox, latAt, lngAt, viewBox, worldX, worldY } from './projection';

describe('Web Mercator on 512-pixel tiles', () => {
  it('puts 0°, 0° at the middle of the zoom-0 world and the Mercator limit at its top', () => {
    expect(worldX(0, 0)).toBe(256);
    expect(worldY(0, 0)).toBeCloseTo(256, 9);
    expect(worldY(85.0511287798, 0)).toBeCloseTo(0, 6);
    expect(worldX(-180, 3)).toBe(0);
  });

  it('inverts exactly', () => {
    expect(lngAt(worldX(-1.5, 7), 7)).toBeCloseTo(-1.5, 10);
    expect(latAt(worldY(53.8, 7), 7)).toBeCloseTo(53.8, 10);
  });
});

describe('fitBox', () => {
  const box: [[number, number], [number, number]] = [[-6.42, 49.86], [1.77, 55.82]];

  it('fits the tighter side exactly and centres on the Mercator middle of the box', () => {
    const view = fitBox(box, { width: 1000, height: 900 }, 20)!;
    const spanX = (worldX(1.77, view.zoom) - worldX(-6.42, view.zoom));
    const spanY = (worldY(49.86, view.zoom) - worldY(55.82, view.zoom));
    // England is taller than wide here: its height fills the 860 px left inside the padding.
    expect(spanY).toBeCloseTo(860, 6);
    expect(spanX).toBeLessThan(960);
    expect(worldY(view.lat, view.zoom)).toBeCloseTo((worldY(49.86, view.zoom) + worldY(55.82, view.zoom)) / 2, 6);
    // Not the middle latitude in degrees: Mercator stretches the north.
    expect(view.lat).not.toBeCloseTo((49.86 + 55.82) / 2, 2);
  });

  it('keeps within the zoom range and refuses a container with no room or an empty box', () => {
    expect(fitBox([[-0.1, 51.5], [-0.0999, 51.5001]], { width: 800, height: 600 }, 20, 9)!.zoom).toBe(9);
    expect(fitBox(box, { width: 30, height: 900 }, 20)).toBeNull();
    expect(fitBox([[1, 50], [1, 51]], { width: 800, height: 600 }, 20)).toBeNull();
  });
});

describe('viewBox', () => {
  it('shows the container size in pixels of the view zoom, centred on the camera', () => {
    const [x, y, width, height] = viewBox({ zoom: 5, lng: 0, lat: 0 }, { width: 800, height: 600 }, 8);
    expect([width, height]).toEqual([6400, 4800]);
    expect(x + width / 2).toBe(worldX(0, 8));
    expect(y + height / 2).toBeCloseTo(worldY(0, 8), 6);
  });
});
