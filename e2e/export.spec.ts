import { expect, test, waitForColouredMap } from './fixtures';

test('the map saves as a PNG with room for its title, legend and source line', async ({ page }) => {
  await page.goto('./?layer=luf');
  await waitForColouredMap(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-png').click()]);
  expect(download.suggestedFilename()).toBe('health-gap-map-luf.png');
  const { readFile } = await import('node:fs/promises');
  const png = await readFile((await download.path())!);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const canvas = await page.getByTestId('map').boundingBox();
  expect(width).toBeGreaterThanOrEqual(Math.floor(canvas!.width));
  // Taller than the map by the title band and the source line.
  expect(height).toBeGreaterThan(canvas!.height + 60);
  expect(png.length).toBeGreaterThan(20_000);
});
