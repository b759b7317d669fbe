// The scatter, the what-if reach chart and the trend charts download as SVG and PNG files that stand on
// their own: the title and source line in the file, the chart's marks, on white, at twice the size for the PNG.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, openSidePanel, pngColours, test } from './fixtures';

/** Presses the button (by keyboard or mouse) and returns the file's name and bytes. */
async function download(page: Page, button: Locator, how: 'keyboard' | 'mouse'): Promise<{ name: string; bytes: Buffer }> {
  await button.scrollIntoViewIfNeeded();
  const pressed = how === 'keyboard' ? button.focus().then(() => page.keyboard.press('Enter')) : button.click();
  const [file] = await Promise.all([page.waitForEvent('download'), pressed]);
  // Kept for a look: test-results/<project>-<file name>.
  await file.saveAs(`test-results/${test.info().project.name}-${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

interface SvgFile {
  error: string | null;
  width: string | null;
  title: string;
  subtitle: string;
  source: string;
  background: string | null;
  /** Elements inside the chart matching the selector. */
  marks: number;
  /** Whether any style, attribute or text still names a CSS variable, a class or an outside address. */
  loose: string[];
}

/** Parses the SVG as the browser would open it. */
async function readSvg(page: Page, text: string, marks: string): Promise<SvgFile> {
  return page.evaluate(
    ({ text, marks }) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const loose = [...doc.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().flatMap((name) => {
          const value = element.getAttribute(name) ?? '';
          if (name.startsWith('xmlns')) return [];
          return name === 'class' || /var\(|url\(|https?:/.test(value) ? [`${element.localName} ${name}="${value}"`] : [];
        }),
      );
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        width: root.getAttribute('width'),
        title: doc.getElementById('chart-title')?.textContent ?? '',
        subtitle: doc.getElementById('chart-subtitle')?.textContent ?? '',
        source: doc.getElementById('chart-source')?.textContent ?? '',
        background: root.querySelector(':scope > rect')?.getAttribute('fill') ?? null,
        marks: doc.getElementById('chart')?.querySelectorAll(marks).length ?? 0,
        loose,
      };
    },
    { text, marks },
  );
}

/** Share of the PNG's pixels that are not white: a chart drawn, not an empty frame. */
async function inkShare(page: Page, png: Buffer): Promise<number> {
  const { counts, total } = await pngColours(page, png);
  const channels = (hex: string): number[] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const ink = [...counts].filter(([hex]) => channels(hex).some((c) => c < 240)).reduce((sum, [, n]) => sum + n, 0);
  return ink / total;
}

async function expectPng(page: Page, png: Buffer, chart: Locator): Promise<void> {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.length).toBeGreaterThan(10_000);
  const box = (await chart.boundingBox())!;
  expect(png.readUInt32BE(16)).toBe(2 * Math.round(box.width));
  expect(await inkShare(page, png)).toBeGreaterThan(0.03);
}

const NO_MAP_SOURCE = 'Sources: ONS, MHCLG, HM Treasury, DfT. Open Government Licence v3.0.';

test('the scatter downloads as SVG by keyboard and as PNG, with its title, source and 314 dots', async ({ page }) => {
  await page.goto('./');
  await openSidePanel(page);
  const scatter = page.getByTestId('scatter').getByRole('img');
  await expect(scatter.locator('circle[data-code]')).toHaveCount(314);

  const svg = await download(page, page.getByRole('button', { name: 'Download scatter as SVG' }), 'keyboard');
  expect(svg.name).toBe('health-gap-map-scatter-hle-males-2009-13.svg');
  const file = await readSvg(page, svg.bytes.toString('utf8'), 'circle[data-code]');
  expect(file).toEqual({
    error: null,
    width: String(Math.round((await scatter.boundingBox())!.width)),
    title: 'Healthy life expectancy at birth, males, 2009–13 against deprivation (IMD 2019 rank): 314 areas with a figure of their own',
    subtitle: 'Coloured by Levelling Up Fund priority category; a dark ring marks an area whose own council won a bid.',
    source: NO_MAP_SOURCE,
    background: '#ffffff',
    marks: 314,
    loose: [],
  });

  const png = await download(page, page.getByRole('button', { name: 'Download scatter as PNG' }), 'mouse');
  expect(png.name).toBe('health-gap-map-scatter-hle-males-2009-13.png');
  await expectPng(page, png.bytes, scatter);
});

test('the what-if reach chart downloads as SVG and PNG with the reach at the current weights', async ({ page }) => {
  await page.goto('./?layer=what-if&weights=40,30,30');
  await openSidePanel(page);
  const chart = page.getByTestId('reach-chart').getByRole('img');
  await expect(page.getByTestId('reach-marker')).toHaveAttribute('data-health-percent', '40');
  await expect(page.getByTestId('reach-simulated')).toHaveText('75');

  const svg = await download(page, page.getByRole('button', { name: 'Download what-if reach chart as SVG' }), 'mouse');
  expect(svg.name).toBe('health-gap-map-what-if-reach-hle-males-2009-13-health-weight-40.svg');
  const text = svg.bytes.toString('utf8');
  const file = await readSvg(page, text, 'path');
  expect(file).toMatchObject({
    error: null,
    title: 'What if health had counted? Of the 93 areas with the lowest healthy life expectancy (males, 2009–13), those the top group reaches as the health weight goes from 0 to 100%',
    subtitle: 'Published category 1 reaches 58. At the current health weight, 40%, the top group reaches 75; the other two weights keep their proportion.',
    source: NO_MAP_SOURCE,
    background: '#ffffff',
    // The curve.
    marks: 1,
    loose: [],
  });
  expect(text).toContain('>Published category 1: 58</text>');

  const png = await download(page, page.getByRole('button', { name: 'Download what-if reach chart as PNG' }), 'keyboard');
  expect(png.name).toBe('health-gap-map-what-if-reach-hle-males-2009-13-health-weight-40.png');
  await expectPng(page, png.bytes, chart);
});

test("an area's trend chart downloads as SVG and PNG named for the area, with every period labelled", async ({ page }) => {
  await page.goto('./?area=E06000001');
  await openSidePanel(page);
  const trend = page.getByTestId('trend-hle-male-ons2026');
  const chart = trend.getByRole('img');
  const name = /^Download Healthy life expectancy at birth, males, 2011–13 to 2022–24 \(survey-based\) chart for Hartlepool as /;

  const svg = await download(page, trend.getByRole('button', { name: new RegExp(`${name.source}SVG$`) }), 'keyboard');
  expect(svg.name).toBe('health-gap-map-trend-hle-male-ons2026-hartlepool.svg');
  const text = svg.bytes.toString('utf8');
  const file = await readSvg(page, text, 'path');
  expect(file).toMatchObject({
    error: null,
    title: 'Healthy life expectancy at birth, males, 2011–13 to 2022–24 (survey-based): Hartlepool and England',
    subtitle: '',
    source: 'Sources: ONS. Open Government Licence v3.0.',
    background: '#ffffff',
    // The interval band, England's line and Hartlepool's.
    marks: 3,
    loose: [],
  });
  for (let start = 2011; start <= 2022; start++) expect(text).toContain(`>${start}–${String(start + 2).slice(2)}</text>`);

  const png = await download(page, trend.getByRole('button', { name: new RegExp(`${name.source}PNG$`) }), 'mouse');
  expect(png.name).toBe('health-gap-map-trend-hle-male-ons2026-hartlepool.png');
  await expectPng(page, png.bytes, chart);
});

test('the gap chart of "Is the gap closing?" downloads as SVG by keyboard and as PNG', async ({ page }) => {
  await page.goto('./?view=gap&sex=female');
  const figure = page.getByTestId('gap-chart');
  await expect(figure.getByTestId('gap-chart-tenths')).toHaveAttribute('d', /^M/);

  const svg = await download(page, page.getByRole('button', { name: 'Download gap chart as SVG' }), 'keyboard');
  expect(svg.name).toBe('health-gap-map-hle-gap-females-2011-13-to-2022-24.svg');
  const text = svg.bytes.toString('utf8');
  expect(await readSvg(page, text, 'path')).toMatchObject({
    error: null,
    title: 'The gap in healthy life expectancy between England’s upper-tier areas, females, 2011–13 to 2022–24, years (95% intervals shaded)',
    subtitle: '',
    source: 'Sources: ONS. Open Government Licence v3.0.',
    background: '#ffffff',
    // Two bands and two lines.
    marks: 4,
    loose: [],
  });
  expect(text).toContain('>White paper baseline</text>');

  const png = await download(page, page.getByRole('button', { name: 'Download gap chart as PNG' }), 'mouse');
  expect(png.name).toBe('health-gap-map-hle-gap-females-2011-13-to-2022-24.png');
  await expectPng(page, png.bytes, figure.getByRole('img'));
});
