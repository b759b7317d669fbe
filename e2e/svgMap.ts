// Reading the SVG map (src/lib/map/canvasRenderer.ts) from a test: where a place is on screen, and the fill of
// every area.
import type { Page } from '@playwright/test';
import { worldX, worldY } from '../src/lib/map/projection';

/** Screen position of (lng, lat) on the SVG map, through the SVG's own transform from its path units. */
export async function svgPoint(page: Page, [lng, lat]: [number, number]): Promise<{ x: number; y: number }> {
  const zoom = await page.evaluate(async () => ((await (await fetch('geo/lad2020.svg.json')).json()) as { zoom: number }).zoom);
  return page.getByTestId('svg-map').evaluate(
    (svg, world) => {
      const matrix = (svg as SVGSVGElement).getScreenCTM()!;
      const point = new DOMPoint(world.x, world.y).matrixTransform(matrix);
      return { x: point.x, y: point.y };
    },
    { x: worldX(lng, zoom), y: worldY(lat, zoom) },
  );
}

/** What an area hatched as having no data reads as in svgFills. */
export const HATCHED = 'no data';

/** Every district's fill on the SVG map: a colour, HATCHED, or null before it has one. */
export async function svgFills(page: Page): Promise<Record<string, string | null>> {
  return page
    .getByTestId('svg-map')
    .evaluate((svg, hatched) => Object.fromEntries([...svg.querySelectorAll('path[data-code]:not([data-testid])')].map((path) => [path.getAttribute('data-code'), path.hasAttribute('data-no-data') ? hatched : path.getAttribute('fill')])), HATCHED);
}

/** The legend's class colours, darkest (worst) first, and its no-data count. */
export async function legendKey(page: Page): Promise<{ colours: string[]; noData: number }> {
  const colours = await page.getByTestId('legend-class').evaluateAll((items) => items.map((item) => item.getAttribute('data-colour')!));
  const noData = Number((await page.getByTestId('legend-no-data').innerText()).match(/(\d+)\s*$/)?.[1]);
  return { colours, noData };
}

/** How many areas the SVG map fills with each of `colours`, how many it hatches, and how many have no fill yet. */
export function countFills(fills: Record<string, string | null>, colours: readonly string[]): { classes: number[]; hatched: number; other: number } {
  const values = Object.values(fills);
  const classes = colours.map((colour) => values.filter((fill) => fill === colour).length);
  const hatched = values.filter((fill) => fill === HATCHED).length;
  return { classes, hatched, other: values.length - hatched - classes.reduce((a, b) => a + b, 0) };
}

/**
 * What is on screen at (lng, lat) on the SVG map: the district the pointer would hit there, the fill its
 * path carries, and the canvas pixel under it (#rrggbb, and its opacity, 0–255).
 */
export async function shownAt(page: Page, place: [number, number]): Promise<{ code: string | null; fill: string | null; pixel: string; alpha: number }> {
  return shownAtPoint(page, await svgPoint(page, place));
}

/** The same at a point of the screen. */
export async function shownAtPoint(page: Page, point: { x: number; y: number }): Promise<{ code: string | null; fill: string | null; pixel: string; alpha: number }> {
  return page.getByTestId('svg-map-pixels').evaluate((canvas, point) => {
    const target = document.elementFromPoint(point.x, point.y);
    const frame = canvas.getBoundingClientRect();
    const ratio = (canvas as HTMLCanvasElement).width / frame.width;
    const [r, g, b, alpha] = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(Math.floor((point.x - frame.x) * ratio), Math.floor((point.y - frame.y) * ratio), 1, 1).data;
    const pixel = `#${[r, g, b].map((channel) => channel!.toString(16).padStart(2, '0')).join('')}`;
    return { code: target?.getAttribute('data-code') ?? null, fill: target?.getAttribute('fill') ?? null, pixel, alpha: alpha! };
  }, point);
}
