// Nothing may stick out of its column, at the three sizes people use: every panel is opened in turn and
// every element in it is measured. Screenshots go to /tmp/layout-*.png for a person to look at too.
import type { Locator, Page } from '@playwright/test';
import { expect, openSidePanel, test, waitForColouredMap } from './fixtures';

// The tablet and the phone are touch screens, whose scrollbars take no width.
const SIZES = [
  { name: 'desktop', width: 1280, height: 900, touch: false },
  { name: 'tablet', width: 768, height: 1024, touch: true },
  { name: 'phone', width: 375, height: 667, touch: true },
] as const;

/**
 * Elements of `container` that scroll sideways (scrollWidth beyond clientWidth) or stick out of it, described
 * so that a failure names them. Visually hidden text (1 px, clipped) is not on screen and is skipped.
 */
async function overflowing(container: Locator): Promise<string[]> {
  return container.evaluate((root) => {
    const box = root.getBoundingClientRect();
    const describe = (el: Element): string => {
      const id = el.getAttribute('data-testid') ?? el.id;
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''} “${text}”`;
    };
    const found: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%')) continue;
      if (el.closest('.visually-hidden')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) continue;
      // An svg's inner shapes may draw outside their own boxes; the svg itself is measured.
      if (el instanceof SVGElement && !(el instanceof SVGSVGElement)) continue;
      if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') {
        found.push(`${describe(el)} scrolls sideways: ${el.scrollWidth} px of content in ${el.clientWidth} px`);
      }
      if (rect.left < box.left - 1 || rect.right > box.right + 1) {
        found.push(`${describe(el)} sticks out: ${Math.round(rect.left)}–${Math.round(rect.right)} px in ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
    }
    return found;
  });
}

/** The control is inside the window, not scrolled or pushed off it sideways. */
async function expectOnScreen(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const rect = await control.boundingBox();
  const size = page.viewportSize()!;
  expect(rect, 'the control has a box').not.toBeNull();
  expect(rect!.x).toBeGreaterThanOrEqual(0);
  expect(rect!.x + rect!.width).toBeLessThanOrEqual(size.width);
}

function side(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Details and analysis' });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.touch, hasTouch: size.touch });

    test('the area, divergence and what-if panels fit their column, also after choosing a preset', async ({ page }) => {
      await page.goto('./?area=E09000025');
      await waitForColouredMap(page);
      await openSidePanel(page);
      await expect(page.getByTestId('area-panel')).toBeVisible();
      await expect(page.getByTestId('definition-form')).toBeVisible();
      await page.screenshot({ path: `/tmp/layout-${size.name}-area.png` });
      expect(await overflowing(side(page))).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

      const equalThirds = page.getByRole('button', { name: 'Equal thirds' });
      await expectOnScreen(page, equalThirds);
      await equalThirds.click();
      for (const control of [page.getByTestId('def-health'), page.getByTestId('def-pct'), page.getByRole('button', { name: 'Health only' })]) {
        await expectOnScreen(page, control);
      }
      await page.screenshot({ path: `/tmp/layout-${size.name}-whatif.png` });
      expect(await overflowing(side(page))).toEqual([]);
      // Choosing the preset must not leave the panel scrolled sideways: the next area's name reads whole.
      expect(await side(page).evaluate((el) => el.scrollLeft)).toBe(0);
    });

    test('the neighbourhood view’s lists, unfolded, fit their column', async ({ page }) => {
      await page.goto('./?area=E06000001&geo=msoa&msoa=E02002489');
      await openSidePanel(page);
      await page.getByText('All 12 neighbourhoods, lowest first').click();
      await page.getByText('Show the 56 districts').click();
      await expect(page.getByTestId('hidden-pockets').getByRole('table')).toBeVisible();
      await page.screenshot({ path: `/tmp/layout-${size.name}-neighbourhoods.png`, fullPage: true });
      expect(await overflowing(page.getByTestId('inside-district'))).toEqual([]);
      expect(await overflowing(page.getByTestId('hidden-pockets'))).toEqual([]);
    });

    test('the table fits the map column', async ({ page }) => {
      await page.goto('./?layer=luf-awards');
      await waitForColouredMap(page);
      await page.getByTestId('show-table').click();
      const table = page.getByRole('region', { name: 'Map and table' });
      await expect(page.getByTestId('area-table')).toBeVisible();
      await page.screenshot({ path: `/tmp/layout-${size.name}-table.png` });
      expect(await overflowing(table)).toEqual([]);
    });

    test('the open legend and the header fit the window', async ({ page }) => {
      await page.goto('./?layer=hle-male');
      await waitForColouredMap(page);
      const legend = page.getByTestId('legend');
      if ((await legend.getAttribute('open')) === null) await legend.locator('summary').click();
      await expect(page.getByTestId('legend-england')).toBeVisible();
      await page.screenshot({ path: `/tmp/layout-${size.name}-legend.png` });
      expect(await overflowing(legend)).toEqual([]);
      expect(await overflowing(page.getByRole('banner'))).toEqual([]);
      expect(await overflowing(page.getByRole('contentinfo'))).toEqual([]);
      for (const control of [page.getByTestId('show-map'), page.getByTestId('show-table'), page.getByRole('combobox', { name: /Colour areas by/ })]) {
        await expectOnScreen(page, control);
      }
    });
  });
}
