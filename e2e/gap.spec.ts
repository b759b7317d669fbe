// Is the gap closing? The gap view, opened from the header, held in the URL, usable by keyboard; and the
// dated account of the funds since 2021 beside the research's finding.
import type { Page } from '@playwright/test';
import { expect, openSidePanel, test, waitForColouredMap, withoutWebGl } from './fixtures';

const MALE_SENTENCE =
  'Between 2011–13 and 2022–24 the gap in healthy life expectancy between the tenth of upper-tier areas where it is highest and the tenth where it is lowest ' +
  'widened from 11.0 to 12.8 years (males): a change of +1.8 years (95% interval +0.2 to +3.4), beyond the noise of the survey estimates.';
const FEMALE_SENTENCE =
  'Between 2011–13 and 2022–24 the gap in healthy life expectancy between the tenth of upper-tier areas where it is highest and the tenth where it is lowest ' +
  'widened from 11.4 to 13.9 years (females): a change of +2.5 years (95% interval +0.7 to +4.3), beyond the noise of the survey estimates.';

test('the gap view opens from the header, says how the gap moved, switches sex by keyboard and goes back', async ({ page }) => {
  await page.goto('./');
  const open = page.getByRole('button', { name: 'Is the gap closing?' });
  await open.click();
  await expect(page).toHaveURL(/\?view=gap$/);
  const gap = page.getByTestId('gap-view');
  await expect(gap.getByRole('heading', { name: 'Is the gap closing?' })).toBeFocused();
  await expect(gap.getByTestId('gap-sentence')).toHaveText(MALE_SENTENCE);
  await expect(gap.getByTestId('gap-sentence-range')).toHaveText(
    'Between 2011–13 and 2022–24 the gap in healthy life expectancy between the single upper-tier area where it is highest and the one where it is lowest ' +
      'widened from 14.5 to 18.4 years (males): a change of +3.9 years (95% interval −2.4 to +10.3), within the noise of the survey estimates, so it may not be a real change.',
  );
  await expect(gap.getByTestId('gap-mission')).toContainText(
    'Levelling Up White Paper, February 2022: by 2030 the gap in healthy life expectancy between local areas where it is highest and lowest will narrow, and by 2035 healthy life expectancy will rise by five years.',
  );
  await expect(gap.getByTestId('gap-method')).toContainText('The census-based 2009–13 figures elsewhere in this app are a different method and are not on this chart.');
  await expect(gap.getByTestId('gap-method')).toContainText('City of London and the Isles of Scilly have no figure, so 151 areas count in 2022–24. A tenth is 15 areas (151 ÷ 10, rounded).');
  await expect(gap.getByTestId('england-sentence')).toHaveText(
    "England's healthy life expectancy (males) was 63.1 (62.9–63.3) years in 2018–20, the white paper's baseline, and 60.9 (60.7–61.2) years in 2022–24: a change of −2.2 years.",
  );
  // Twelve periods on each line of the chart.
  await expect(gap.getByTestId('gap-chart-tenths')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);
  await expect(gap.getByTestId('england-chart-england')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);

  // Keyboard: the arrow keys move between the radio buttons, and the choice goes into the link.
  await gap.getByRole('radio', { name: 'Males', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\?view=gap&sex=female$/);
  await expect(gap.getByTestId('gap-sentence')).toHaveText(FEMALE_SENTENCE);

  await page.goBack();
  await expect(gap.getByTestId('gap-sentence')).toHaveText(MALE_SENTENCE);

  await gap.getByRole('button', { name: 'Back to the map' }).press('Enter');
  await expect(page.getByTestId('gap-view')).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=gap/);
  await expect(open).toBeFocused();
});

