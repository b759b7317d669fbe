import { expect, featureState, openSidePanel, test, waitForColouredMap } from './fixtures';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// Figures for male healthy life expectancy 2009–13, from static/data/areas.json through src/lib/analysis/whatIf.ts.
const HACKNEY = 'E09000012'; // enters the top group at equal thirds and at 40/30/30
const STOCKPORT = 'E08000007'; // leaves it at equal thirds
const SEDGEMOOR = 'E07000188'; // stays in at equal thirds, leaves at 40/30/30

async function legendColour(page: Page, label: string): Promise<string> {
  const item = page.getByTestId('legend-class').filter({ hasText: label });
  return (await item.getAttribute('data-colour'))!;
}

async function expectCounts(page: Page, counts: { enters: number; leaves: number; stays: number; out: number }): Promise<void> {
  await expect(page.getByTestId('what-if-enters')).toHaveText(String(counts.enters));
  await expect(page.getByTestId('what-if-leaves')).toHaveText(String(counts.leaves));
  await expect(page.getByTestId('what-if-stays-in')).toHaveText(String(counts.stays));
  await expect(page.getByTestId('what-if-stays-out')).toHaveText(String(counts.out));
  await expect(page.getByTestId('list-enters-count')).toHaveText(String(counts.enters));
  await expect(page.getByTestId('list-leaves-count')).toHaveText(String(counts.leaves));
}

test('the default headline reads as the research does: 93 areas, 58 in category 1, 35 not', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('need-count')).toHaveText('93');
  await expect(page.getByTestId('need-by-1')).toHaveText('58');
  await expect(page.getByTestId('need-not-1')).toHaveText('35');
  await expect(page.getByTestId('divergence-headline')).toHaveText(
    "35 of the 93 districts with the lowest healthy life expectancy were not in the Levelling Up Fund's top priority group (category 1); 58 were. " +
      'High need here: the 93 lowest of the 314 districts with a figure of their own for healthy life expectancy (males, 2009–13), as many as priority category 1 holds among them. ' +
      'Of the 35, 28 were in category 2 and 7 in category 3.',
  );
  await expect(page.getByTestId('research-line')).toHaveAttribute('data-matches', 'true');
  await expect(page.getByTestId('research-line')).toContainText('58 in category 1, 35 not. Ours matches it.');
  await expect(page.getByTestId('def-size-category-1')).toBeChecked();

  // The lowest 30% is still a choice, and then the line says the figure is not reproduced.
  await page.getByTestId('def-size-share').check();
  await expect(page).toHaveURL(/pct=30/);
  await expect(page.getByTestId('need-count')).toHaveText('94');
  await expect(page.getByTestId('research-line')).toHaveAttribute('data-matches', 'false');
  await expect(page.getByTestId('research-line')).toContainText('Ours does not match it: 94, 59 and 35');
});

test('moving a weight updates the movers layer, the counts and the URL in one history entry', async ({ page }) => {
  await page.goto('./?layer=what-if');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'what-if');
  await expectCounts(page, { enters: 14, leaves: 14, stays: 79, out: 207 });
  await expect(page.getByTestId('reach-published')).toHaveText('58');
  await expect(page.getByTestId('reach-simulated')).toHaveText('72');
  const enters = await legendColour(page, 'Would enter the top group');
  const leaves = await legendColour(page, 'Would leave the top group');
  const staysIn = await legendColour(page, 'Stays in the top group');
  expect((await featureState(page, HACKNEY)).colour).toBe(enters);
  expect((await featureState(page, STOCKPORT)).colour).toBe(leaves);
  expect((await featureState(page, SEDGEMOOR)).colour).toBe(staysIn);

  const before = await page.evaluate(() => history.length);
  // The steps of one drag, 34% to 40%, as a slider sends them: one input event per step, in quick succession
  // (dispatched in one go, so that a loaded machine cannot spread them over the gesture's one-second window).
  await page.getByTestId('weight-health').evaluate((slider: HTMLInputElement) => {
    for (let value = 34; value <= 40; value += 1) {
      slider.value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await expect(page.getByTestId('weight-health-value')).toHaveText('40%');
  await expect(page.getByTestId('weight-deprivation-value')).toHaveText('30%');
  await expect(page.getByTestId('weight-category-value')).toHaveText('30%');
  await expect(page).toHaveURL(/weights=40%2C30%2C30/);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await expectCounts(page, { enters: 17, leaves: 17, stays: 76, out: 204 });
  await expect(page.getByTestId('reach-simulated')).toHaveText('75');
  await expect(page.getByTestId('legend-class').filter({ hasText: 'Would leave the top group' })).toHaveText(/Would leave the top group\s*17\s*$/);
  await expect.poll(async () => (await featureState(page, SEDGEMOOR)).colour).toBe(leaves);
  await expect(page.getByTestId('reach-marker')).toHaveAttribute('data-health-percent', '40');

  // By keyboard: one step more for health; the rest is shared between the other two.
  const slider = page.getByTestId('weight-health');
  await slider.focus();
  await slider.press('ArrowRight');
  await expect(page.getByTestId('weight-health-value')).toHaveText('41%');
  await expect(page).toHaveURL(/weights=41%2C30%2C29/);
});

test('a shared URL restores the weights, the lists, the layer and the counts', async ({ page }) => {
  await page.goto('./?layer=what-if&weights=40,30,30');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('weight-health')).toHaveValue('40');
  await expect(page.getByTestId('weight-deprivation')).toHaveValue('30');
  await expectCounts(page, { enters: 17, leaves: 17, stays: 76, out: 204 });
  await expect(page.getByTestId('list-leaves').locator(`tr[data-code="${SEDGEMOOR}"]`)).toHaveCount(1);
  expect((await featureState(page, SEDGEMOOR)).colour).toBe(await legendColour(page, 'Would leave the top group'));
  // A preset by name, too.
  await page.goto('./?layer=what-if&preset=health-only');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('preset-health-only')).toHaveAttribute('aria-pressed', 'true');
  await expectCounts(page, { enters: 35, leaves: 35, stays: 58, out: 186 });
  await expect(page.getByTestId('reach-simulated')).toHaveText('93');
});

test('as published, by keyboard, the simulated group is category 1 exactly; a listed mover can be selected', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const row = page.getByTestId('list-enters').locator(`tr[data-code="${HACKNEY}"]`);
  await row.getByRole('button').click();
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', HACKNEY);
  await expect(page).toHaveURL(new RegExp(`area=${HACKNEY}`));

  const published = page.getByTestId('preset-as-published');
  await published.focus();
  await published.press('Enter');
  await expect(page).toHaveURL(/preset=as-published/);
  await expect(published).toHaveAttribute('aria-pressed', 'true');
  await expectCounts(page, { enters: 0, leaves: 0, stays: 93, out: 221 });
  await expect(page.getByTestId('reach-simulated')).toHaveText('58');
});

test('the what-if panel and its layer have no serious accessibility violations', async ({ page }) => {
  await page.goto('./?layer=what-if&weights=40,30,30');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('what-if-panel')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="what-if-panel"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  expect(serious).toEqual([]);
});
