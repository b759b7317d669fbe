// Every spec uses this `test`: it fails any test in which the page asked for something off this origin,
// logged a console error or threw an uncaught exception.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { TestHandle } from '../src/lib/testHandle';
import { linkNameOf, placeOf } from '../src/lib/indicators/measures';
import { isIndicatorId } from '../src/lib/indicators/catalogue';

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

interface Watch {
  offOrigin: string[];
  errors: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page }, use) => {
      const watch: Watch = { offOrigin: [], errors: [] };
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.offOrigin.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(message.text());
      });
      page.on('pageerror', (error) => watch.errors.push(`uncaught: ${error.message}`));
      await use(watch);
      expect(watch.offOrigin, 'requests that left the origin').toEqual([]);
      expect(watch.errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const AREA_COUNT = 314;

/** The page's test handle (src/lib/testHandle.ts), the one the bench reads too. */
interface MapHandle {
  healthGapMap?: TestHandle;
}

/** Waits until the map is idle with all 314 areas on it, each given a colour or marked as no data. */
export async function waitForColouredMap(page: Page): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const handle = (window as unknown as MapHandle).healthGapMap;
      const map = handle?.map;
      if (!handle || !map || !map.getSource('areas') || !map.loaded()) return false;
      const codes = handle.controller.areaCodes();
      return (
        codes.length === count &&
        codes.every((id) => {
          const state = map.getFeatureState({ source: 'areas', sourceLayer: 'areas', id });
          return typeof state.colour === 'string' || state.noData === true;
        })
      );
    },
    AREA_COUNT,
    { timeout: 30_000, polling: 100 },
  );
}

/** Distinct areas drawn in the current viewport with a colour or the no-data hatch. */
export async function renderedPaintedAreas(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (window as unknown as MapHandle).healthGapMap!.map;
    const features = map.queryRenderedFeatures({ layers: ['area-fill'] });
    return new Set(features.filter((f) => typeof f.state.colour === 'string' || f.state.noData === true).map((f) => String(f.id))).size;
  });
}

export async function featureState(page: Page, code: string): Promise<Record<string, unknown>> {
  return page.evaluate((id) => (window as unknown as MapHandle).healthGapMap!.map.getFeatureState({ source: 'areas', sourceLayer: 'areas', id }), code);
}

/** Screen position of a point (lng, lat) on the map canvas, relative to the page. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((ll) => (window as unknown as MapHandle).healthGapMap!.map.project(ll), lngLat);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map canvas not on screen');
  return { x: box.x + point.x, y: box.y + point.y };
}

export async function mapView(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as MapHandle).healthGapMap!.map;
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
  });
}

/** Points well inside some areas, for clicking. */
export const PLACES = {
  birmingham: { code: 'E08000025', name: 'Birmingham', lngLat: [-1.89, 52.48] as [number, number] },
  blackpool: { code: 'E06000009', name: 'Blackpool' },
  hartlepool: { code: 'E06000001', name: 'Hartlepool' },
  // Inside England's frame (which now leaves the legend room on the left), off the Yorkshire coast.
  northSea: { lngLat: [1.2, 53.9] as [number, number] },
};

/** The button that opens and closes the side panel's bottom sheet (hidden on wide screens). */
/** How many of a PNG's pixels are of each colour (`#rrggbb`), decoded by the page's own image decoder. */
export async function pngColours(page: Page, png: Buffer): Promise<{ counts: Map<string, number>; total: number }> {
  const counts = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const byColour: Record<string, number> = {};
    for (let i = 0; i < pixels.length; i += 4) {
      const hex = `#${[pixels[i]!, pixels[i + 1]!, pixels[i + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      byColour[hex] = (byColour[hex] ?? 0) + 1;
    }
    return byColour;
  }, png.toString('base64'));
  const entries = Object.entries(counts);
  return { counts: new Map(entries), total: entries.reduce((sum, [, n]) => sum + n, 0) };
}

/** Chooses a layer as a person does: its measure in the menu, then its period where the measure has several. */
export async function chooseLayer(page: Page, layer: string): Promise<void> {
  if (!isIndicatorId(layer)) {
    await page.getByTestId('layer-select').selectOption(layer);
    return;
  }
  const { measure } = placeOf(layer);
  await page.getByTestId('layer-select').selectOption(measure.id);
  if (measure.periods.length > 1) await page.getByTestId('period-select').selectOption(layer);
}

/** How a link names a layer: `hle-male&period=2022-24`, or `luf` for a measure of one period. */
export function linkName(layer: string): string {
  if (!isIndicatorId(layer)) return layer;
  const name = linkNameOf(layer);
  return name.period === null ? name.layer : `${name.layer}&period=${name.period}`;
}

/** Pretends the device has no WebGL at all: the page must work from its light map and say what it cannot draw. */
export async function withoutWebGl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
}

export function sheetToggle(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Details and analysis' }).getByRole('button', { name: /^(Show details and analysis|Hide panel)$/ });
}

/** A table's body rows: the ones headed by a row header, not the column headers. */
export function bodyRows(table: Locator): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader') });
}

/** On a phone the side panel is a bottom sheet: open it before using what is inside. */
export async function openSidePanel(page: Page): Promise<void> {
  const toggle = sheetToggle(page);
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Areas drawn hatched as no data in the current viewport (the hatch layer shows only where noData is set). */
export async function hatchedAreas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as MapHandle).healthGapMap!.map;
    const features = map.queryRenderedFeatures({ layers: ['area-no-data'] }).filter((f) => f.state.noData === true);
    return [...new Set(features.map((f) => String(f.id)))];
  });
}
