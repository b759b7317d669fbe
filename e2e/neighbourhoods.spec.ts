// The neighbourhoods (MSOAs) inside the districts: by mouse, by keyboard and by link, and fetched only when asked for.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bodyRows, expect, mapView, openSidePanel, PLACES, screenPoint, test, waitForColouredMap, withoutWebGl } from './fixtures';

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
  await withoutWebGl(page);
  await page.goto(`./?area=${PLACES.hartlepool.code}&geo=msoa`);
  await expect(page.getByTestId('map-notice')).toContainText("Neighbourhoods need the interactive map, so they cannot be shown here; a district's panel still describes them.");
  await openSidePanel(page);
  await expect(page.getByTestId('inside-sentence')).toHaveText(SENTENCE);
});

test('search finds “Hartlepool 007” by keyboard, loading the neighbourhood names only once the query looks like one', async ({ page }) => {
  const requests = msoaRequests(page);
  // Held back until the page has said it is loading them.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/msoa2011.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await waitForColouredMap(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('Hartlepool');
  await expect(page.getByRole('option', { name: /^Hartlepool/ })).toHaveText(['Hartlepool North East']);
  expect(requests).toEqual([]);
  await box.fill('Hartlepool 007');
  await expect(page.getByTestId('search-message')).toHaveText('Loading neighbourhoods…');
  release();
  const options = page.getByRole('listbox', { name: 'Matching areas' }).getByRole('option');
  await expect(options.first()).toHaveText('Hartlepool 007 Neighbourhood in Hartlepool');
  expect(requests.some((url) => url.endsWith('/data/msoa2011.json'))).toBe(true);
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`area=${PLACES.hartlepool.code}.*geo=msoa&msoa=${HARTLEPOOL_007.code}`));
  await openSidePanel(page);
  await expect(page.getByTestId('msoa-selected')).toHaveText(FACTS);
  await expect(page.getByRole('button', { name: 'Neighbourhoods' })).toHaveAttribute('aria-pressed', 'true');
});

test('search finds a neighbourhood by mouse, its number typed without the zeros', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Find an area' }).fill('hartlepool 7');
  await page.getByRole('option', { name: 'Hartlepool 007 Neighbourhood in Hartlepool' }).click();
  await expect(page).toHaveURL(new RegExp(`geo=msoa&msoa=${HARTLEPOOL_007.code}`));
  await openSidePanel(page);
  await expect(page.getByTestId('msoa-selected')).toHaveText(FACTS);
});

test('zooming in by keyboard past the district view shows the neighbourhoods; zooming out shows the districts', async ({ page }) => {
  await page.goto('./#7/54.68/-1.22');
  await waitForColouredMap(page);
  await expect(page).not.toHaveURL(/geo=msoa/);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/geo=msoa/);
  await expect(page.getByTestId('msoa-notice')).toHaveText('Showing neighbourhoods (MSOAs) — zoom out for districts');
  await waitForNeighbourhoods(page);
  await expect(page.getByRole('button', { name: 'Neighbourhoods' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('announcer')).toHaveText('Zoomed in: the map shows neighbourhoods (MSOAs). Zoom out for districts.');
  await page.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/geo=msoa/);
  await expect(page.getByTestId('msoa-notice')).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText('Zoomed out: the map shows districts.');
});

test('a wheel at Hartlepool zooms into its neighbourhoods, each drawn in the colour of its legend class', async ({ page }) => {
  await page.goto('./#7/54.68/-1.22');
  await waitForColouredMap(page);
  const { x, y } = await screenPoint(page, HARTLEPOOL_007.lngLat);
  await page.mouse.move(x, y);
  for (let step = 0; step < 10 && (await mapView(page)).zoom < 9; step += 1) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(250);
  }
  await expect(page).toHaveURL(/geo=msoa/);
  await waitForNeighbourhoods(page);
  // The legend's swatches, lowest fifth first; Hartlepool 007 (428th lowest of 6,790) is in the lowest.
  const legend = await page.getByTestId('msoa-legend-class').evaluateAll((items) => items.map((item) => getComputedStyle(item.firstElementChild!).backgroundColor));
  const drawn = (): Promise<{ colours: Record<string, string | null>; uncoloured: number }> =>
    page.evaluate(() => {
      const features = (window as unknown as { healthGapMap: { map: import('maplibre-gl').Map } }).healthGapMap.map.queryRenderedFeatures({ layers: ['msoa-fill'] });
      const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
      const colours = Object.fromEntries(features.map((f) => [String(f.properties.code), typeof f.state.colour === 'string' ? rgb(f.state.colour) : null]));
      return { colours, uncoloured: features.filter((f) => f.state.colour === undefined).length };
    });
  await expect.poll(async () => (await drawn()).uncoloured).toBe(0);
  const { colours } = await drawn();
  expect(colours[HARTLEPOOL_007.code]).toBe(legend[0]);
  expect(Object.values(colours).every((colour) => colour === null || legend.includes(colour))).toBe(true);
});

