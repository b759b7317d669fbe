import { bodyRows, expect, featureState, openSidePanel, test, waitForColouredMap } from './fixtures';

test('changing the share changes the counts, the lists, the divergence layer and the URL', async ({ page }) => {
  await page.goto('./?layer=divergence&pct=30');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const headline = page.getByTestId('divergence-headline');
  await expect(headline).toContainText('lowest 30%');
  // The published check: of the 94 areas with the lowest 30% male HLE 2009–13, 59 were in group 1.
  await expect(headline).toContainText("35 of the 94 districts with the lowest healthy life expectancy were not in the Levelling Up Fund's top priority group (category 1); 59 were.");
  // 94 minus the 59 in category 1 (docs/DATA.md, "A check anyone can run").
  await expect(page.getByTestId('list-need-not-priority-count')).toHaveText('35');
  const needColour = await page.getByTestId('legend-class').first().getAttribute('data-colour');
  const firstListed = await bodyRows(page.getByTestId('list-need-not-priority')).first().getAttribute('data-code');
  expect((await featureState(page, firstListed!)).colour).toBe(needColour);

  const slider = page.getByTestId('def-pct');
  await slider.focus();
  for (let i = 0; i < 10; i += 1) await slider.press('ArrowRight');
  await expect(page.getByTestId('def-pct-value')).toHaveText('40%');
  await expect(page).toHaveURL(/pct=40/);
  await expect(headline).toContainText('the lowest 40%');
  // From static/data/areas.csv: 125 areas in the lowest 40%, 70 of them in category 1.
  await expect(page.getByTestId('list-need-not-priority-count')).toHaveText('55');
  await expect(page.getByTestId('legend-class').first().getByTestId('legend-count')).toHaveText('55');
});

test('the deprivation cut and the comparison change the second list', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const priorityCount = page.getByTestId('list-priority-not-need-count');
  // Category 1, above England's 63.49 years: 12 in the less deprived half, 19 outside the most deprived fifth.
  await expect(priorityCount).toHaveText('12');
  await page.getByTestId('def-imd-fifth').check();
  await expect(page).toHaveURL(/imd=fifth/);
  await expect(priorityCount).toHaveText('19');
  await page.getByTestId('def-cmp-median').check();
  await expect(page).toHaveURL(/cmp=median/);
  // The median of areas (64.33 years) is above England's value, so fewer qualify.
  await expect(priorityCount).toHaveText('12');
  await expect(page.getByTestId('list-priority-not-need')).toContainText('the median of areas (64.3 years)');
});

test('a shared URL restores the definition and the lists', async ({ page }) => {
  await page.goto('./?layer=divergence&health=hle-female&pct=20&imd=fifth&cmp=median');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('def-health')).toHaveValue('hle-female');
  await expect(page.getByTestId('def-pct')).toHaveValue('20');
  await expect(page.getByTestId('def-imd-fifth')).toBeChecked();
  await expect(page.getByTestId('def-cmp-median')).toBeChecked();
  await expect(page.getByTestId('list-need-not-priority')).toContainText('the 62 areas with the lowest healthy life expectancy (females, 2009–13) among the 314 with a figure of their own, the lowest 20%');
});

test('clicking a list entry or a scatter dot selects the area; hovering a dot outlines it on the map', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const row = bodyRows(page.getByTestId('list-need-not-priority')).first();
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
