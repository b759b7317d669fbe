import { expect, test } from './fixtures';

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
