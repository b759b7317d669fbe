import { expect, featureState, openSidePanel, test, waitForColouredMap } from './fixtures';

const count = async (page: import('@playwright/test').Page, id: string) => Number(await page.getByTestId(`${id}-count`).innerText());

test('changing the share changes the counts, the lists, the divergence layer and the URL', async ({ page }) => {
  await page.goto('./?layer=divergence&pct=30');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const headline = page.getByTestId('divergence-headline');
  await expect(headline).toContainText('lowest 30%');
  // The README's check: of the 94 areas with the lowest 30% male HLE 2009–13, 59 were in group 1.
  await expect(headline).toContainText('Of the 94 areas with the lowest 30% healthy life expectancy (males, 2009–13), 59 were in Levelling Up Fund priority category 1');
  const before = await count(page, 'list-need-not-priority');
  expect(before).toBeGreaterThan(0);
  const needColour = await page.getByTestId('legend-class').first().getAttribute('data-colour');
  const firstListed = await page.getByTestId('list-need-not-priority').locator('tbody tr').first().getAttribute('data-code');
  expect((await featureState(page, firstListed!)).colour).toBe(needColour);

  const slider = page.getByTestId('def-pct');
  await slider.focus();
  for (let i = 0; i < 10; i += 1) await slider.press('ArrowRight');
  await expect(page.getByTestId('def-pct-value')).toHaveText('40%');
  await expect(page).toHaveURL(/pct=40/);
  await expect(headline).toContainText('lowest 40%');
  const after = await count(page, 'list-need-not-priority');
  expect(after).toBeGreaterThan(before);
  const legendCount = Number(await page.getByTestId('legend-class').first().locator('.count').textContent());
  expect(legendCount).toBe(after);
});

test('the deprivation cut and the comparison change the second list', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const half = await count(page, 'list-priority-not-need');
  await page.getByTestId('def-imd-fifth').check();
  await expect(page).toHaveURL(/imd=fifth/);
  await expect.poll(() => count(page, 'list-priority-not-need')).toBeGreaterThanOrEqual(half);
  await page.getByTestId('def-cmp-median').check();
  await expect(page).toHaveURL(/cmp=median/);
  await expect(page.getByTestId('list-priority-not-need')).toContainText('the median of areas');
});

test('a shared URL restores the definition and the lists', async ({ page }) => {
  await page.goto('./?layer=divergence&hle=hle-female&pct=20&imd=fifth&cmp=median');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('def-hle')).toHaveValue('hle-female');
  await expect(page.getByTestId('def-pct')).toHaveValue('20');
  await expect(page.getByTestId('def-imd-fifth')).toBeChecked();
  await expect(page.getByTestId('def-cmp-median')).toBeChecked();
  await expect(page.getByTestId('list-need-not-priority')).toContainText('at birth, females, 2009–13 in the lowest 20%');
});

test('clicking a list entry or a scatter dot selects the area; hovering a dot outlines it on the map', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const row = page.getByTestId('list-need-not-priority').locator('tbody tr').first();
  const code = (await row.getAttribute('data-code'))!;
  await row.getByRole('button').click();
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', code);
  await expect(page.getByTestId('area-divergence')).toContainText('High health need, not top priority');
  await expect(page).toHaveURL(new RegExp(`area=${code}`));

  // Blackpool's dot overlaps Manchester's: the pointer picks whichever dot is nearest.
  const dot = page.getByTestId('scatter').locator('circle[data-code="E06000009"]').first();
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await featureState(page, 'E06000009')).hover).toBe(true);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E06000009');
  await expect(page.getByTestId('scatter-emphasis')).toHaveCount(1);
});

test('the lists download as CSV with the definition in the header', async ({ page }) => {
  await page.goto('./?pct=25');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path!, 'utf8');
  expect(text).toContain('lowest 25%');
  expect(text).toContain('Open Government Licence');
  expect(text).toMatch(/\r\n"high need, not top priority",E0/);
});
