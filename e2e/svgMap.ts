// Reading the SVG map (src/lib/map/svgRenderer.ts) from a test: where a place is on screen, and the fill of
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

/** Every district's fill on the SVG map: a colour, the hatch (`url(#…)`), or null before it has one. */
export async function svgFills(page: Page): Promise<Record<string, string | null>> {
  return page.getByTestId('svg-map').evaluate((svg) => Object.fromEntries([...svg.querySelectorAll('path[data-code]:not([data-testid])')].map((path) => [path.getAttribute('data-code'), path.getAttribute('fill')])));
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
  const hatched = values.filter((fill) => fill?.startsWith('url(')).length;
  return { classes, hatched, other: values.length - hatched - classes.reduce((a, b) => a + b, 0) };
}
