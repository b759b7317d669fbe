import { expect, featureState, hatchedAreas, PLACES, test, waitForColouredMap } from './fixtures';

const LAYERS = ['hle-female', 'hle-male-2018', 'hle-female-2018', 'imd', 'luf', 'divergence'] as const;

test('switching each layer recolours the map and the legend, and records the layer in the URL', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  // Every area has a 2009–13 figure: nothing is hatched.
  expect(await hatchedAreas(page)).toEqual([]);
  let previousLegend = await page.getByTestId('legend').innerText();
  for (const layer of LAYERS) {
    await page.getByTestId('layer-select').selectOption(layer);
    await expect(page).toHaveURL(new RegExp(`layer=${layer}`));
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
