// The words a newcomer may not know are explained where they are first used: by keyboard, mouse and touch.
import { expect, PLACES, test } from './fixtures';

const HLE =
  'Healthy life expectancy (HLE): The years a newborn could expect to live in “very good” or “good” health if the rates of death and of self-reported health of the period held all its life (ONS). It is not how long people live, and each figure covers a period of years.';

test('keyboard: Tab to a term, open it, read it, and Escape closes it with focus kept on the term', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the phone hides the subtitle: its terms are in the legend (the touch test below)');
  await page.goto(`./?area=${PLACES.hartlepool.code}`);
  await expect(page.getByTestId('area-panel')).toBeVisible();
  const term = page.getByRole('banner').getByRole('button', { name: 'Healthy life expectancy: what it means' });
  // The skip link comes first, then the subtitle's first term.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('banner').getByTestId('term-explanation')).toHaveText(HLE);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('term-explanation')).toHaveCount(0);
  await expect(term).toBeFocused();
  // That Escape was the term's: the area stays selected.
  await expect(page.getByTestId('area-panel')).toBeVisible();
});

test('the deprivation words in the area panel and a figure’s "Estimate" in the table explain themselves', async ({ page, isMobile }) => {
  await page.goto('./?area=E07000117&layer=imd-local-concentration');
  const panel = page.getByTestId('area-panel');
  // On a phone the panel is a sheet: open it.
  if (isMobile) await page.getByTestId('sheet-toggle').click();
  await panel.getByRole('button', { name: 'local concentration: what it means' }).click();
  await expect(panel.getByTestId('term-explanation')).toHaveText(
    'Local concentration (IMD): How deprived a district’s worst pockets are: the average deprivation rank, weighted by population, of its most deprived neighbourhoods (LSOAs) that together hold 10% of its people.',
  );
  // Open, it stays inside the panel's column at every size, the phone's sheet included.
  const side = page.getByRole('complementary', { name: 'Details and analysis' });
  expect(await side.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const tip = (await panel.getByTestId('term-explanation').boundingBox())!;
  expect(tip.x + tip.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  // A click elsewhere closes it.
  await panel.getByRole('heading', { level: 2 }).click();
  await expect(panel.getByTestId('term-explanation')).toHaveCount(0);
  // Each word once, at its first use in the panel's order (the 2009–13 estimate's caveat names MSOAs before the deprivation group).
  await expect(panel.getByRole('button', { name: /what it means$/ })).toHaveText(['local concentration', 'MSOA', 'rank of average rank', 'extent']);

  await page.goto('./?layer=hle-male&view=table');
  await expect(page.getByTestId('area-table')).toBeVisible();
  const key = page.getByTestId('table-terms');
  await key.getByRole('button', { name: 'Estimate: what it means' }).click();
  await expect(key.getByTestId('term-explanation')).toContainText('ONS published no figure for this district, so we estimated it');
});

test('touch: the legend names its terms, and a tap explains one', async ({ page, isMobile }) => {
  await page.goto('./');
  const legend = page.getByTestId('legend');
  await expect(legend).toBeVisible();
  if ((await legend.getAttribute('open')) === null) await legend.getByRole('heading', { name: 'HLE males 2009–13' }).click();
  const terms = legend.getByTestId('legend-terms');
  await expect(terms).toHaveText('Terms: HLE · quintiles');
  const term = terms.getByRole('button', { name: 'HLE: what it means' });
  await (isMobile ? term.tap() : term.click());
  await expect(terms.getByTestId('term-explanation')).toHaveText(HLE);
  const box = (await legend.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
});