test('a layer without a neighbourhood counterpart stays on districts when zoomed in', async ({ page }) => {
  await page.goto('./?layer=imd#7/54.68/-1.22');
  await waitForColouredMap(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThanOrEqual(8);
  await expect(page).not.toHaveURL(/geo=msoa/);
});

test('the gap inside the district is a map layer, and the panel gives it with the neighbourhoods it spans', async ({ page }) => {
  await page.goto(`./?layer=hle-male-msoa-gap&area=${PLACES.hartlepool.code}`);
  await waitForColouredMap(page);
  await openSidePanel(page);
  const line = page.getByTestId('area-panel').getByText('Range of 12 neighbourhood estimates, each with its own 95% interval: 53.3 to 67.5 years');
  await expect(line).toBeVisible();
});

test('what district averages hide: a sortable list of districts outside category 1 with neighbourhoods in the lowest tenth, and its CSV', async ({ page }) => {
  await page.goto('./?geo=msoa');
  await openSidePanel(page);
  const section = page.getByRole('region', { name: /What district averages hide/ });
  await expect(section.getByTestId('pockets-sentence')).toHaveText(
    "Outside the Levelling Up Fund's priority category 1, 56 districts contain 197 of the 679 neighbourhoods in England's lowest tenth for healthy life expectancy (males, 2009–13), home to 1,722,656 people (mid-2019).",
  );
  await section.getByText('Show the 56 districts').click();
  const rows = bodyRows(section.getByRole('table'));
  await expect(rows).toHaveCount(56);
  await expect(rows.first().getByRole('rowheader')).toHaveText('Tower Hamlets');
  await expect(rows.first().getByRole('cell').first()).toHaveText('3');
  await section.getByRole('button', { name: 'District' }).click();
  await expect(section.getByRole('columnheader', { name: /District/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first().getByRole('rowheader')).toHaveText('Amber Valley');
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download this list (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('health-gap-hidden-pockets-hle-male.csv');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.split('\r\n')).toContain('E09000030,Tower Hamlets,3,32,19,187114,Tower Hamlets 013,52.1');
  await section.getByRole('button', { name: 'Females' }).click();
  await expect(section.getByTestId('pockets-sentence')).toHaveText(
    "Outside the Levelling Up Fund's priority category 1, 53 districts contain 194 of the 678 neighbourhoods in England's lowest tenth for healthy life expectancy (females, 2009–13), home to 1,718,440 people (mid-2019).",
  );
  await rows.first().getByRole('button').click();
  await expect(page).toHaveURL(/area=E0/);
});

test('Sources credits the boundaries of the districts, the neighbourhoods and the upper-tier areas, from the geography list', async ({ page }) => {
  await page.goto('./');
  const sources = page.getByTestId('sources');
  await sources.getByText('Sources and method').click();
  await expect(sources.getByTestId('boundary-line')).toHaveText([
    'Boundaries: ONS local authority districts, December 2019, generalised (500 m), Buckinghamshire merged as in April 2020. Contains OS data © Crown copyright and database right 2019. Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
    'Boundaries: ONS middle layer super output areas, 2011, generalised (20 m), clipped to the coastline. Contains OS data © Crown copyright and database right. Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
    "Boundaries: ONS counties and unitary authorities as in 2023, super-generalised (200 m), from ONS Data Visualisation's UK TopoJSON. Contains OS data © Crown copyright and database right 2023. Source: Office for National Statistics licensed under the Open Government Licence v3.0.",
  ]);
});
