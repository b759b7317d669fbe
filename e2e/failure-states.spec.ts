import { bodyRows, expect, test, waitForColouredMap } from './fixtures';

test('a damaged data file gives a clear message and Try again recovers', async ({ page }) => {
  let failures = 1;
  await page.route('**/data/areas.json', async (route) => {
    if (failures > 0) {
      failures -= 1;
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{"schemaVersion": 1, "areas": [' });
    } else {
      await route.continue();
    }
  });
  await page.goto('./');
  await expect(page.getByTestId('load-error')).toContainText('is damaged');
  await page.getByTestId('retry').click();
  await expect(page.getByTestId('load-error')).toHaveCount(0);
  await waitForColouredMap(page);
});

test('missing boundaries say which file, and the table still works', async ({ page, watch }) => {
  await page.route('**/geo/lad2020/tiles.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByTestId('map-failure')).toContainText('the boundaries could not be downloaded: geo/lad2020/tiles.json (HTTP 404)');
  await expect(bodyRows(page.getByTestId('area-table'))).toHaveCount(314);
  // The browser itself logs the 404; that one console error is the point of this test.
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !e.includes('404')));
});

test('area names are shown as text, never run as HTML', async ({ page }) => {
  await page.route('**/data/areas.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.areas[0].name = '<img src=x id=injected onerror="window.__pwned=1">Hartlepool';
    await route.fulfill({ response, json });
  });
  await page.goto('./?area=E06000001');
  await expect(page.getByTestId('area-panel').getByRole('heading', { level: 2 })).toHaveText('<img src=x id=injected onerror="window.__pwned=1">Hartlepool');
  expect(await page.evaluate(() => document.getElementById('injected'))).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('without the SVG paths the map is drawn by MapLibre alone, coloured as usual', async ({ page, watch }) => {
  await page.route('**/geo/lad2020.svg.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./?layer=luf');
  await waitForColouredMap(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'maplibre');
  await expect(page.getByTestId('svg-map')).toHaveCount(0);
  await expect(page.getByTestId('map-failure')).toHaveCount(0);
  // The browser itself logs the 404; that one console error is the point of this test.
  watch.errors.splice(0, watch.errors.length, ...watch.errors.filter((e) => !e.includes('404')));
});
