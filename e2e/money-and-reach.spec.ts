// Issue 20, points 3 and 4: the money table's shared view, medians and named places; the what-if reach in
// people and against an independent outcome, and its sensitivity to the method's choices.
import { expect, openSidePanel, test, waitForColouredMap } from './fixtures';

test('the money table counts the council’s own bids, or shares wider bodies’ bids by population, with medians', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const row = page.getByTestId('money-need-not-priority');
  await expect(page.getByTestId('money-sentence')).toContainText('first two rounds, in bids led by the council itself (21 of 35 won a bid of their own)');
  await expect(row.getByRole('cell')).toHaveText(['21 / 35', '£338,577,989', '£40.41 (£28.75)', '8.4 million']);
  await expect(page.getByTestId('money-notes')).toContainText(
    'Isles of Scilly alone holds 33% of the money of "Top priority, lower health need" (£48,443,497); the median area got £98.68 a head.',
  );
  await expect(page.getByTestId('money-notes')).toContainText('Round 2 had its own list of categories, which is not in our data.');

  await page.getByLabel('Also wider bodies’ bids, shared by population').check();
  await expect(row.getByRole('cell')).toHaveText(['27 / 35', '£405,287,372', '£48.37 (£41.49)', '8.4 million']);
  await expect(page.getByTestId('money-sentence')).toHaveText(
    'Counting also the £479,308,874 of bids led by counties, combined authorities and the GLA, shared among the districts each covers by population, areas with high health need outside priority category 1 got £48.37 a head; category 1 areas £97.59 a head.',
  );

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-money-csv').click()]);
  expect(download.suggestedFilename()).toBe('health-gap-money.csv');
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(lines).toContain('"High health need, not top priority",Bids led by the council itself,35,21,338577989,8379024,40.41,28.75,Sheffield,0.109');
  expect(lines).toContain('"High health need, not top priority","Also wider bodies’ bids, shared by population",35,27,405287372.38,8379024,48.37,41.49,Sheffield,0.091');
});

test('a wider body’s bid names the places its source gives, and otherwise says whose area includes the district', async ({ page }) => {
  await page.goto('./?area=E09000003');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('area-bids')).toContainText(
    "Round 2, led by Greater London Authority, for Barnet and Waltham Forest (as its source names them): £43,166,006, not counted in this district's figure",
  );
  // Camden is a London borough the GLA covers, but the bid's source does not name it.
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('camden');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E09000007');
  await expect(page.getByTestId('area-panel')).not.toContainText('Colindale');
});

test('the what-if reach is counted in people, person-years and against the Health Index, with its sensitivity', async ({ page }) => {
  await page.goto('./?layer=what-if');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('reach-people')).toHaveText(
    '21.9 million people live in the 93 areas with the lowest healthy life expectancy at birth, males, 2009–13; category 1 as published covers 13.6 million of them, this top group 16.5 million.',
  );
  await expect(page.getByTestId('reach-published')).toHaveText('58');
  await expect(page.getByTestId('reach-row-published').getByRole('cell')).toHaveText(['58', '13.6 million', '58.7 million', '62']);
  await expect(page.getByTestId('reach-row-current').getByRole('cell')).toHaveText(['72', '16.5 million', '68.5 million', '69']);
  await expect(page.getByTestId('reach-row-health-only').getByRole('cell')).toHaveText(['93 (by definition)', '21.9 million', '79.6 million', '74']);
  await expect(page.getByTestId('reach-by-definition')).toHaveText(
    'Health only: Ranks on this very measure, so it holds the lowest-health areas and their people by definition (all of them when none tie at the cut).',
  );
  await expect(page.getByTestId('reach-sensitivity')).toHaveText(
    "Scored in other reasonable ways (the category by its band's mid-place instead of 1, 0.5 and 0; standardised values instead of places), the same weights move 14–21 areas in and 14–21 out, reach 72–78 of the 93 lowest-health areas (16.5–18.6 million people) and 69–73 of the 93 lowest on the other outcome.",
  );
  await expect(page.getByTestId('sensitivity-category-mid-rank').getByRole('cell')).toHaveText(['21', '21', '78', '73']);
  await expect(page.getByTestId('reach-agreement')).toContainText('over the 314 areas with both: 0.94 (1 would be the same order, 0 no relation). With ONS Health Index, 2021: 0.87 (305 areas).');
  await expect(page.getByTestId('what-if-money')).toHaveText(
    'The Levelling Up Fund was competitive: councils bid, and the category set priority, not an allocation. In practice the areas that would leave the top group won £187,997,108 and those that would enter it £109,615,459: what they won, not money that would move with the group.',
  );

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-reach-csv').click()]);
  expect(download.suggestedFilename()).toBe('health-gap-what-if-reach.csv');
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n');
  expect(lines).toContain('allocation,Category 1 as published,,,58,13558514,58716549,62,');
  expect(lines).toContain('sensitivity,Standardised values instead of places,19,19,77,18542069,74348370,73,');

  // Ranked on the Health Index, the reach is checked against healthy life expectancy instead; 89 of category 1's
  // 93 have a Health Index figure of their own, so the groups hold 89.
  // One health measure serves the lists and the what-if tool: it is chosen in the definition.
  await page.getByTestId('def-health').selectOption('health-index-2021');
  await expect(page.getByTestId('reach-row-published').getByRole('cell')).toHaveText(['60', '14.2 million', '58.7 million', '56']);
  await expect(page.getByTestId('reach-line').last()).toHaveText(
    "Against healthy life expectancy at birth, males, 2009–13, which the ranking does not use: of the 89 areas lowest on it (districts' own figures only), category 1 as published holds 56, this top group 67.",
  );
});
