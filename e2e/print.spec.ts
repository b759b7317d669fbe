// Printing: an area's profile fits one A4 page; the divergence lists print at their full length.
import type { Page } from '@playwright/test';
import { expect, openSidePanel, test } from './fixtures';

/** The page as Chromium prints it to A4, and the number of pages (page objects, not the /Pages tree). */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

// Hartlepool; Birmingham; Ribble Valley, whose figures are partly its county's; and East Northamptonshire, the
// longest profile of the 314 (a caveat under most figures: its successor's), which fills the page.
for (const { code, name } of [
  { code: 'E06000001', name: 'Hartlepool' },
  { code: 'E08000025', name: 'Birmingham' },
  { code: 'E07000124', name: 'Ribble Valley' },
  { code: 'E07000152', name: 'East Northamptonshire' },
]) {
  test(`${name}'s profile prints on one A4 page, with its heading, source line and address`, async ({ page }) => {
    await page.goto(`./?area=${code}`);
    const panel = page.getByTestId('area-panel');
    await expect(panel.getByTestId('trend-hle-male-ons2026')).toBeVisible();
    expect(await printedPages(page)).toBe(1);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(panel.getByTestId('trend-hle-female-ons2026').getByRole('img')).toBeVisible();
    await expect(page.getByTestId('sources').getByText(/^Sources: ONS, /)).toBeVisible();
    await expect(page.getByTestId('print-url')).toHaveText(new RegExp(`^This page: http://127\\.0\\.0\\.1:\\d+/\\?area=${code}(#[-\\d./]+)?$`));
    // What only works on a screen is left out.
    await expect(page.getByTestId('map')).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Find an area' })).toBeHidden();
    // Words explained on screen print as plain words; no other control reaches the paper.
    await expect(panel.getByRole('button')).toHaveCount(await panel.getByTestId('term').count());
    await expect(page.getByTestId('divergence-panel')).toBeHidden();
  });
}

test('the divergence lists print in full: every row on the paper, nothing scrolled away, no row split', async ({ page }) => {
  await page.goto('./');
  await openSidePanel(page);
  const lists = ['list-need-not-priority', 'list-priority-not-need'];
  await expect(page.getByTestId('list-need-not-priority-count')).toHaveText('35');
  expect(await printedPages(page)).toBeGreaterThan(1);
  for (const id of lists) {
    const list = page.getByTestId(id);
    const rows = list.getByRole('row');
    const count = Number(await page.getByTestId(`${id}-count`).textContent());
    // The column heads and one row per area.
    await expect(rows).toHaveCount(count + 1);
    const report = await rows.evaluateAll((elements) => {
      const width = document.documentElement.scrollWidth;
      const height = document.documentElement.scrollHeight;
      return elements.flatMap((row) => {
        const box = row.getBoundingClientRect();
        const top = box.top + window.scrollY;
        const inside = box.height > 0 && box.left >= 0 && box.right <= width && top >= 0 && top + box.height <= height;
        return inside && getComputedStyle(row).breakInside === 'avoid' ? [] : [row.textContent];
      });
    });
    expect(report, `${id}: rows off the paper or free to split`).toEqual([]);
    for (const row of await rows.all()) await expect(row).toBeVisible();
  }
  // Neither a list nor the panel around it keeps rows behind a scroll (text for screen readers only, a pixel
  // wide, is clipped by design).
  const clipped = await page.evaluate((ids) => {
    const boxes = [...ids.map((id) => document.querySelector(`[data-testid="${id}"]`)!), document.querySelector('[aria-label="Details and analysis"]')!];
    return boxes
      .flatMap((box) => [box, ...box.querySelectorAll('*')])
      .filter((element) => element.clientWidth > 1 && element.scrollHeight > element.clientHeight + 1 && getComputedStyle(element).overflowY !== 'visible')
      .map((element) => element.outerHTML.slice(0, 80));
  }, lists);
  expect(clipped).toEqual([]);
});
