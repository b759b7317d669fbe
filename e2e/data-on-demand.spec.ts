// The first visit downloads only what the default view shows (static/data/areas.json); a measure's file
// comes when something on screen needs it, says it is loading while it comes, and a measure that cannot be
// loaded costs that measure only.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { AREA_COUNT, chooseLayer, expect, featureState, openSidePanel, PLACES, test, waitForColouredMap } from './fixtures';
import { MEASURES } from '../src/lib/indicators/measures';
import { FIRST_VIEW_INDICATORS } from '../src/lib/analysis/needs';

/** Gzip (level 9) bytes of the data files a first visit may download: issue 22's budget for data. */
const FIRST_VISIT_DATA_BUDGET = 37_000;
const MEASURE_FILES = MEASURES.filter((measure) => measure.periods.some((period) => !FIRST_VIEW_INDICATORS.has(period.indicator))).map((measure) => `data/measures/${measure.id}.json`);

/** Every data file the page fetches, with its body's gzip size, in the order asked for. */
function recordData(page: Page): { path: string; gzip: number }[] {
  const seen: { path: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname.replace(/^\//, '');
    if (!path.startsWith('data/')) return;
    seen.push({ path, gzip: gzipSync(await response.body(), { level: 9 }).length });
  });
  return seen;
}

async function legendTotal(page: Page): Promise<number> {
  const counts = await page.getByTestId('legend').getByTestId('legend-count').allTextContents();
  return counts.map(Number).reduce((a, b) => a + b, 0);
}

test('a first visit downloads the first-view file only, within the budget, and no measure file', async ({ page }) => {
  const data = recordData(page);
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('divergence-headline')).toBeVisible();
  await expect(page.getByTestId('what-if-reach')).toBeVisible();
  await page.waitForTimeout(1000);
  expect(data.map((file) => file.path)).toEqual(['data/areas.json']);
  expect(data.reduce((sum, file) => sum + file.gzip, 0)).toBeLessThanOrEqual(FIRST_VISIT_DATA_BUDGET);
});

test('another measure fetches exactly its file, then colours the map and counts every area', async ({ page }) => {
  const data = recordData(page);
  await page.goto('./');
  await waitForColouredMap(page);
  await chooseLayer(page, 'towns-fund');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'towns-fund');
  expect(await legendTotal(page)).toBe(AREA_COUNT);
  await expect.poll(() => data.map((file) => file.path)).toEqual(['data/areas.json', 'data/measures/towns-fund.json']);
});

test('a link to a measure outside the first view colours the map by it', async ({ page }) => {
  const data = recordData(page);
  await page.goto('./?layer=imd-prop10');
  await waitForColouredMap(page);
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'imd-prop10');
  expect(await legendTotal(page)).toBe(AREA_COUNT);
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(data.map((file) => file.path).sort()).toEqual(['data/areas.json', 'data/measures/imd-prop10.json']);
});

test('selecting an area fetches every other measure once, and its figures appear', async ({ page }) => {
  const data = recordData(page);
  await page.goto('./');
  await waitForColouredMap(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('Hartlepool');
  await page.getByRole('option', { name: /Hartlepool/ }).first().click();
  const panel = page.getByTestId('area-panel');
  await expect(panel.getByTestId('area-line-towns-fund')).toContainText('£24,969,328  54 of 120 with an award');
  await expect(panel.getByTestId('area-line-hle-female')).toContainText('of 314');
  await expect(panel.getByTestId('loading-figures')).toHaveCount(0);
  const measures = data.map((file) => file.path).filter((path) => path.startsWith('data/measures/'));
  expect(measures.sort()).toEqual([...MEASURE_FILES].sort());
});

test('while a measure file is slow, the legend and the area panel say "Loading figures…", never missing, and the map keeps its colours', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/measures/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./?area=${PLACES.hartlepool.code}`);
  await waitForColouredMap(page);
  const before = (await featureState(page, PLACES.hartlepool.code)).colour;
  const panel = page.getByTestId('area-panel');
  await expect(panel.getByRole('status')).toHaveText('Loading figures…');
  await expect(panel).not.toContainText('Missing');
  await expect(panel).not.toContainText('No figure');
  await expect(panel).not.toContainText('No data');
  await chooseLayer(page, 'towns-fund');
  await expect(page.getByTestId('legend')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Loading figures…' }).first()).toBeVisible();
  expect((await featureState(page, PLACES.hartlepool.code)).colour).toBe(before);
  release();
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'towns-fund');
  await expect(panel.getByTestId('area-line-towns-fund')).toContainText('£24,969,328  54 of 120 with an award');
  await expect(page.getByTestId('loading-figures')).toHaveCount(0);
});

test('a measure file that fails names the measure and offers a retry; the rest of the page works', async ({ page, watch }) => {
  let fail = true;
  await page.route('**/data/measures/towns-fund.json', (route) => (fail ? route.fulfill({ status: 500, body: 'broken' }) : route.continue()));
  await page.goto('./');
  await waitForColouredMap(page);
  await chooseLayer(page, 'towns-fund');
  const failure = page.getByTestId('measure-failure-towns-fund');
  await expect(failure.getByTestId('measure-failure-text')).toHaveText(
    'Could not load the figures for “Towns Fund: grants to Town Deal and Future High Streets Fund places”, so they are shown as missing. data/measures/towns-fund.json: could not be downloaded (HTTP 500).',
  );
  await chooseLayer(page, 'imd');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'imd');
  expect(await legendTotal(page)).toBe(AREA_COUNT);
  await openSidePanel(page);
  await expect(page.getByTestId('divergence-headline')).toBeVisible();
  fail = false;
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('measure-failures')).toHaveCount(0);
  await chooseLayer(page, 'towns-fund');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'towns-fund');
  // The browser itself logs the 500; that one console error is the point of this test.
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !e.includes('500')));
});
