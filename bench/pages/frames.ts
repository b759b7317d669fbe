// "Settled": when the page produces frames at the display rate again. A change is only on screen once the
// compositor, the rasteriser and (here, software) GPU have caught up, and none of them reports that to
// JavaScript; but the browser cannot run more than a frame or two ahead of them, so once two frame
// intervals in a row are short, everything before them has been drawn. The same rule serves MapLibre,
// Leaflet SVG and Leaflet Canvas alike, so their figures compare.

// A little over one 60 Hz interval: a frame that took longer was waiting for something.
const QUICK_FRAME_MS = 25;

/** Milliseconds from `begin` to the start of the first of two consecutive quick frames. */
export function framesCaughtUp(begin: number): Promise<number> {
  return new Promise((resolve) => {
    let previous: number | null = null;
    let quickSince: number | null = null;
    const step = (): void => {
      const now = performance.now();
      if (previous !== null && now - previous < QUICK_FRAME_MS) {
        if (quickSince !== null) {
          resolve(quickSince - begin);
          return;
        }
        quickSince = previous;
      } else {
        quickSince = null;
      }
      previous = now;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** Two frames: the second callback runs only once the first frame's main-thread work was committed. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** The User Timing mark the floor page sets at its first paint (the app's is FIRST_COLOURED_PAINT). */
export const FLOOR_FIRST_PAINT = 'floor-first-paint';