test('a link opens the gap view for females, and Escape closes it', async ({ page }) => {
  await page.goto('./?view=gap&sex=female');
  await expect(page.getByTestId('gap-sentence')).toHaveText(FEMALE_SENTENCE);
  await expect(page.getByRole('radio', { name: 'Females', exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('gap-view')).toHaveCount(0);
});

test('a bad sex in the link gets a notice and shows males', async ({ page }) => {
  await page.goto('./?view=gap&sex=both');
  await expect(page.getByText('The sex “both” must be “male” or “female”, so the gap view shows males.')).toBeVisible();
  await expect(page.getByTestId('gap-sentence')).toHaveText(MALE_SENTENCE);
});

test("each upper-tier area's change is in a table, sortable, the largest falls first", async ({ page }) => {
  await page.goto('./?view=gap');
  const gap = page.getByTestId('gap-view');
  await expect(gap.getByTestId('area-change-sentence')).toHaveText(
    'Between 2011–13 and 2022–24, male healthy life expectancy fell by more than the noise in 28 of the 151 upper-tier areas with a figure in both periods, and rose by more than the noise in none.',
  );
  const rows = gap.getByTestId('gap-area-row');
  // 153 upper-tier authorities of 2023: City of London and the Isles of Scilly have no figure.
  await expect(rows).toHaveCount(153);
  await expect(rows.first()).toContainText('North East Lincolnshire');
  await expect(rows.first()).toContainText('−7.0 (−11.7 to −2.3)');
  await expect(rows.first()).toContainText('fall beyond the noise');
  await expect(gap.locator('[data-code="E09000001"]')).toContainText('no figure');
  await gap.getByRole('button', { name: 'Upper-tier area' }).click();
  await expect(rows.first().getByRole('rowheader')).toHaveText('Barking and Dagenham');
  await gap.getByRole('button', { name: 'Upper-tier area' }).click();
  await expect(rows.first().getByRole('rowheader')).toHaveText('York');
});

test('the divergence panel tells what came after March 2021, dated and sourced, and invents no places', async ({ page }) => {
  await page.goto('./');
  await openSidePanel(page);
  const account = page.getByTestId('funds-account');
  await account.getByText('Did health count later?').click();
  const entries = account.getByTestId('funds-account-entry');
  await expect(entries).toHaveCount(5);
  await expect(entries.nth(0)).toContainText('March 2021: Levelling Up Fund round 1 priority categories');
  await expect(entries.nth(1)).toContainText('February 2022: Levelling Up White Paper: a mission on healthy life expectancy.');
  await expect(entries.nth(2)).toContainText('Source: DLUHC, Levelling Up Partnerships methodology note (March 2023).');
  await expect(entries.nth(3)).toContainText('healthy life expectancy (ONS, upper tier, 3-year averages 2016/18–2018/20)');
  await expect(entries.nth(4)).toContainText('“Levelling Up Needs metrics, which take into account skills, pay, productivity and health”');
  await expect(account.getByTestId('funds-account-note')).toHaveText(
    'No place lists for these are in our data, so this app cannot say which areas they chose or whether health changed who was chosen; it names none.',
  );
});

// The change map: the upper-tier areas on a MapLibre map of their own, drawn in software WebGL here.
type ChangeMapHandle = { healthGapChangeMap?: import('maplibre-gl').Map };
const NORFOLK = [1.0, 52.65] as [number, number];
/** The legend's counts, fell / within / rose / no figure: the figures hleChange.test.ts asserts on the same file. */
const COUNTS = { male: { '2011-13': ['28', '123', '0', '2'], '2018-20': ['19', '132', '0', '2'] } };

async function waitForChangeMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (window as unknown as ChangeMapHandle).healthGapChangeMap;
      return !!map && map.loaded() && map.queryRenderedFeatures({ layers: ['utla-fill'] }).length > 100;
    },
    undefined,
    { timeout: 45_000, polling: 100 },
  );
}

async function changeMapPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((ll) => (window as unknown as ChangeMapHandle).healthGapChangeMap!.project(ll), lngLat);
  const box = await page.getByTestId('change-map-canvas').boundingBox();
  if (!box) throw new Error('change map not on screen');
  return { x: box.x + point.x, y: box.y + point.y };
}

