// Without WebGL the SVG map is the map: hover, click to select, layer switch, selection outline, divergence.
import { AREA_COUNT, PLACES, chooseLayer, expect, test, withoutWebGl } from './fixtures';
import { HATCHED, countFills, legendKey, svgFills, svgPoint } from './svgMap';


test('without WebGL the SVG map is the map: hover and click select an area, and the page says zooming needs WebGL', async ({ page }) => {
  await withoutWebGl(page);
  await page.goto('./');
  await expect(page.getByTestId('map-notice')).toContainText('Zooming and panning need WebGL');
  await expect(page.getByTestId('map')).toHaveAttribute('data-renderer', 'svg');
  await expect(page.getByTestId('map-failure')).toHaveCount(0);

  const { x, y } = await svgPoint(page, PLACES.birmingham.lngLat);
  await page.mouse.move(x, y);
  await expect(page.getByTestId('hover-tip')).toContainText('Birmingham');
  await page.mouse.click(x, y);
  const panel = page.getByTestId('area-panel');
  await expect(panel).toHaveAttribute('data-code', PLACES.birmingham.code);
  await expect(panel.getByRole('heading', { name: 'Birmingham' })).toBeVisible();
  await expect(page).toHaveURL(/area=E08000025/);
  await expect(page.getByTestId('svg-selected')).toHaveAttribute('data-code', PLACES.birmingham.code);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId('svg-selected')).not.toHaveAttribute('data-code');
  const sea = await svgPoint(page, PLACES.northSea.lngLat);
  await page.mouse.click(x, y);
  await expect(panel).toHaveAttribute('data-code', PLACES.birmingham.code);
  await page.mouse.click(sea.x, sea.y);
  await expect(panel).toHaveCount(0);
});

test('without WebGL the layer switch recolours the SVG map, divergence included, as its legend says', async ({ page }) => {
  await withoutWebGl(page);
  await page.goto('./');
  await expect(page.getByTestId('map-notice')).toBeVisible();
  for (const layer of ['imd', 'hle-male-2018', 'divergence'] as const) {
    await chooseLayer(page, layer);
    await expect(page.getByTestId('legend')).toHaveAttribute('data-layer', layer);
    const { colours, noData } = await legendKey(page);
    await expect.poll(async () => countFills(await svgFills(page), colours)).toMatchObject({ hatched: noData, other: 0 });
    const counts = countFills(await svgFills(page), colours);
    expect(counts.classes.reduce((a, b) => a + b, 0) + counts.hatched).toBe(AREA_COUNT);
    if (layer === 'imd') expect((await svgFills(page))[PLACES.blackpool.code]).toBe(colours[0]);
    // City of London has no 2018–20 figure at source: hatched, not a class.
    if (layer === 'hle-male-2018') expect((await svgFills(page))['E09000001']).toBe(HATCHED);
  }
});

test('without WebGL a shared link opens on its area, with the panels and the table working', async ({ page }) => {
  await withoutWebGl(page);
  await page.goto('./?area=E06000009');
  await expect(page.getByTestId('map-notice')).toBeVisible();
  await expect(page.getByTestId('area-panel')).toHaveAttribute('data-code', 'E06000009');
  await expect(page.getByTestId('svg-selected')).toHaveAttribute('data-code', 'E06000009');
  await expect(page.getByTestId('divergence-panel')).toBeVisible();
  await page.getByTestId('show-table').click();
  await expect(page.getByTestId('area-table').locator('tbody tr')).toHaveCount(AREA_COUNT);
});
