// The SVG map paints first; MapLibre takes over on the same pixels.
import type { Page } from '@playwright/test';
import { AREA_COUNT, PLACES, expect, renderedPaintedAreas, test } from './fixtures';
import { countFills, legendKey, shownAt, shownAtPoint, svgFills, svgPoint } from './svgMap';

/** Holds every boundary tile until `release` is called, so MapLibre cannot draw (or be idle) before then. */
async function holdTiles(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/geo\/lad2020\/\d+\/\d+\/\d+\.pbf$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the map is coloured by the layer in the URL before MapLibre has drawn, and MapLibre then takes over with all 314 areas', async ({ page }) => {
  const release = await holdTiles(page);
  await page.goto('./?layer=imd');
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-renderer', 'svg');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'imd');
  const { colours, noData } = await legendKey(page);
  // Every district carries one of the legend's five colours, each of them used; none is hatched (IMD covers all 314).
  await expect.poll(async () => countFills(await svgFills(page), colours)).toMatchObject({ hatched: noData, other: 0 });
  const counts = countFills(await svgFills(page), colours);
  expect(counts.classes.reduce((a, b) => a + b, 0)).toBe(AREA_COUNT);
  expect(counts.classes.every((count) => count > 0)).toBe(true);
  // Blackpool is the most deprived district in IoD2019: the darkest class.
  expect((await svgFills(page))[PLACES.blackpool.code]).toBe(colours[0]);
  // What is on screen is the canvas: inside a district its pixel is that district's legend colour, and the
  // pointer there finds that district.
  const inside: [string, [number, number]][] = [
    ['E06000047', [-1.75, 54.7]], // County Durham
    ['E06000054', [-2.0, 51.3]], // Wiltshire
    ['E07000137', [0.1, 53.25]], // East Lindsey
    ['E06000057', [-2.1, 55.25]], // Northumberland
  ];
  for (const [code, place] of inside) {
    const shown = await shownAt(page, place);
    expect(shown, code).toEqual({ code, fill: shown.fill, pixel: shown.fill, alpha: 255 });
    expect(colours, code).toContain(shown.fill);
  }
  // No tile has arrived, so MapLibre (made by now or not) has drawn nothing and is not idle.
  expect(await page.evaluate(() => (window as unknown as { healthGapMap?: { map: { loaded(): boolean } } }).healthGapMap?.map.loaded() ?? false)).toBe(false);

  release();
  await expect(map).toHaveAttribute('data-renderer', 'maplibre', { timeout: 30_000 });
  await expect(page.getByTestId('svg-map')).toHaveCount(0);
  expect(await renderedPaintedAreas(page)).toBe(AREA_COUNT);
});

test.describe('at a tablet’s size, where the panel opens over the map', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  test('the SVG map framed again beside the opened panel keeps nothing of its last frame', async ({ page }) => {
    await holdTiles(page);
    await page.goto('./');
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
    const northumberland: [number, number] = [-2.1, 55.25];
    await expect.poll(async () => (await shownAt(page, northumberland)).code).toBe('E06000057');
    const before = await svgPoint(page, northumberland);
    await page.getByTestId('sheet-toggle').click();
    // England is framed again in the part of the map the panel leaves: Northumberland moves away from where it was.
    await expect.poll(async () => Math.hypot((await svgPoint(page, northumberland)).x - before.x, (await svgPoint(page, northumberland)).y - before.y)).toBeGreaterThan(50);
    await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
    // Where it was there is no district now, and the canvas there is empty, not the old picture.
    expect(await shownAtPoint(page, before)).toMatchObject({ code: null, alpha: 0 });
  });
});

test("the SVG map is drawn on MapLibre's pixels: districts land within 2 px of MapLibre's project(), on MapLibre's own framing of England", async ({ page }) => {
  const release = await holdTiles(page);
  await page.goto('./');
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
  // MapLibre is made (hidden, on the SVG map's camera) once the SVG map is coloured; its tiles are held back.
  await page.waitForFunction(() => (window as unknown as { healthGapMap?: unknown }).healthGapMap !== undefined, undefined, { timeout: 30_000 });
  const codes = ['E06000052', 'E06000057', 'E08000035', 'E07000143', 'E06000046', 'E09000033'];
  const result = await page.evaluate(async (codes) => {
    const map = (window as unknown as {
      healthGapMap: {
        map: {
          project(p: [number, number]): { x: number; y: number };
          getContainer(): HTMLElement;
          getZoom(): number;
          getCenter(): { lng: number; lat: number };
          cameraForBounds(b: [[number, number], [number, number]], o: { padding: { top: number; right: number; bottom: number; left: number } }): { zoom: number; center: { lng: number; lat: number } };
        };
      };
    }).healthGapMap.map;
    const areas = ((await (await fetch('data/areas.json')).json()) as { areas: { code: string; bounds: [number, number, number, number] }[] }).areas;
    const frame = map.getContainer().getBoundingClientRect();
    const svg = document.querySelector('[data-testid=svg-map]')!;
    const offsets = codes.map((code) => {
      const [west, south, east, north] = areas.find((area) => area.code === code)!.bounds;
      const nw = map.project([west, north]);
      const se = map.project([east, south]);
      const drawn = svg.querySelector(`path[data-code="${code}"]`)!.getBoundingClientRect();
      return {
        code,
        centre: Math.hypot(drawn.x + drawn.width / 2 - (frame.x + (nw.x + se.x) / 2), drawn.y + drawn.height / 2 - (frame.y + (nw.y + se.y) / 2)),
        size: Math.max(Math.abs(drawn.width - (se.x - nw.x)), Math.abs(drawn.height - (se.y - nw.y))),
      };
    });
    // England is framed clear of the legend in the bottom-left corner: cut from the left, where there is room.
    const legend = document.querySelector('[data-testid=legend]')!.getBoundingClientRect();
    const own = map.cameraForBounds([[-6.42, 49.86], [1.77, 55.82]], { padding: { top: 20, right: 20, bottom: 20, left: 20 + legend.right - frame.left } });
    // The other panels over the map (its buttons) may move England up or down, never into the legend's room.
    const west = map.project([-6.42, 55.82]);
    const east = map.project([1.77, 49.86]);
    return {
      offsets,
      zoomDifference: Math.abs(own.zoom - map.getZoom()),
      englandBox: { left: west.x, top: west.y, right: east.x, bottom: east.y },
      clearOfLegend: 20 + legend.right - frame.left,
      frame: { width: frame.width, height: frame.height },
    };
  }, codes);
  for (const offset of result.offsets) {
    expect(offset.centre, `${offset.code}: centre`).toBeLessThan(2);
    expect(offset.size, `${offset.code}: size`).toBeLessThan(2);
  }
  // The SVG map framed England at the zoom MapLibre's fitBounds would give it beside the legend, and inside the frame.
  expect(result.zoomDifference).toBeLessThan(1e-9);
  expect(result.englandBox.left).toBeGreaterThanOrEqual(result.clearOfLegend - 0.5);
  expect(result.englandBox.right).toBeLessThanOrEqual(result.frame.width - 19.5);
  expect(result.englandBox.top).toBeGreaterThanOrEqual(19.5);
  expect(result.englandBox.bottom).toBeLessThanOrEqual(result.frame.height - 19.5);
  release();
});
