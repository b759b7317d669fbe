// Issue 20, points 3 and 4: the money table's shared view, medians and named places; the what-if reach in
// people and against an independent outcome, and its sensitivity to the method's choices.
import { expect, openSidePanel, test, waitForColouredMap } from './fixtures';

test('the money table counts the council’s own bids, or shares wider bodies’ bids by population, with medians', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const row = page.getByTestId('money-need-not-priority');
  await expect(page.getByTestId('money-sentence')).toContainText('first two rounds, in bids led by the council itself (21 of 35 won a bid of their own)');
  await expect(row.getByRole('cell')).toHaveText(['21 / 35', '£338,577,989', '£40.41', '£28.75', '8.4 million']);
  await expect(page.getByTestId('money-notes')).toContainText(
    'Isles of Scilly alone holds 33% of the money of "Top priority, lower health need" (£48,443,497); the median area got £98.68 a head.',
  );
  await expect(page.getByTestId('money-notes')).toContainText('Round 2 had its own list of categories, which is not in our data.');

  await page.getByLabel('Also wider bodies’ bids, shared by population').check();
  await expect(row.getByRole('cell')).toHaveText(['27 / 35', '£405,287,372', '£48.37', '£41.49', '8.4 million']);
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
  await page.goto('./?area=E09000007');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('area-panel').getByRole('heading', { name: 'Camden' })).toBeVisible();
  await expect(page.getByTestId('area-panel')).not.toContainText('Colindale');
});
