// The first gestures act: a wheel or a drag on the light map, made while MapLibre is still starting, moves
// the map, and MapLibre takes over on the camera they left.
import type { Page } from '@playwright/test';
import { expect, mapView, test, waitForColouredMap } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** The light map's camera, as the address reports it once a gesture has moved it. */
async function hashView(page: Page): Promise<{ zoom: number; lat: number; lng: number } | null> {
  const match = new URL(page.url()).hash.match(/^#([\d.]+)\/([-\d.]+)\/([-\d.]+)$/);
  return match ? { zoom: Number(match[1]), lat: Number(match[2]), lng: Number(match[3]) } : null;
}

async function lightMapCentre(page: Page): Promise<{ x: number; y: number }> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
  await expect(page.getByTestId('legend')).toBeVisible();
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + box.width * 0.6, y: box.y + box.height / 2 };
}

test('a wheel on the light map zooms it, and MapLibre takes over at that zoom', async ({ page }) => {
  await page.goto('./');
  const { x, y } = await lightMapCentre(page);
  await page.mouse.move(x, y);
  for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -100);
  // Four steps of half a zoom level from England's 5.2: the last of them may still be on its way when the
  // wheel has been sent.
  await expect.poll(async () => (await hashView(page))?.zoom ?? 0).toBeGreaterThan(7);
  const zoomed = (await hashView(page))!;
  await waitForColouredMap(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'maplibre', { timeout: 30_000 });
  const view = await mapView(page);
  expect(view.zoom).toBeCloseTo(zoomed.zoom, 1);
  expect(view.lng).toBeCloseTo(zoomed.lng, 3);
});

test('a drag on the light map pans it, and MapLibre takes over where it was left', async ({ page }) => {
  await page.goto('./');
  const { x, y } = await lightMapCentre(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 100, y + 20, { steps: 5 });
  await page.mouse.move(x + 200, y + 40, { steps: 5 });
  await page.mouse.up();
  // Dragged east: the camera's centre is now west of England's middle (-2.3°).
  await expect.poll(async () => (await hashView(page))?.lng ?? 0).toBeLessThan(-4);
  const dragged = (await hashView(page))!;
  // The drag chose no area.
  await expect(page.getByTestId('area-panel')).toHaveCount(0);
  await waitForColouredMap(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'maplibre', { timeout: 30_000 });
  const view = await mapView(page);
  expect(view.lng).toBeCloseTo(dragged.lng, 3);
  expect(view.lat).toBeCloseTo(dragged.lat, 3);
});

test('an area chosen before MapLibre has started is still framed when MapLibre takes over', async ({ page }) => {
  await page.goto('./');
  await lightMapCentre(page);
  const box = page.getByRole('combobox', { name: 'Find an area' });
  await box.fill('Hartlepool');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect.poll(async () => (await hashView(page))?.zoom ?? 0).toBe(9);
  const framed = (await hashView(page))!;
  await waitForColouredMap(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'maplibre', { timeout: 30_000 });
  const view = await mapView(page);
  expect(view.zoom).toBeCloseTo(9, 3);
  expect(view.lat).toBeCloseTo(framed.lat, 3);
});
