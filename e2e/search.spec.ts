import { expect, featureState, mapView, openSidePanel, PLACES, test, waitForColouredMap } from './fixtures';

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

test('the postcode lookup is fetched only when the search box is first used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/postcodes.json')) fetched.push(request.url());
  });
  await page.goto('./');
  // Everything the first visit asks for has arrived, and the lookup was not among it.
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.getByRole('combobox', { name: 'Find an area' }).focus();
  await expect.poll(() => fetched.length).toBe(1);
});

test('a full postcode finds its district by keyboard', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('TS24 8AH');
  await expect(page.getByTestId('search-message')).toHaveText('TS24 is in Hartlepool.');
  await expect(page.getByRole('listbox', { name: 'Matching areas' }).getByRole('option')).toHaveText(['Hartlepool North East']);
  await box.press('Enter');
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.hartlepool.code);
  await expect(page).toHaveURL(/area=E06000001/);
});

test('a postcode district spanning several districts lists them all and Enter picks none until one is chosen', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('TN34');
  await expect(page.getByTestId('search-message')).toHaveText('TN34 spans 2 districts: Hastings and Rother. Choose one.');
  await expect(page.getByRole('listbox', { name: 'Matching areas' }).getByRole('option')).toHaveText(['Hastings South East', 'Rother South East']);
  await box.press('Enter');
  await expect(page.getByTestId('area-panel')).toHaveCount(0);
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E07000064');
});

test('a postcode district is chosen by mouse, and a typo in a name is forgiven', async ({ page }) => {
  await page.goto('./');
  await openSidePanel(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('EC1A 1BB');
  await expect(page.getByRole('listbox', { name: 'Matching areas' }).getByRole('option')).toHaveText(['City of London London', 'Islington London', 'Tower Hamlets London']);
  await page.getByRole('option', { name: /Islington/ }).click();
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E09000019');
  await box.fill('Saint Helens');
  await page.getByRole('option', { name: /St\. Helens/ }).click();
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E08000013');
  await box.fill('Hartlepol');
  await expect(page.getByRole('listbox', { name: 'Matching areas' }).getByRole('option')).toHaveText(['Hartlepool North East']);
  await box.press('Enter');
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.hartlepool.code);
});

test('a postcode outside England and a malformed one say so', async ({ page }) => {
  await page.goto('./');
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('CF10 1AA');
  await expect(page.getByTestId('search-message')).toHaveText('CF10 is in Wales, outside England: this map covers England only.');
  await expect(page.getByRole('listbox')).toBeHidden();
  await box.fill('TS24 8AHX');
  await expect(page.getByTestId('search-message')).toHaveText('“TS24 8AHX” is not a postcode. A postcode looks like TS24 8AH, or its first part, TS24.');
});

test('the area panel downloads the area’s figures as CSV', async ({ page }) => {
  await page.goto('./?area=E06000001');
  await openSidePanel(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Hartlepool’s figures (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('health-gap-E06000001-hartlepool.csv');
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(lines[0]).toBe('# Health Gap Map: every figure for Hartlepool (E06000001), North East');
  expect(lines).toContain('measure,period,value,unit,lower,upper,status,note,source');
  expect(lines.find((l) => l.startsWith('"Economically inactive due to long-term sickness'))).toBe(
    '"Economically inactive due to long-term sickness, % of the economically inactive aged 16–64, mean of 2020–2022",2020–2022 (mean of three years),35.94,% of the economically inactive,,,official,,"Economic inactivity due to long-term sickness, mean of 2020-2022: ONS, Annual Population Survey, via ONS Explore Local Statistics"',
  );
});
