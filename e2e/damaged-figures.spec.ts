// A hand-damaged figures file (the first view's areas.json, or a measure's file) served to the built app: a
// damaged figure costs that figure, not the area or the page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AREA_COUNT, expect, openSidePanel, PLACES, renderedPaintedAreas, test, waitForColouredMap } from './fixtures';

// Parsed JSON that each test damages as a hand edit would: `any` is the honest type for it.
type Json = any;

/** Serves `file` (relative to static/, areas.json by default) damaged by `damage`. */
async function serveDamaged(page: Page, damage: (json: Json) => void, file = 'data/areas.json'): Promise<void> {
  const json = JSON.parse(readFileSync(new URL(`../static/${file}`, import.meta.url), 'utf8')) as Json;
  damage(json);
  await page.route(`**/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
}

async function legendTotal(page: Page): Promise<number> {
  const counts = await page.getByTestId('legend').getByTestId('legend-count').allTextContents();
  return counts.map(Number).reduce((a, b) => a + b, 0);
}

test('an area without its priority category stays on the map, in the legend, the table and the analysis', async ({ page }) => {
  await serveDamaged(page, (json) => delete json.indicators.luf.byArea[PLACES.hartlepool.code]);
  await page.goto('./');
  await waitForColouredMap(page);
  await expect(page.getByTestId('notices')).toContainText('Levelling Up Fund priority category (round 1, March 2021): missing (damaged file) for Hartlepool.');
  await expect.poll(() => renderedPaintedAreas(page)).toBe(AREA_COUNT);
  expect(await legendTotal(page)).toBe(AREA_COUNT);
  await openSidePanel(page);
  await expect(page.getByTestId('need-without-category')).toHaveText('1');
  await page.getByTestId('layer-select').selectOption('luf');
  await expect(page.getByTestId('legend-no-data').getByTestId('legend-count')).toHaveText('1');
  expect(await legendTotal(page)).toBe(AREA_COUNT);
  await page.getByTestId('show-table').click();
  await expect(page.getByTestId('table-count')).toHaveText(`Showing ${AREA_COUNT} of ${AREA_COUNT} areas`);
});

test('an area whose healthy life expectancy is damaged is hatched as no data, and the page works', async ({ page }) => {
  await serveDamaged(page, (json) => {
    json.indicators['hle-male'].byArea[PLACES.hartlepool.code] = { value: 'sixty', status: 'official' };
  });
  await page.goto(`./?area=${PLACES.hartlepool.code}`);
  await waitForColouredMap(page);
  await expect(page.getByTestId('notices')).toContainText('Healthy life expectancy at birth, males, 2009–13: missing (damaged file) for Hartlepool.');
  await expect(page.getByTestId('legend-no-data').getByTestId('legend-count')).toHaveText('1');
  await expect(page.getByTestId('area-line-hle-male')).toContainText('Missing (damaged file)');
  await expect(page.getByTestId('area-line-imd')).toContainText('of 314 (1 = most deprived)');
  await openSidePanel(page);
  await expect(page.getByTestId('divergence-headline')).toBeVisible();
});

// Ten hand edits of the kinds a file suffers: each page loads with no error and draws every district. An
// edit to a measure's file is seen on a page that shows that measure.
const EDITS: [string, (json: Json) => void, { file: string; layer: string }?][] = [
  ['an area entry deleted', (json) => json.areas.splice(10, 1)],
  ['a name of the wrong type', (json) => (json.areas[3].name = 42)],
  ['a region deleted', (json) => delete json.areas[4].region],
  ['a box turned inside out', (json) => (json.areas[5].bounds = [1, 53, 0, 52])],
  ['an area entry duplicated', (json) => json.areas.push(json.areas[0])],
  ['a figure of a huge value', (json) => (json.indicators['imd-score'].byArea.E06000002.value = 1e308)],
  ['a figure with a negative interval', (json) => (json.indicators['hle-female'].byArea.E06000003.lci = -5), { file: 'data/measures/hle-female.json', layer: 'hle-female' }],
  ['a measure file with another measure in it', (json) => (json.measure = 'luf'), { file: 'data/measures/towns-fund.json', layer: 'towns-fund' }],
  ['a whole indicator deleted', (json) => delete json.indicators['hle-male']],
  ['an England value as text', (json) => (json.indicators['hle-male'].england.value = 'NaN')],
  ['figures for an unknown code', (json) => (json.indicators.luf.byArea.E99999999 = { value: 1, status: 'official' })],
];

for (const [what, edit, measure] of EDITS) {
  test(`with ${what}, the page loads and draws all 314 districts`, async ({ page }) => {
    await serveDamaged(page, edit, measure?.file);
    await page.goto(measure ? `./?layer=${measure.layer}` : './');
    await waitForColouredMap(page);
    await expect.poll(() => renderedPaintedAreas(page)).toBe(AREA_COUNT);
    await expect(page.getByTestId(measure?.file.endsWith('towns-fund.json') ? 'measure-failures' : 'notices')).toBeVisible();
  });
}

test('a damaged figure in a measure’s file costs that figure: the area panel says so, the rest is shown', async ({ page }) => {
  await serveDamaged(page, (json) => (json.indicators['towns-fund'].byArea[PLACES.hartlepool.code].value = 'lots'), 'data/measures/towns-fund.json');
  await page.goto(`./?area=${PLACES.hartlepool.code}`);
  await waitForColouredMap(page);
  await expect(page.getByTestId('notices')).toContainText('Towns Fund: grants to Town Deal and Future High Streets Fund places: missing (damaged file) for Hartlepool.');
  await expect(page.getByTestId('area-line-towns-fund')).toContainText('Missing (damaged file)');
  await expect(page.getByTestId('area-line-hle-female')).toContainText('of 314');
});
