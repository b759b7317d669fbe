import { expect, featureState, mapView, PLACES, test, waitForColouredMap } from './fixtures';

test('search finds an area by part of its name, selects it and flies to it', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  const before = await mapView(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('blackp');
  await expect(page.getByRole('option', { name: /Blackpool/ })).toBeVisible();
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await box.press('Enter');
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.blackpool.code);
  await expect(page).toHaveURL(/area=E06000009/);
  await expect.poll(async () => (await mapView(page)).zoom, { timeout: 10_000 }).toBeGreaterThan(before.zoom + 1);
  expect((await featureState(page, PLACES.blackpool.code)).selected).toBe(true);
});

test('search is case-insensitive and says when nothing matches', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('HULL');
  await expect(page.getByRole('option', { name: /Kingston upon Hull/ })).toBeVisible();
  await box.fill('zzzz');
  await expect(page.getByText('No area matches')).toBeVisible();
  await box.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});
