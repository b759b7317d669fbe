import type { Download, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, pngColours, test, waitForColouredMap } from './fixtures';

/** Saves the map and returns the download with its PNG bytes. */
async function savePng(page: Page): Promise<{ download: Download; png: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-png').click()]);
  return { download, png: await readFile((await download.path())!) };
}

/** Share of the PNG's pixels drawn in one of the legend's class colours: the map's areas, not an empty sea. */
async function shareInClassColours(page: Page, png: Buffer): Promise<number> {
  const colours = await page.getByTestId('legend-class').evaluateAll((items) => items.map((item) => item.getAttribute('data-colour')!.toLowerCase()));
  const { counts, total } = await pngColours(page, png);
  return [...new Set(colours)].reduce((sum, hex) => sum + (counts.get(hex) ?? 0), 0) / total;
}

test('the map saves as a PNG with room for its title, legend and source line, once MapLibre has taken over', async ({ page }) => {
  await page.goto('./?layer=luf');
  await waitForColouredMap(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'maplibre');
  const { download, png } = await savePng(page);
  expect(download.suggestedFilename()).toBe('health-gap-map-luf.png');
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const canvas = await page.getByTestId('map').boundingBox();
  expect(width).toBeGreaterThanOrEqual(Math.floor(canvas!.width));
  // Taller than the map by the title band and the source line.
  expect(height).toBeGreaterThan(canvas!.height + 60);
  expect(await shareInClassColours(page, png)).toBeGreaterThan(0.05);
});

test('the light map saves before MapLibre has taken over, and the file names the selected area', async ({ page }) => {
  // MapLibre's chunk is held back: the light map stays the map for as long as the test needs.
  await page.route('**/assets/controller-*.js', () => undefined);
  await page.goto('./?layer=luf&area=E06000001');
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
  await expect(page.getByTestId('legend')).toBeVisible();
  const { download, png } = await savePng(page);
  expect(download.suggestedFilename()).toBe('health-gap-map-luf-hartlepool.png');
  await download.saveAs('test-results/export-light-map.png');
  // An empty map has only the legend's swatches in these colours (under 1% of the picture).
  expect(await shareInClassColours(page, png)).toBeGreaterThan(0.05);
});

test('a few seconds after choosing an area the PNG shows the map around it, not an empty sea', async ({ page }) => {
  await page.goto('./?layer=luf');
  await waitForColouredMap(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('Hartlepool');
  await box.press('ArrowDown');
  await box.press('Enter');
  await page.waitForTimeout(2000);
  const { download, png } = await savePng(page);
  expect(download.suggestedFilename()).toBe('health-gap-map-luf-hartlepool.png');
  expect(await shareInClassColours(page, png)).toBeGreaterThan(0.05);
});
