import { chooseLayer, expect, featureState, linkName, hatchedAreas, PLACES, test, waitForColouredMap } from './fixtures';

const LAYERS = ['hle-female', 'hle-female-2018', 'hle-male-2018', 'hle-male-2022-24', 'imd', 'luf', 'divergence'] as const;

test('switching each layer recolours the map and the legend, and records the layer in the URL', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  // Every area has a 2009–13 figure: nothing is hatched.
  expect(await hatchedAreas(page)).toEqual([]);
  let previousLegend = await page.getByTestId('legend').innerText();
  for (const layer of LAYERS) {
    await chooseLayer(page, layer);
    await expect(page).toHaveURL(new RegExp(`layer=${linkName(layer)}`));
    await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', layer);
    const legend = await page.getByTestId('legend').innerText();
    expect(legend).not.toBe(previousLegend);
    previousLegend = legend;
    // The map's colour for Blackpool is one of the legend's colours (or no data): map and legend agree.
    const colours = await page.getByTestId('legend-class').evaluateAll((items) => items.map((i) => i.getAttribute('data-colour')));
    await expect.poll(async () => colours.includes((await featureState(page, PLACES.blackpool.code)).colour as string)).toBe(true);
    await waitForColouredMap(page);
  }
});

test('deprivation is labelled with 1 = most deprived', async ({ page }) => {
  await page.goto('./?layer=imd');
  await waitForColouredMap(page);
  await expect(page.getByTestId('legend')).toContainText('1 = most deprived');
  // Blackpool is the most deprived district in IoD2019: darkest class.
  const darkest = await page.getByTestId('legend-class').first().getAttribute('data-colour');
  expect((await featureState(page, PLACES.blackpool.code)).colour).toBe(darkest);
});

test('areas without a figure are hatched as no data, not coloured as a class', async ({ page }) => {
  await page.goto('./?layer=hle-male-2018');
  await waitForColouredMap(page);
  // City of London has no 2018–20 figure at source.
  const state = await featureState(page, 'E09000001');
  expect(state.noData).toBe(true);
  expect(state.colour).toBeNull();
  // Nor has the Isles of Scilly.
  await expect(page.getByTestId('legend-no-data').getByTestId('legend-count')).toHaveText('2');
  // And it is the hatch layer that draws it.
  expect(await hatchedAreas(page)).toEqual(expect.arrayContaining(['E09000001']));
});

test('the menu lists measures, the period control chooses the years, and old links open the same period', async ({ page }) => {
  await page.goto('./?layer=hle-male-2015-17');
  await waitForColouredMap(page);
  const measure = page.getByRole('combobox', { name: 'Colour areas by' });
  const period = page.getByRole('combobox', { name: 'Period' });
  await expect(measure).toHaveValue('hle-male');
  await expect(period).toHaveValue('hle-male-2015-17');
  expect(await measure.locator('option').count()).toBe(26);
  expect(await period.locator('option').allTextContents()).toEqual([
    '2022–24', '2021–23', '2020–22', '2019–21', '2018–20', '2018–20 as first published (superseded)', '2017–19', '2016–18', '2015–17', '2014–16', '2013–15', '2012–14', '2011–13',
    '2009–13 (census-based, with estimates for shire districts)',
  ]);
  // By keyboard: the next period down is the one before.
  await period.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'hle-male-2014-16');
  await expect(page).toHaveURL(/\?layer=hle-male&period=2014-16(#|$)/);
  // The other sex keeps the years.
  await measure.selectOption('hle-female');
  await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', 'hle-female-2014-16');
  // A measure of one period has no period control.
  await measure.selectOption('imd');
  await expect(period).toHaveCount(0);
  // The Health Index has no 2014: its newest year is chosen.
  await measure.selectOption('health-index');
  await expect(period).toHaveValue('health-index-2021');
  await expect(page).toHaveURL(/\?layer=health-index&period=2021(#|$)/);
});
