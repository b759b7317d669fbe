import type { Page } from '@playwright/test';
import { bodyRows, expect, test } from './fixtures';

const BLACKPOOL = 'E06000009';
const HULL = 'E06000010';
const TORBAY = 'E06000027';

/** On a phone the panel is a folded bottom sheet: open it. */
async function openSheet(page: Page): Promise<void> {
  const toggle = page.getByTestId('sheet-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

test('the area panel names its ONS cluster, its most similar areas and each key figure against their average', async ({ page }) => {
  await page.goto(`./?area=${BLACKPOOL}`);
  await openSheet(page);
  const similar = page.getByTestId('similar-areas');
  await expect(similar.getByTestId('similar-cluster')).toHaveText('ONS puts Blackpool in its global cluster B.');
  const names = similar.getByTestId('similar-table').locator('tbody th');
  await expect(names).toHaveText([/^Kingston upon Hull/, 'Torbay', 'Nottingham', 'Plymouth', 'Stoke-on-Trent']);
  const hle = similar.getByTestId('similar-against-hle-male-2022-24');
  await expect(hle).toContainText('50.9 years');
  await expect(hle).toContainText("6.6 years below the similar areas' average (57.5)");
  await expect(hle).toContainText("The average of 19 places' figures, 1 of them a county's or successor's.");
  await expect(similar).toContainText("1 of ONS's 20 most similar is in Wales, Scotland or Northern Ireland, not on this map.");

  // Economic similarity, by keyboard.
  await similar.getByRole('radio', { name: 'Global' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(similar.getByRole('radio', { name: 'Economic' })).toBeChecked();
  await expect(similar.getByTestId('similar-cluster')).toHaveText('ONS puts Blackpool in its economic cluster A.');
  await expect(names.first()).toHaveText('Nottingham');
  await similar.getByRole('button', { name: 'Show all 20' }).click();
  await expect(names).toHaveCount(20);
});

test('a district merged since 2020 says it uses its successor’s list, and marks a county figure as not its own', async ({ page }) => {
  await page.goto('./?area=E07000153');
  await openSheet(page);
  const similar = page.getByTestId('similar-areas');
  await expect(similar.getByTestId('similar-cluster')).toHaveText('ONS puts North Northamptonshire, which replaced Kettering, in its global cluster B.');
  await expect(similar.getByTestId('similar-list-note')).toHaveText("Kettering has no list of its own: these are North Northamptonshire's most similar areas.");
  await expect(similar.getByTestId('similar-against-hle-male-2022-24')).toContainText("North Northamptonshire's figure, not Kettering's own");
});

test('compare by mouse: from a similar area to side by side, add, remove and close', async ({ page }) => {
  await page.goto(`./?area=${BLACKPOOL}`);
  await openSheet(page);
  await page.getByRole('button', { name: 'Compare Blackpool with Torbay' }).click();
  await expect(page).toHaveURL(new RegExp(`compare=${BLACKPOOL},${TORBAY}`));
  const view = page.getByTestId('compare-view');
  await expect(view.getByRole('heading', { name: 'Compare areas' })).toBeFocused();
  const heads = view.getByTestId('compare-table').locator('thead th .name');
  await expect(heads).toHaveText(['Blackpool', 'Torbay']);
  await expect(view.getByTestId('compare-money')).toContainText('1 bid of its own: £40,000,000');
  await expect(view.getByTestId('compare-row-imd')).toContainText('1');

  // The first area's most similar are offered first.
  await view.getByTestId('compare-add').selectOption({ label: 'Kingston upon Hull, City of' });
  await expect(heads).toHaveText(['Blackpool', 'Torbay', 'Kingston upon Hull, City of']);
  await expect(page).toHaveURL(new RegExp(`compare=${BLACKPOOL},${TORBAY},${HULL}`));
  await view.getByRole('button', { name: 'Remove Torbay from the comparison' }).click();
  await expect(heads).toHaveText(['Blackpool', 'Kingston upon Hull, City of']);

  await view.getByTestId('compare-close').click();
  await expect(view).toHaveCount(0);
  await expect(page).not.toHaveURL(/compare=/);
  await page.goBack();
  await expect(page.getByTestId('compare-view').locator('thead th .name')).toHaveText(['Blackpool', 'Kingston upon Hull, City of']);
});

test('compare by keyboard: "Compare with…" opens the view, an area is added, Escape closes it', async ({ page }) => {
  await page.goto(`./?area=${BLACKPOOL}`);
  await openSheet(page);
  await page.getByTestId('compare-with').focus();
  await page.keyboard.press('Enter');
  const view = page.getByTestId('compare-view');
  await expect(view).toContainText('Add another area to set them side by side (up to 4).');
  await view.getByTestId('compare-add').focus();
  await view.getByTestId('compare-add').selectOption({ label: 'Plymouth' });
  await expect(view.locator('thead th .name')).toHaveText(['Blackpool', 'Plymouth']);
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Blackpool' })).toBeFocused();
});

test('compare by link: bad codes are dropped with a notice, the rest shown in order', async ({ page }) => {
  await page.goto('./?compare=E06000001,W06000001,E08000010,E09999999');
  const view = page.getByTestId('compare-view');
  await expect(view.locator('thead th .name')).toHaveText(['Hartlepool', 'Wigan']);
  await expect(page.getByTestId('notices')).toContainText('No English local authority has the code “W06000001”, so it is left out of the comparison.');
  await expect(page.getByTestId('notices')).toContainText('No English local authority has the code “E09999999”, so it is left out of the comparison.');
  await expect(page).toHaveURL(/\?compare=E06000001,E08000010$/);
});

test('compare from the table', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('show-table').click();
  const table = page.getByTestId('area-table');
  await page.getByTestId('table-filter-name').fill('hartle');
  await expect(bodyRows(table)).toHaveCount(1);
  await bodyRows(table).getByRole('button', { name: 'Add to compare' }).click();
  await expect(page).toHaveURL(/compare=E06000001/);
  await expect(page.getByTestId('compare-view').locator('thead th .name')).toHaveText(['Hartlepool']);
});
