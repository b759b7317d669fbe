// The selected area is where a person can see it: on the map, not under the bottom sheet, the legend or
// the Map / Table buttons, at a desktop, a tablet and a phone size; and its heading is on screen in the panel
// however it was chosen.
import type { Page } from '@playwright/test';
import { PLACES, expect, openSidePanel, screenPoint, sheetToggle, test, waitForColouredMap } from './fixtures';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// The machine is shared: the first map can take half a minute in software WebGL.
test.describe.configure({ timeout: 120_000 });

const CORNWALL = { code: 'E06000052', name: 'Cornwall' };
const SIZES = [
  { width: 1280, height: 900 },
  { width: 768, height: 1024 },
  { width: 375, height: 667 },
];

/** Waits until MapLibre is the map on screen and the camera has stopped. */
async function settledMap(page: Page): Promise<void> {
  await waitForColouredMap(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'maplibre', { timeout: 30_000 });
  await page.waitForFunction(() => {
    const map = (window as unknown as { healthGapMap?: { map: { isMoving(): boolean } } }).healthGapMap?.map;
    return map !== undefined && !map.isMoving();
  });
}

/** The area's box (as the data file gives it, the box the map frames) on screen, in page pixels. */
async function areaOnScreen(page: Page, code: string): Promise<Box> {
  const bounds = await page.evaluate(async (wanted) => {
    const file = (await (await fetch('data/areas.json')).json()) as { areas: { code: string; bounds: number[] }[] };
    return file.areas.find((area) => area.code === wanted)!.bounds;
  }, code);
  const [west, south, east, north] = bounds as [number, number, number, number];
  const a = await screenPoint(page, [west, north]);
  const b = await screenPoint(page, [east, south]);
  return { left: a.x, top: a.y, right: b.x, bottom: b.y };
}

async function boxOf(page: Page, locator: ReturnType<Page['getByTestId']>): Promise<Box | null> {
  if (!(await locator.isVisible())) return null;
  const box = await locator.boundingBox();
  return box && { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The area is inside the map and under none of the panels that float over it. */
async function expectInPlainSight(page: Page, code: string): Promise<void> {
  const area = await areaOnScreen(page, code);
  const map = (await boxOf(page, page.getByTestId('map')))!;
  expect(area.left, 'left edge inside the map').toBeGreaterThanOrEqual(map.left);
  expect(area.right, 'right edge inside the map').toBeLessThanOrEqual(map.right);
  expect(area.top, 'top edge inside the map').toBeGreaterThanOrEqual(map.top);
  expect(area.bottom, 'bottom edge inside the map').toBeLessThanOrEqual(map.bottom);
  const panels = {
    legend: await boxOf(page, page.getByTestId('legend')),
    'bottom sheet': await boxOf(page, page.getByRole('complementary', { name: 'Details and analysis' })),
    'Map / Table buttons': await boxOf(page, page.getByRole('group', { name: 'Show as' })),
  };
  for (const [name, panel] of Object.entries(panels)) {
    if (panel) expect(overlaps(area, panel), `${code} under the ${name}`).toBe(false);
  }
}

async function search(page: Page, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill(name);
  await expect(page.getByRole('option', { name: new RegExp(`^${name}`) }).first()).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('England is framed clear of the legend: Cornwall is not under it', async ({ page }) => {
      await page.goto('./');
      await settledMap(page);
      await expectInPlainSight(page, CORNWALL.code);
      await page.screenshot({ path: `test-results/visible-england-${size.width}.png` });
    });

    for (const place of [PLACES.hartlepool, CORNWALL]) {
      test(`${place.name} chosen in the search is framed where it can be seen`, async ({ page }) => {
        await page.goto('./');
        await settledMap(page);
        await search(page, place.name);
        await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', place.code);
        await expect(page.getByTestId('area-panel').getByRole('heading', { name: place.name })).toBeInViewport();
        // Polled: the camera flies there.
        await expect(async () => {
          await settledMap(page);
          await expectInPlainSight(page, place.code);
        }).toPass({ timeout: 10_000 });
        await page.screenshot({ path: `test-results/visible-${place.name.toLowerCase()}-${size.width}.png` });
      });
    }

    test('the divergence layer shows its legend, not under the sheet', async ({ page }) => {
      await page.goto('./?layer=divergence');
      await settledMap(page);
      const legend = (await boxOf(page, page.getByTestId('legend')))!;
      expect(legend, 'legend on screen').not.toBeNull();
      await expect(page.getByTestId('legend').getByRole('heading', { name: 'Need vs priority' })).toBeInViewport();
      const sheet = await boxOf(page, page.getByRole('complementary', { name: 'Details and analysis' }));
      if (sheet) expect(overlaps(legend, sheet), 'legend under the sheet').toBe(false);
    });
  });
}

test('a click on the map shows the new area’s heading, wherever the panel was scrolled to', async ({ page }) => {
  // A view in the link, so that the map shows Birmingham as well as Blackpool (without one it frames Blackpool).
  await page.goto(`./?area=${PLACES.blackpool.code}#6/53/-1.5`);
  await settledMap(page);
  const side = page.getByRole('complementary', { name: 'Details and analysis' });
  await page.getByTestId('scatter').scrollIntoViewIfNeeded();
  await expect(side.getByRole('heading', { name: 'Blackpool' })).not.toBeInViewport();
  const { x, y } = await screenPoint(page, PLACES.birmingham.lngLat);
  await page.mouse.click(x, y);
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.birmingham.code);
  await expect(side.getByRole('heading', { name: 'Birmingham' })).toBeInViewport();
});

test('a click on a scatter dot shows that area’s heading', async ({ page }) => {
  await page.goto('./');
  await settledMap(page);
  const dot = page.getByTestId('scatter').locator(`circle[data-code="${PLACES.blackpool.code}"]`).first();
  await dot.scrollIntoViewIfNeeded();
  const box = (await dot.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.blackpool.code);
  await expect(page.getByTestId('area-panel').getByRole('heading', { name: 'Blackpool' })).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test('the sheet reopened by a tap on the map starts at the new area’s name, not where it was left', async ({ page }) => {
    await page.goto(`./?area=${PLACES.blackpool.code}#6/53/-1.5`);
    await settledMap(page);
    await openSidePanel(page);
    const side = page.getByRole('complementary', { name: 'Details and analysis' });
    await side.getByTestId('area-line-imd').scrollIntoViewIfNeeded();
    await expect(side.getByRole('heading', { name: 'Blackpool' })).not.toBeInViewport();
    await sheetToggle(page).click();
    await expect(sheetToggle(page)).toHaveAttribute('aria-expanded', 'false');
    const { x, y } = await screenPoint(page, PLACES.birmingham.lngLat);
    await page.mouse.click(x, y);
    await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', PLACES.birmingham.code);
    await expect(side.getByRole('heading', { name: 'Birmingham' })).toBeInViewport();
  });
});