test.describe('the change map', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a link opens it with its legend, and the keyboard switches baseline, the link following', async ({ page }) => {
    await page.goto('./?view=gap&sex=male&change=2011-13');
    const legend = page.getByTestId('change-legend');
    await expect(legend.getByRole('heading')).toHaveText('Change in male healthy life expectancy, 2011–13 to 2022–24');
    const classes = legend.getByTestId('change-legend-class');
    await expect(classes).toHaveText(['Fell beyond the noise', 'Within the noise (neutral)', 'Rose beyond the noise', 'No figure'].map((label, i) => `${label} ${COUNTS.male['2011-13'][i]}`));
    await expect(legend).toContainText('Within the noise (grey, neutral): the interval includes zero, so the survey cannot tell the change from none.');
    await expect(page.getByRole('heading', { name: 'Each upper-tier area’s change' })).toBeFocused();
    const since2011 = page.getByRole('radio', { name: 'Since 2011–13' });
    await expect(since2011).toBeChecked();
    await waitForChangeMap(page);

    // The same map is repainted, not made again.
    await page.evaluate(() => ((window as unknown as ChangeMapHandle & { firstMap?: unknown }).firstMap = (window as unknown as ChangeMapHandle).healthGapChangeMap));
    await since2011.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?view=gap&change=2018-20(#.*)?$/);
    await expect(legend.getByRole('heading')).toHaveText('Change in male healthy life expectancy, 2018–20 to 2022–24');
    await expect(legend.getByTestId('change-legend-count')).toHaveText(COUNTS.male['2018-20']);
    expect(await page.evaluate(() => (window as unknown as ChangeMapHandle & { firstMap?: unknown }).firstMap === (window as unknown as ChangeMapHandle).healthGapChangeMap)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'No map' })).toBeChecked();
    await expect(page).toHaveURL(/\?view=gap(#.*)?$/);
    await expect(page.getByTestId('change-map')).toHaveCount(0);
    // Each choice was its own step in the history: back goes to the one before.
    await page.goBack();
    await expect(page).toHaveURL(/\?view=gap&change=2011-13(#.*)?$/);
    await expect(legend.getByRole('heading')).toHaveText('Change in male healthy life expectancy, 2011–13 to 2022–24');
  });

  test('pointing at or clicking an area gives its change, interval and whether it is beyond the noise', async ({ page, isMobile }) => {
    await page.goto('./?view=gap&change=2011-13');
    await waitForChangeMap(page);
    await page.getByTestId('change-map').scrollIntoViewIfNeeded();
    const { x, y } = await changeMapPoint(page, NORFOLK);
    const chosen = page.getByTestId('change-map-sentence');
    const NORFOLK_SINCE_2011 = 'Norfolk: male healthy life expectancy fell from 64.4 (2011–13) to 61.3 (2022–24), a change of −3.1 years (95% interval −6.0 to −0.2): beyond the noise.';
    await expect(chosen).toHaveText('Point at or click an area on the map for its change.');
    if (!isMobile) {
      await page.mouse.move(x, y);
      await expect(chosen).toHaveText(NORFOLK_SINCE_2011);
      // Off the map, the sentence goes back to the area clicked: none yet.
      await page.mouse.move(1, 1);
      await expect(chosen).toHaveText('Point at or click an area on the map for its change.');
    }
    await page.mouse.click(x, y);
    await expect(chosen).toHaveText(NORFOLK_SINCE_2011);
    // The chosen area keeps its place when the baseline changes: its sentence follows.
    await page.getByRole('radio', { name: 'Since 2018–20, the white paper’s baseline' }).check();
    await expect(chosen).toHaveText('Norfolk: male healthy life expectancy fell from 63.0 (2018–20) to 61.3 (2022–24), a change of −1.7 years (95% interval −4.9 to +1.5): within the noise.');
  });

  test('a bad baseline in the link gets a notice and the gap view without the map', async ({ page }) => {
    await page.goto('./?view=gap&change=2015');
    await expect(page.getByText('The change “2015” must be “2011-13” or “2018-20”, so the gap view shows no change map.')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'No map' })).toBeChecked();
    await expect(page.getByTestId('change-map')).toHaveCount(0);
    await expect(page.getByTestId('gap-area-row')).toHaveCount(153);
  });

  test('a first visit fetches nothing of the gap view or its map; the upper-tier tiles come only with the map', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('./');
    await waitForColouredMap(page);
    expect(requests.filter((url) => /utla2023|GapView|changeMap|hle-upper-tier/.test(url))).toEqual([]);
    await page.getByRole('button', { name: 'Is the gap closing?' }).click();
    await expect(page.getByTestId('gap-sentence')).toBeVisible();
    expect(requests.filter((url) => /utla2023/.test(url))).toEqual([]);
    await page.getByRole('radio', { name: 'Since 2011–13' }).check();
    await expect(page).toHaveURL(/\?view=gap&change=2011-13(#.*)?$/);
    await waitForChangeMap(page);
    expect(requests.some((url) => url.endsWith('/geo/utla2023/tiles.json'))).toBe(true);
    expect(requests.some((url) => /\/geo\/utla2023\/\d+\/\d+\/\d+\.pbf$/.test(url))).toBe(true);
  });

  test('without WebGL the page says the change map cannot be drawn, and the table of changes stays', async ({ page }) => {
    await withoutWebGl(page);
    await page.goto('./?view=gap&change=2011-13');
    await expect(page.getByTestId('change-map-notice')).toHaveText(
      'The change map needs WebGL 2, which this browser or device does not offer. The table below gives every area’s change and whether it is beyond the noise.',
    );
    // The legend's counts still stand: they are the table's classes.
    await expect(page.getByTestId('change-legend-class').first()).toHaveText('Fell beyond the noise 28');
    await expect(page.getByTestId('gap-area-row')).toHaveCount(153);
  });
});
