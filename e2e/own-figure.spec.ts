// A district is ranked on its own figure only: under every health measure, no list, scatter dot or what-if
// rank rests on a county's or a successor authority's figure, and those districts are counted and drawn apart.
import { readWholeFile } from '../src/lib/indicators/testSplitFiles';
import { bodyRows, expect, featureState, openSidePanel, test, waitForColouredMap } from './fixtures';
import type { Page } from '@playwright/test';

interface FigureJson {
  status: string;
}
const areas: {
  areas: { code: string; name: string }[];
  indicators: Record<string, { byArea: Record<string, FigureJson> }>;
} = readWholeFile();
const borrowedUnder = (health: string): Set<string> =>
  new Set(Object.entries(areas.indicators[health]!.byArea).flatMap(([code, figure]) => (figure.status === 'county' || figure.status === 'successor' ? [code] : [])));
const codeOf = (name: string): string => areas.areas.find((area) => area.name === name)!.code;

async function codesIn(page: Page, testId: string): Promise<string[]> {
  return bodyRows(page.getByTestId(testId)).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
}

test('under every health measure, no list entry, scatter dot or what-if mover has a county or successor figure', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./?layer=divergence');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const measures = await page.getByTestId('def-health').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(measures).toEqual(['hle-male', 'hle-female', 'health-index-2021', 'hle-male-2022-24', 'hle-female-2022-24']);
  for (const health of measures) {
    await page.getByTestId('def-health').selectOption(health);
    await expect(page).toHaveURL(health === 'hle-male' ? /^[^?]*\?layer=divergence$/ : new RegExp(`health=${health}`));
    const borrowed = borrowedUnder(health);
    // A measure outside the first view's file is fetched when chosen: its lists fill once it is in.
    await expect(bodyRows(page.getByTestId('list-need-not-priority')).first(), health).toBeVisible();
    const listed = [...(await codesIn(page, 'list-need-not-priority')), ...(await codesIn(page, 'list-priority-not-need'))];
    expect(listed.length, health).toBeGreaterThan(0);
    expect(listed.filter((code) => borrowed.has(code)), health).toEqual([]);
    const dots = await page.getByTestId('scatter').locator('circle[data-code]').evaluateAll((circles) => circles.map((c) => c.getAttribute('data-code') ?? ''));
    expect(dots.filter((code) => borrowed.has(code)), health).toEqual([]);
    const movers = [...(await codesIn(page, 'list-enters')), ...(await codesIn(page, 'list-leaves'))];
    expect(movers.filter((code) => borrowed.has(code)), health).toEqual([]);
    if (borrowed.size > 0) {
      await expect(page.getByTestId('list-not-ranked-count')).toHaveText(String(borrowed.size));
      await expect(page.getByTestId('not-ranked-count')).toHaveText(String(borrowed.size));
    } else {
      await expect(page.getByTestId('list-not-ranked')).toHaveCount(0);
    }
  }
});

test('an old hle= link to males 2022–24 lists no district on its county’s figure, counts them apart and draws them as their own class', async ({ page }) => {
  await page.goto('./?layer=divergence&hle=hle-male-2022-24');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('def-health')).toHaveValue('hle-male-2022-24');
  await expect(page.getByTestId('divergence-headline')).toHaveText(
    "12 of the 47 districts with the lowest healthy life expectancy were not in the Levelling Up Fund's top priority group (category 1); 35 were. " +
      'High need here: the 47 lowest of the 124 districts with a figure of their own for healthy life expectancy (males, 2022–24; ONS February 2026 estimates), ' +
      'as many as priority category 1 holds among them (47 of its 93). Of the 12, 11 were in category 2 and 1 in category 3. ' +
      "188 districts are not ranked under this measure: the only figure is their county's (164) or a successor authority's (24).",
  );
  const listed = await codesIn(page, 'list-need-not-priority');
  for (const name of ['Rushcliffe', 'Wealden', 'Ribble Valley']) expect(listed).not.toContain(codeOf(name));
  await expect(page.getByTestId('list-need-not-priority-count')).toHaveText('12');

  const notRanked = page.getByTestId('list-not-ranked');
  await notRanked.getByText('Not ranked under this measure').click();
  await expect(notRanked.locator(`li[data-code="${codeOf('Ribble Valley')}"]`)).toHaveText(/Ribble Valley\s*\(county figure: Lancashire\)/);
  await expect(notRanked.locator(`li[data-code="${codeOf('Corby')}"]`)).toHaveText(/Corby\s*\(successor authority's figure: North Northamptonshire\)/);

  const legendItem = page.getByTestId('legend-class').filter({ hasText: 'Not ranked: a county or successor figure' });
  await expect(legendItem.getByTestId('legend-count')).toHaveText('188');
  const colour = await legendItem.getAttribute('data-colour');
  expect((await featureState(page, codeOf('Ribble Valley'))).colour).toBe(colour);

  // The what-if movers layer draws them the same way, and its group is sized among the ranked areas.
  await page.getByTestId('what-if-show-on-map').click();
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'what-if');
  await expect(page.getByTestId('legend-class').filter({ hasText: 'Not ranked: a county or successor figure' }).getByTestId('legend-count')).toHaveText('188');
  await expect.poll(async () => (await featureState(page, codeOf('Rushcliffe'))).colour).toBe(colour);
  await expect(page.getByTestId('what-if-not-ranked')).toContainText('188 areas are not ranked under this measure');
});

test('the map and the analysis name their measures, and one click aligns them', async ({ page }) => {
  await page.goto('./?layer=hle-female');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('analysis-measure')).toHaveText('healthy life expectancy (males, 2009–13)');
  await expect(page.getByTestId('measure-differs')).toHaveText('The map shows another: Healthy life expectancy at birth, females, 2009–13.');
  await page.getByTestId('use-map-measure').click();
  await expect(page).toHaveURL(/layer=hle-female&period=2009-13&health=hle-female/);
  await expect(page.getByTestId('analysis-measure')).toHaveText('healthy life expectancy (females, 2009–13)');
  await expect(page.getByTestId('measure-differs')).toHaveCount(0);
  await expect(page.getByTestId('what-if-health')).toContainText('healthy life expectancy (females, 2009–13)');

  await page.goto('./?layer=hle-male-2018&health=health-index-2021');
  await waitForColouredMap(page);
  await openSidePanel(page);
  await expect(page.getByTestId('measure-differs')).toContainText('which the analysis does not use');
  await expect(page.getByTestId('use-map-measure')).toHaveCount(0);
  await page.getByTestId('show-measure-on-map').click();
  await expect(page).toHaveURL(/layer=health-index&period=2021/);
  await expect(page.getByTestId('scatter-y-title')).toHaveText('Health Index 2021 (2015 = 100)');
  await expect(page.getByTestId('list-need-not-priority').getByRole('columnheader').nth(1)).toContainText('Health Index 2021 (rank)');
});
