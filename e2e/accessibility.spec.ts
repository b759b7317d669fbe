import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForColouredMap } from './fixtures';
import type { Page } from '@playwright/test';

async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

test('the map view has no serious accessibility violations', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the table view has no serious accessibility violations', async ({ page }) => {
  // axe walks all 314 rows and the layer menu of every indicator: a long scan, not a hang.
  test.setTimeout(120_000);
  await page.goto('./?layer=hle-male-2018');
  await waitForColouredMap(page);
  await page.getByTestId('show-table').click();
  await expect(page.getByTestId('area-table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the area panel and the divergence panel have no serious accessibility violations', async ({ page }) => {
  await page.goto('./?layer=divergence&area=E07000117');
  await waitForColouredMap(page);
  await expect(page.getByTestId('area-panel')).toBeVisible();
  await expect(page.getByTestId('divergence-panel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('layer and selection changes are announced politely', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await page.getByTestId('layer-select').selectOption('luf');
  await expect(page.getByTestId('announcer')).toHaveText(/Map coloured by Levelling Up Fund/);
  await expect(page.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
});

test('the gap view has no serious accessibility violations', async ({ page }) => {
  // The page around it is the map view's, scanned above; this scans the view itself, all 153 rows of its table.
  test.setTimeout(240_000);
  // With its change map and legend open.
  await page.goto('./?view=gap&change=2011-13');
  await expect(page.getByTestId('gap-sentence')).toBeVisible();
  await expect(page.getByTestId('change-legend')).toBeVisible();
  await page.getByText('The gap, period by period').click();
  expect(await seriousViolations(page, '[data-testid="gap-view"]')).toEqual([]);
});
