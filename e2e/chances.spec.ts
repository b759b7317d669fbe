import type { Page } from '@playwright/test';
import { bodyRows, expect, openSidePanel, test, waitForColouredMap } from './fixtures';

const DEFAULT_INTERVAL = 'Allowing for the uncertainty in each figure (2,000 draws): not in category 1, 35; 90% interval 34–36. In category 1, 58; 90% interval 57–59.';

async function openPanel(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await waitForColouredMap(page);
  await openSidePanel(page);
}

/** Every chance on screen, list by list, row by row: the figures a reader would copy. */
async function allChances(page: Page): Promise<string[]> {
  await expect(page.getByTestId('headline-interval')).not.toContainText('Working out');
  const cells = await page.getByTestId('chance').allInnerTexts();
  const near = await page.getByRole('list', { name: 'Near misses' }).allInnerTexts();
  return [await page.getByTestId('headline-interval').innerText(), ...cells, ...near];
}

test('every list entry carries its chance, with the full sentence for screen readers', async ({ page }) => {
  await openPanel(page, '?layer=divergence');
  await expect(page.getByTestId('headline-interval')).toHaveText(DEFAULT_INTERVAL);
  const needList = page.getByTestId('list-need-not-priority');
  const rows = bodyRows(needList);
  await expect(rows).toHaveCount(35);
  // Tower Hamlets (lowest, 100%) and Newcastle-under-Lyme (last before the cut, 63%).
  await expect(rows.first().getByTestId('chance')).toHaveText('100%In this list in 100% of 2,000 draws.', { useInnerText: false });
  const newcastle = rows.filter({ hasText: 'Newcastle-under-Lyme' });
  await expect(newcastle.getByTestId('chance')).toContainText('In this list in 63% of 2,000 draws.');
  await expect(newcastle.getByRole('cell', { name: 'In this list in 63% of 2,000 draws.' })).toBeVisible();
  const priorityRows = bodyRows(page.getByTestId('list-priority-not-need'));
  await expect(priorityRows.filter({ hasText: 'Worcester' }).getByTestId('chance')).toContainText('In this list in 74% of 2,000 draws.');
  await expect(page.getByTestId('chance-method')).toContainText('drawn 2,000 times at random');
  await expect(page.getByTestId('chance-method')).toContainText('seeded (20220202)');
  // The ≈ mark and its 0.43-year wording are gone: the chance says more.
  await expect(page.getByTestId('divergence-panel')).not.toContainText('≈');
  await expect(page.getByTestId('divergence-panel')).not.toContainText('0.43');
});

test('what is below the counts’ intervals stays where it is when they are worked out', async ({ page }) => {
  // The chances' worker is held back, so the panel is first on screen without them.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/chances\.worker[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openPanel(page, '?layer=divergence');
  const interval = page.getByTestId('headline-interval');
  await expect(interval).toContainText('Working out chances…');
  const research = page.getByTestId('research-line');
  const before = (await research.boundingBox())!;
  release();
  await expect(interval).toHaveText(DEFAULT_INTERVAL);
  const after = (await research.boundingBox())!;
  expect(Math.abs(after.y - before.y)).toBeLessThan(1);
});

test('near misses are listed under each list: Lancaster for high need, not top priority', async ({ page }) => {
  await openPanel(page, '?layer=divergence');
  const near = page.getByTestId('list-need-not-priority-near');
  await expect(near.getByRole('listitem')).toHaveText([/^Lancaster/, /^Portsmouth/, /^Hammersmith and Fulham/, /^Tamworth/]);
  const lancaster = near.getByRole('listitem').filter({ hasText: 'Lancaster' });
  await expect(lancaster).toContainText('62.2 (95/314)');
  await expect(lancaster).toContainText('In this list in 44% of 2,000 draws.');
  await expect(page.getByTestId('list-priority-not-need-near').getByRole('listitem')).toHaveText([/^Erewash.*15%/]);
  // Lancaster is not in the list itself.
  await expect(bodyRows(page.getByTestId('list-need-not-priority')).filter({ hasText: 'Lancaster' })).toHaveCount(0);
  await lancaster.getByRole('button', { name: 'Lancaster' }).click();
  await expect(page).toHaveURL(/area=E07000121/);
});

test('the same link gives the same figures twice, and a new definition works them out again', async ({ page }) => {
  await openPanel(page, '?layer=divergence&health=hle-female');
  const first = await allChances(page);
  await openPanel(page, '?layer=divergence&health=hle-female');
  expect(await allChances(page)).toEqual(first);
  expect(first[0]).toBe('Allowing for the uncertainty in each figure (2,000 draws): not in category 1, 36; 90% interval 34–37. In category 1, 57; 90% interval 56–59.');

  await page.getByTestId('def-health').selectOption('hle-male');
  await expect(page).not.toHaveURL(/health=/);
  await expect(page.getByTestId('headline-interval')).toHaveText(DEFAULT_INTERVAL);
  await expect(page.getByTestId('list-need-not-priority-near').getByRole('listitem').first()).toContainText('Lancaster');
});

test('a measure without published intervals says its lists cannot move', async ({ page }) => {
  await openPanel(page, '?layer=divergence&health=health-index-2021');
  await expect(page.getByTestId('headline-interval')).toHaveText('No ranked figure of this measure has a published interval, so every draw gives the same lists and every chance below is 0% or 100%.');
  await expect(page.getByTestId('list-need-not-priority-no-near')).toHaveText('No district outside this list is in it in 10% of draws or more.');
});

test('each what-if mover says how often the draws put it in the top group', async ({ page }) => {
  await openPanel(page, '?layer=what-if');
  const enters = bodyRows(page.getByTestId('list-enters'));
  await expect(enters.filter({ hasText: 'Fenland' }).getByTestId('group-chance')).toContainText('In the top group in 66% of 2,000 draws.');
  await expect(bodyRows(page.getByTestId('list-leaves')).filter({ hasText: 'Rother' }).getByTestId('group-chance')).toContainText('In the top group in 20% of 2,000 draws.');
});
