import { bodyRows, expect, test, waitForColouredMap } from './fixtures';

test('the table lists every area for the current layer; it filters, sorts and selects', async ({ page }) => {
  await page.goto('./?layer=imd');
  await waitForColouredMap(page);
  await page.getByTestId('show-table').click();
  const table = page.getByTestId('area-table');
  await expect(bodyRows(table)).toHaveCount(314);
  await expect(table.getByRole('heading')).toContainText('1 = most deprived');

  await table.getByRole('button', { name: /^Rank/ }).click();
  await expect(bodyRows(table).first()).toHaveAttribute('data-code', 'E06000009');

  await page.getByTestId('table-filter-region').selectOption('North East');
  await expect(page.getByTestId('table-count')).toHaveText('Showing 12 of 314 areas');
  await page.getByTestId('table-filter-name').fill('hartle');
  await expect(bodyRows(table)).toHaveCount(1);
  await table.getByRole('button', { name: 'Hartlepool' }).click();
  await expect(page).toHaveURL(/area=E06000001/);
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E06000001');
});

test('a skip link, shown on focus, leads keyboard users to the table', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the table of all areas' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^All areas: / })).toBeFocused();
  await expect(bodyRows(page.getByTestId('area-table'))).toHaveCount(314);
});

test('the table downloads as CSV with its definition in header lines', async ({ page }) => {
  await page.goto('./?layer=hle-female');
  await page.getByTestId('show-table').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-table').click()]);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('# Health Gap Map: Healthy life expectancy at birth, females, 2009–13');
  expect(text).toContain('Open Government Licence');
  expect(text.trimEnd().split('\r\n').filter((line) => /^E0/.test(line))).toHaveLength(314);
});
