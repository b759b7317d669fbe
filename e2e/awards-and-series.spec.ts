// The fund awards, the Health Index and the newest healthy life expectancy, on the map and in the panels.
import { chooseLayer, expect, linkName, openSidePanel, PLACES, renderedPaintedAreas, test, waitForColouredMap, AREA_COUNT, featureState } from './fixtures';

const NEW_LAYERS = ['luf-awards-per-head', 'luf-awards', 'health-index-2021', 'health-index-people-2015', 'hle-male-2022-24', 'hle-female-2022-24', 'cvd-mortality-u75-2022-24', 'economic-inactivity-2023', 'population-2019'];

test('each new layer colours the map and its legend from one scale', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  for (const layer of NEW_LAYERS) {
    await chooseLayer(page, layer);
    const legend = page.getByTestId('legend');
    await expect(legend).toHaveAttribute('data-layer', layer);
    await expect(page).toHaveURL(new RegExp(`layer=${linkName(layer)}`));
    const colours = await legend.getByTestId('legend-class').evaluateAll((items) => items.map((item) => item.getAttribute('data-colour')));
    // Hartlepool's feature-state colour is one of the legend's classes, or it is marked as no data.
    await expect.poll(async () => {
      const state = await featureState(page, PLACES.hartlepool.code);
      return state.noData === true || colours.includes(String(state.colour));
    }).toBe(true);
    const counts = await legend.getByTestId('legend-count').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(AREA_COUNT);
  }
  await expect.poll(() => renderedPaintedAreas(page)).toBe(AREA_COUNT);
});

test('the area panel lists the bids, counted and not, and charts the newest healthy life expectancy against England', async ({ page }) => {
  // Dover: its own round-2 bid, and Kent County Council's bid that covers it.
  await page.goto('./?area=E07000108');
  await waitForColouredMap(page);
  const panel = page.getByTestId('area-panel');
  await expect(panel.getByRole('heading', { name: 'Dover' })).toBeVisible();
  const bids = panel.getByTestId('area-bids');
  await expect(bids).toContainText('led by Kent County Council, a body whose area includes this district: £45,000,000, not counted in this district\'s figure');
  await expect(panel.getByTestId('area-line-luf-awards')).toContainText('£');
  const chart = panel.getByTestId('trend-hle-male-ons2026');
  await expect(chart).toContainText('not on the same basis as the census-based 2009–13 figures in this panel.');
  await expect(chart.getByTestId('trend-area')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);
  await expect(chart.getByTestId('trend-england')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);
  await expect(panel.getByTestId('area-line-hle-male-2022-24')).toContainText("County figure");
});

test('the money sentence follows the definition', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const sentence = page.getByTestId('money-sentence');
  await expect(sentence).toContainText('Areas with high health need outside priority category 1 won £');
  const before = await sentence.textContent();
  const people = await page.getByTestId('people-sentence').textContent();
  await page.getByTestId('def-pct').fill('10');
  await expect(sentence).not.toHaveText(before ?? '');
  await expect(page.getByTestId('people-sentence')).not.toHaveText(people ?? '');
  await expect(page.getByTestId('money-need-not-priority')).toBeVisible();
});
