import { expect, featureState, mapView, PLACES, test, waitForColouredMap } from './fixtures';

test('a shared URL restores layer, area and view', async ({ page }) => {
  await page.goto(`./?layer=imd&area=${PLACES.hartlepool.code}#8.5/54.6/-1.3`);
  await waitForColouredMap(page);
  await expect(page.getByTestId('layer-select')).toHaveValue('imd');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'imd');
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.hartlepool.code);
  const view = await mapView(page);
  expect(view.zoom).toBeCloseTo(8.5, 1);
  expect(view.lat).toBeCloseTo(54.6, 1);
  expect(view.lng).toBeCloseTo(-1.3, 1);
  await expect.poll(async () => (await featureState(page, PLACES.hartlepool.code)).selected).toBe(true);
});

test('panning updates the view in the URL without adding history', async ({ page, isMobile }) => {
  test.skip(isMobile, 'Playwright cannot drag with touch; panning is the same code on both sizes');
  await page.goto('./#7/53/-1.5');
  await waitForColouredMap(page);
  const length = await page.evaluate(() => history.length);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 8 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/#7\/53\/-1\.5$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
});
