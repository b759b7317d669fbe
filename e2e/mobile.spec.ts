import { expect, openSidePanel, sheetToggle, test, waitForColouredMap } from './fixtures';

test.skip(({ isMobile }) => !isMobile, 'small-screen layout only');

test('on a phone the map fills the screen and the panels are a bottom sheet', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  const canvas = (await page.getByTestId('map').boundingBox())!;
  expect(canvas.width).toBeGreaterThanOrEqual(370);
  const toggle = sheetToggle(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await openSidePanel(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('divergence-headline')).toBeInViewport();
});

test('on a phone every visible control is at least 44 px in both directions', async ({ page }) => {
  await page.goto('./');
  await waitForColouredMap(page);
  await openSidePanel(page);
  const small = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, select, input:not([type=radio]), a[href], summary')) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Not on screen: hidden, or parked above the page until focused (the skip link).
      if (box.width === 0 || style.visibility === 'hidden' || box.bottom <= 0) continue;
      // A link or an explained word inside a sentence is exempt, as WCAG 2.5.8 exempts inline targets.
      const inText = (element.tagName === 'A' && element.closest('p, li')) || element.dataset.testid === 'term';
      if (!inText && (box.width < 44 || box.height < 44)) found.push(`${element.tagName} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return found;
  });
  expect(small).toEqual([]);
});
