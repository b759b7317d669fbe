import { expect, featureState, PLACES, screenPoint, test, waitForColouredMap } from './fixtures';

test('clicking an area opens its panel, outlines it and puts it in the URL', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  const { x, y } = await screenPoint(page, PLACES.birmingham.lngLat);
  await page.mouse.move(x, y);
  await expect(page.getByTestId('hover-tip')).toContainText('Birmingham');
  await page.mouse.click(x, y);
  const panel = page.getByTestId('area-panel');
  await expect(panel).toHaveAttribute('data-code', PLACES.birmingham.code);
  await expect(panel.getByRole('heading', { name: 'Birmingham' })).toBeVisible();
  await expect(panel).toContainText('West Midlands');
  await expect(panel.getByTestId('area-line-hle-male')).toContainText('England (63.5)');
  await expect(panel.getByTestId('area-line-hle-male')).toContainText('of 314');
  await expect(panel.getByTestId('area-line-hle-male')).toContainText('95% confidence interval');
  await expect(panel.getByTestId('area-line-imd')).toContainText('1 = most deprived');
  await expect(page).toHaveURL(/area=E08000025/);
  await expect.poll(async () => (await featureState(page, PLACES.birmingham.code)).selected).toBe(true);
});

test('Escape and a click on the sea clear the selection', async ({ page }) => {
  await page.goto(`./?area=${PLACES.birmingham.code}`);
  await waitForColouredMap(page);
  await expect(page.getByTestId('area-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('area-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/area=/);

  await page.goto(`./?area=${PLACES.birmingham.code}#6/53/-1.5`);
  await waitForColouredMap(page);
  const sea = await screenPoint(page, PLACES.northSea.lngLat);
  await page.mouse.click(sea.x, sea.y);
  await expect(page.getByTestId('area-panel')).toHaveCount(0);
  await expect.poll(async () => (await featureState(page, PLACES.birmingham.code)).selected).toBe(false);
});

test('an estimated value says so in plain words', async ({ page }) => {
  // Burnley is a shire district: ONS published no 2009–13 figure for it.
  await page.goto('./?area=E07000117');
  await expect(page.getByTestId('area-line-hle-male')).toContainText('Estimate');
  await expect(page.getByTestId('area-line-hle-male-2018')).toContainText('County figure');
});
