import { AREA_COUNT, expect, renderedPaintedAreas, test, waitForColouredMap } from './fixtures';

test('first load shows all 314 areas coloured, a legend and the sources', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await expect.poll(() => renderedPaintedAreas(page)).toBe(AREA_COUNT);
  const legend = page.getByTestId('legend');
  await expect(legend).toHaveAttribute('data-layer', 'hle-male');
  await expect(legend.getByTestId('legend-class')).toHaveCount(5);
  await expect(legend.getByTestId('legend-england')).toContainText('England 63.5');
  const counts = await legend.getByTestId('legend-count').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(AREA_COUNT);
  await expect(page.getByTestId('sources')).toContainText('Open Government Licence v3.0');
  await expect(page.getByTestId('divergence-panel')).toBeVisible();
  await expect(page).toHaveTitle(/Health Gap Map/);
});

test('the map canvas is hidden from screen readers', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  const canvas = page.getByTestId('map').locator('canvas');
  await expect(canvas).toHaveAttribute('aria-hidden', 'true');
  await expect(canvas).toHaveAttribute('tabindex', '-1');
});
