import { readFileSync } from 'node:fs';
import { expect, PLACES, test } from './fixtures';

test('a trend chart labels every period and reads out the one under the pointer or the arrow keys', async ({ page }) => {
  await page.goto('./?area=E06000009');
  const chart = page.getByTestId('trend-hle-male-ons2026');
  const svg = chart.getByRole('img');
  for (let start = 2011; start <= 2022; start++) await expect(svg.getByText(`${start}–${String(start + 3 - 1).slice(2)}`, { exact: true })).toHaveCount(1);
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (!box) throw new Error('chart not on screen');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
  await expect(chart.getByTestId('trend-readout')).toHaveText('2016–18: 55.1 (95% interval 52.8 to 57.4); England 63.3');
  await page.mouse.move(0, 0);
  await svg.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(chart.getByTestId('trend-readout')).toHaveText(/^2022–24: /);
});

// No district misses a period in the middle of a series today, so the file is served with one taken out, as
// a publisher's next release might: Blackpool without its 2016–18 figure.
test('a period without a figure breaks the line and the band instead of bridging them, and the caption says so', async ({ page }) => {
  const json = JSON.parse(readFileSync(new URL('../static/data/measures/hle-male.json', import.meta.url), 'utf8')) as { indicators: Record<string, { byArea: Record<string, unknown> }> };
  json.indicators['hle-male-2016-18']!.byArea[PLACES.blackpool.code] = { value: null, status: 'missing-at-source' };
  await page.route('**/data/measures/hle-male.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) }));
  await page.goto(`./?area=${PLACES.blackpool.code}`);
  const chart = page.getByTestId('trend-hle-male-ons2026');
  // 2011–13 to 2015–17, then a break, then 2017–19 to 2022–24.
  await expect(chart.getByTestId('trend-area')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){5}$/);
  await expect(chart.getByTestId('trend-band')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){9}ZM[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}Z$/);
  await expect(chart.getByTestId('trend-england')).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);
  await expect(chart).toContainText(
    'Healthy life expectancy at birth, males, 2011–13 to 2022–24 (survey-based): Blackpool (line, with its 95% interval shaded) and England (dashed). A break in the line is a period with no figure. A survey-based series: not on the same basis as the census-based 2009–13 figures in this panel.',
  );
  const svg = chart.getByRole('img');
  await svg.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(chart.getByTestId('trend-readout')).toHaveText('2016–18: no figure; England 63.3');
});
