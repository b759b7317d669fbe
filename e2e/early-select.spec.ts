// An area chosen in the first second, before MapLibre has taken over, is framed on the map at once: the light
// map moves to it, and MapLibre takes over on that framing. England's overview is not left on screen.
import type { Page } from '@playwright/test';
import { expect, PLACES, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** How soon a chosen area must fill the map; before the fix England's overview stayed until MapLibre came (8 s here). */
const PROMPTLY_MS = 1000;
/** Hartlepool framed is about 200 px wide; in England's overview it is 12 px. */
const FRAMED_PX = 100;

interface Frame {
  t: number;
  renderer: string | null;
  /** An area is in the address. */
  selected: boolean;
  /** Width on screen of the area's box, px, on whichever renderer is shown; 0 before any map is drawn. */
  width: number;
}

/**
 * Samples every animation frame, from now until MapLibre has been on screen for a second: which renderer shows
 * the map, and how wide `box` is drawn on it (the SVG map's selected outline; MapLibre's projection).
 */
function watch(page: Page, box: [number, number, number, number]): Promise<Frame[]> {
  return page.evaluate(
    (box) =>
      new Promise<Frame[]>((resolve) => {
        type Handle = { map: { project: (p: [number, number]) => { x: number } } };
        const start = performance.now();
        const frames: Frame[] = [];
        let maplibreSince: number | null = null;
        const sample = (): void => {
          const t = performance.now() - start;
          const renderer = document.querySelector('[data-testid="map"]')?.getAttribute('data-renderer') ?? null;
          let width = 0;
          if (renderer === 'svg') width = document.querySelector('[data-testid="svg-selected"]')?.getBoundingClientRect().width ?? 0;
          const handle = (window as unknown as { healthGapMap?: Handle }).healthGapMap;
          if (renderer === 'maplibre' && handle) width = handle.map.project([box[2], box[1]]).x - handle.map.project([box[0], box[1]]).x;
          frames.push({ t: Math.round(t), renderer, selected: location.search.includes('area='), width: Math.round(width) });
          if (renderer === 'maplibre') maplibreSince ??= t;
          if ((maplibreSince !== null && t - maplibreSince > 1000) || t > 60_000) resolve(frames);
          else requestAnimationFrame(sample);
        };
        sample();
      }),
    box,
  );
}

async function hartlepoolBox(page: Page): Promise<[number, number, number, number]> {
  const file = (await (await page.request.get('data/areas.json')).json()) as { areas: { code: string; bounds: [number, number, number, number] }[] };
  return file.areas.find((area) => area.code === PLACES.hartlepool.code)!.bounds;
}

/** From `PROMPTLY_MS` after the area is chosen and a map is drawn, every frame shows it framed. */
function expectFramedPromptly(frames: Frame[]): void {
  const chosen = frames.find((frame) => frame.selected && frame.renderer !== null);
  expect(chosen, 'an area was chosen and a map drawn').toBeDefined();
  // The test is about the light map's time: the area was chosen before MapLibre was shown.
  expect(chosen!.renderer).toBe('svg');
  const late = frames.filter((frame) => frame.t >= chosen!.t + PROMPTLY_MS);
  expect(late.some((frame) => frame.renderer === 'svg'), 'the light map was still on screen a second later').toBe(true);
  const notFramed = late.filter((frame) => frame.width < FRAMED_PX);
  expect(notFramed.slice(0, 3), `frames after ${PROMPTLY_MS} ms not framed on the area (chosen at ${chosen!.t} ms)`).toEqual([]);
  expect(late.at(-1)!.renderer).toBe('maplibre');
}

test('an area in the address is framed on the first map drawn, and stays framed through the hand-over', async ({ page }) => {
  const box = await hartlepoolBox(page);
  await page.goto(`./?area=${PLACES.hartlepool.code}`, { waitUntil: 'commit' });
  expectFramedPromptly(await watch(page, box));
});

test('an area found by search in the first second is framed at once, before MapLibre takes over', async ({ page }) => {
  const box = await hartlepoolBox(page);
  await page.goto('./', { waitUntil: 'commit' });
  const frames = watch(page, box);
  const search = page.getByRole('combobox', { name: 'Find an area' });
  await search.fill('Hartlepool');
  await page.getByRole('option', { name: /Hartlepool/ }).first().waitFor();
  await search.press('ArrowDown');
  await search.press('Enter');
  expectFramedPromptly(await frames);
});
