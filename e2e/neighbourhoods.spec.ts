// The neighbourhoods (MSOAs) inside the districts: by mouse, by keyboard and by link, and fetched only when asked for.
import type { Page } from '@playwright/test';
import { expect, openSidePanel, PLACES, screenPoint, test, waitForColouredMap } from './fixtures';

// Software WebGL on a shared two-core machine draws thousands of neighbourhoods slowly.
test.describe.configure({ timeout: 120_000 });

const HARTLEPOOL_007 = { code: 'E02002489', lngLat: [-1.2046, 54.6824] as [number, number] };
const SENTENCE =
  "In Hartlepool, healthy life expectancy (males, 2009–13) ranges from 53.3 years (Hartlepool 002) to 67.5 years (Hartlepool 014) across its 12 neighbourhoods, a gap of 14.2 years; 39,391 people (mid-2019) live in the 5 neighbourhoods in England's lowest tenth.";
const FACTS = "Hartlepool 007: 54.6 years (95% CI 53.3–55.8). 5th lowest of 12 in Hartlepool; 428th lowest of 6,790 in England. In England's lowest tenth.";
const TIP = '54.6 years (95% CI 53.3–55.8). 5th lowest of 12 in Hartlepool; 428th lowest of 6,790 in England';

/** Waits until MapLibre has drawn the neighbourhoods in view. */
async function waitForNeighbourhoods(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as { healthGapMap?: { map: import('maplibre-gl').Map } }).healthGapMap?.map;
      return !!map?.getLayer('msoa-fill') && map.loaded() && map.queryRenderedFeatures({ layers: ['msoa-fill'] }).length > 0;
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

function msoaRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/msoa2011/.test(request.url())) seen.push(request.url());
  });
  return seen;
}

test('a first visit fetches no neighbourhood file; the toggle then shows them with their legend', async ({ page }) => {
  const requests = msoaRequests(page);
  await page.goto('./#11/54.68/-1.22');
  await waitForColouredMap(page);
  expect(requests).toEqual([]);
  const toggle = page.getByRole('button', { name: 'Neighbourhoods' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/geo=msoa/);
  await waitForNeighbourhoods(page);
  const legend = page.getByTestId('msoa-legend');
  await expect(legend).toContainText('Neighbourhoods: Healthy life expectancy (males, 2009–13)');
  await expect(legend.getByTestId('msoa-legend-class')).toHaveText([/^46\.\d–5\d\.\d years1,358$/, /1,358$/, /1,358$/, /1,358$/, /1,358$/]);
  expect(requests.some((url) => url.endsWith('/data/msoa2011.json'))).toBe(true);
  expect(requests.some((url) => /\/geo\/msoa2011\/\d+\/\d+\/\d+\.pbf$/.test(url))).toBe(true);
  await toggle.click();
  await expect(page).not.toHaveURL(/geo=msoa/);
  await expect(legend).toHaveCount(0);
});

test('by mouse: the tip and a click give the neighbourhood’s figure, interval, district and ranks', async ({ page, isMobile }) => {
  await page.goto('./?geo=msoa#11/54.68/-1.22');
  await waitForNeighbourhoods(page);
  const { x, y } = await screenPoint(page, HARTLEPOOL_007.lngLat);
  if (!isMobile) {
    await page.mouse.move(x, y);
    await expect(page.getByTestId('hover-tip')).toHaveText(`Hartlepool 007 · Hartlepool${TIP}`);
  }
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(new RegExp(`area=${PLACES.hartlepool.code}.*geo=msoa&msoa=${HARTLEPOOL_007.code}`));
  await openSidePanel(page);
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.hartlepool.code);
  await expect(page.getByTestId('inside-sentence')).toHaveText(SENTENCE);
  await expect(page.getByTestId('msoa-selected')).toHaveText(FACTS);
  await expect.poll(() => page.evaluate(() => JSON.stringify((window as unknown as { healthGapMap: { map: import('maplibre-gl').Map } }).healthGapMap.map.getFilter('msoa-selected')))).toContain(HARTLEPOOL_007.code);
});

test('by keyboard: the district panel lists its neighbourhoods, and choosing one shows it on the map', async ({ page }) => {
  await page.goto(`./?area=${PLACES.hartlepool.code}`);
  await openSidePanel(page);
  await expect(page.getByTestId('inside-sentence')).toHaveText(SENTENCE);
  const summary = page.getByText('All 12 neighbourhoods, lowest first');
  await summary.focus();
  await page.keyboard.press('Enter');
  const choice = page.getByRole('button', { name: 'Hartlepool 007: 54.6 years' });
  await choice.focus();
  await page.keyboard.press('Enter');
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`geo=msoa&msoa=${HARTLEPOOL_007.code}`));
  await expect(page.getByTestId('msoa-selected')).toHaveText(FACTS);
  await expect(page.getByRole('button', { name: 'Neighbourhoods' })).toHaveAttribute('aria-pressed', 'true');
});

test('by link: a neighbourhood link opens it with its district; a bad code gets a notice', async ({ page }) => {
  await page.goto(`./?msoa=${HARTLEPOOL_007.code}`);
  // The figures file arrives while MapLibre starts in software WebGL, which holds the main thread for seconds here.
  await expect(page).toHaveURL(new RegExp(`area=${PLACES.hartlepool.code}`), { timeout: 45_000 });
  await openSidePanel(page);
  await expect(page.getByTestId('msoa-selected')).toHaveText(FACTS);
  await expect(page.getByRole('button', { name: 'Neighbourhoods' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('./?geo=msoa&msoa=E02999999');
  await expect(page.getByText('No neighbourhood (MSOA) has the code “E02999999”, so none is selected.')).toBeVisible({ timeout: 45_000 });
  await expect(page).not.toHaveURL(/msoa=E02/);
});

test('without WebGL the page says neighbourhoods need the interactive map, and the panel still describes them', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto(`./?area=${PLACES.hartlepool.code}&geo=msoa`);
  await expect(page.getByTestId('map-notice')).toContainText("Neighbourhoods need the interactive map, so they cannot be shown here; a district's panel still describes them.");
  await openSidePanel(page);
  await expect(page.getByTestId('inside-sentence')).toHaveText(SENTENCE);
});
