// Small things a newcomer hit: England's marker inside the legend, a header that stays still when the link
// is copied, and focus that goes somewhere after Escape.
import { expect, test, waitForColouredMap } from './fixtures';

test("England's marker stays inside the legend", async ({ page }) => {
  await page.goto('./?layer=hle-male');
  const legend = page.getByTestId('legend');
  await expect(legend.getByTestId('legend-england')).toHaveText('◂ England 63.5');
  const outer = (await legend.boundingBox())!;
  const marker = (await legend.getByTestId('legend-england').boundingBox())!;
  expect(marker.x + marker.width).toBeLessThanOrEqual(outer.x + outer.width);
  expect(await legend.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
});

test('"Link copied" does not move the header', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const search = page.getByRole('combobox', { name: 'Find an area' });
  const before = { search: await search.boundingBox(), header: await page.getByRole('banner').boundingBox() };
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await search.boundingBox()).toEqual(before.search);
  expect(await page.getByRole('banner').boundingBox()).toEqual(before.header);
});

test('Escape that closes the area panel leaves focus on the map, not the page', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('Hartlepool');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hartlepool' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('area-panel')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Map and table' })).toBeFocused();
});
