import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS } from './quiet';
import { PANEL_WAIT_MS, panelSchedule, whenContentShown } from './schedule';

/** A stand-in for the browser's PerformanceObserver that reports paint entries when told to. */
function fakePaintObserver(supported: string[]): { paint: (name: string) => void; observing: () => number; asked: unknown[] } {
  const callbacks = new Set<(list: { getEntriesByName: (name: string) => unknown[] }) => void>();
  const asked: unknown[] = [];
  class FakeObserver {
    static supportedEntryTypes = supported;
    private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void;
    constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
      this.callback = callback;
    }
    observe(options: unknown): void {
      asked.push(options);
      callbacks.add(this.callback);
    }
    disconnect(): void {
      callbacks.delete(this.callback);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint: (name) => {
      for (const callback of [...callbacks]) callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
    },
    observing: () => callbacks.size,
    asked,
  };
}

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  // The schedule's `quiet` waits for the load too; these tests are about `ready`.
  vi.stubGlobal('document', { readyState: 'loading' });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenContentShown', () => {
  it('waits for the first contentful paint, not the first paint, and then stops observing', async () => {
    const browser = fakePaintObserver(['paint', 'longtask']);
    const shown = whenContentShown();
    browser.paint('first-paint');
    expect(await settled(shown)).toBe(false);
    browser.paint('first-contentful-paint');
    expect(await settled(shown)).toBe(true);
    expect(browser.observing()).toBe(0);
    // Buffered: a paint that came before the observer was made still counts.
    expect(browser.asked).toEqual([{ type: 'paint', buffered: true }]);
  });

  it('resolves at once in a browser without PerformanceObserver', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settled(whenContentShown())).toBe(true);
  });

  it('resolves at once in a browser that does not report paints', async () => {
    fakePaintObserver(['longtask']);
    expect(await settled(whenContentShown())).toBe(true);
  });
});

describe('panelSchedule', () => {
  it('renders the panel a frame after the coloured map is drawn and the page has been shown, not before', async () => {
    const browser = fakePaintObserver(['paint']);
    let drawn: () => void = () => {};
    const schedule = panelSchedule(new Promise<void>((resolve) => (drawn = resolve)));
    drawn();
    // Frames go by, but the browser has not shown anything yet.
    await vi.advanceTimersByTimeAsync(200);
    expect(await settled(schedule.ready)).toBe(false);
    browser.paint('first-contentful-paint');
    expect(await settled(schedule.ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(16);
    expect(await settled(schedule.ready)).toBe(true);
  });

  it('renders the panel anyway once PANEL_WAIT_MS has passed without a map', async () => {
    fakePaintObserver(['paint']);
    const schedule = panelSchedule(new Promise<void>(() => {}));
    await vi.advanceTimersByTimeAsync(PANEL_WAIT_MS - 1);
    expect(await settled(schedule.ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(17);
    expect(await settled(schedule.ready)).toBe(true);
  });

  it("renders a closed sheet's content only once the loaded page has been quiet for QUIET_MS", async () => {
    const browser = fakePaintObserver(['paint']);
    const page = { readyState: 'loading' };
    vi.stubGlobal('document', page);
    const schedule = panelSchedule(Promise.resolve());
    browser.paint('first-contentful-paint');
    await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
    expect(await settled(schedule.ready)).toBe(true);
    expect(await settled(schedule.quiet)).toBe(false);
    page.readyState = 'complete';
    await vi.advanceTimersByTimeAsync(QUIET_MS + 200);
    expect(await settled(schedule.quiet)).toBe(true);
  });
});
