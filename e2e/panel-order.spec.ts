// The area panel opens on the figure of the layer on the map, then the newest healthy life expectancy.
import { expect, PLACES, test } from './fixtures';

test('the panel starts with the figure on the map, then healthy life expectancy 2022–24', async ({ page }) => {
  await page.goto(`./?area=${PLACES.hartlepool.code}`);
  const lines = page.getByTestId('area-panel').getByTestId(/^area-line-/);
  await expect(lines.first()).toHaveAttribute('data-testid', 'area-line-hle-male');
  await expect(lines.nth(1)).toHaveAttribute('data-testid', 'area-line-hle-male-2022-24');
  await expect(lines.nth(2)).toHaveAttribute('data-testid', 'area-line-hle-female-2022-24');
  await expect(page.getByRole('region', { name: 'On the map' })).toContainText('Healthy life expectancy at birth, males, 2009–13');

  // Another layer: its figure moves to the top, out of its own group, and the panel follows the menu.
  await page.getByLabel('Colour areas by').selectOption('luf-awards-per-head');
  await expect(lines.first()).toHaveAttribute('data-testid', 'area-line-luf-awards-per-head');
  await expect(lines.first()).toContainText('£175.67');
  await expect(lines.first()).toContainText('31 of 126 with an award (1 = most awarded)');
  await expect(lines.nth(1)).toHaveAttribute('data-testid', 'area-line-hle-male-2022-24');
  await expect(page.getByTestId('area-line-luf-awards-per-head')).toHaveCount(1);
  await expect(page.getByTestId('area-line-hle-male')).toHaveCount(1);
});

test("a county's newest healthy life expectancy leads as the county's, not ranked", async ({ page }) => {
  // Burnley, a shire district: ONS publishes 2022–24 for Lancashire only.
  await page.goto('./?area=E07000117&layer=health-index-2021');
  const lines = page.getByTestId('area-panel').getByTestId(/^area-line-/);
  await expect(lines.first()).toHaveAttribute('data-testid', 'area-line-health-index-2021');
  await expect(lines.nth(1)).toHaveAttribute('data-testid', 'area-line-hle-male-2022-24');
  await expect(lines.nth(1)).toContainText("Lancashire's figure:");
  await expect(lines.nth(1)).toContainText('Not ranked (county figure)');
});
