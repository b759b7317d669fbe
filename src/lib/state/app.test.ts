import { describe, expect, it } from 'vitest';
import { AppState, GESTURE_MS } from './app.svelte';
import { FakeBrowser } from './fakeBrowser';

function setUp(address = '/map/') {
  const browser = new FakeBrowser(address);
  let now = 0;
  const app = new AppState(browser, () => now);
  const stop = app.listen();
  return { browser, app, stop, advance: (ms: number) => (now += ms) };
}

describe('AppState', () => {
  it('makes one history entry for a slider drag, and a new one for the next gesture', () => {
    const { browser, app, advance } = setUp();
    for (const percentile of [31, 32, 33, 34]) {
      app.navigate({ definition: { ...app.url.definition, needSize: 'share', percentile } }, 'pct');
      advance(100);
    }
    expect(browser.entries).toEqual(['/map/', '/map/?pct=34']);
    advance(GESTURE_MS);
    app.navigate({ definition: { ...app.url.definition, needSize: 'share', percentile: 35 } }, 'pct');
    expect(browser.entries).toEqual(['/map/', '/map/?pct=34', '/map/?pct=35']);
  });

  it('writes a change into the state field by field, so a camera move leaves every other field as it was', () => {
    // Svelte wakes the readers of a field only when that field is written: what reads the layer or the
    // definition is not recomputed at each step of a zoom.
    const { app } = setUp();
    const state = app.url;
    const definition = app.url.definition;
    app.setView({ zoom: 7, lat: 52.5, lng: -1.5 });
    app.setView({ zoom: 8, lat: 54.6, lng: -1.2 });
    expect(app.url).toBe(state);
    expect(app.url.definition).toBe(definition);
    expect(app.url.view).toEqual({ zoom: 8, lat: 54.6, lng: -1.2 });
    app.navigate({ layer: 'imd' });
    expect(app.url.layer).toBe('imd');
    expect(app.url.definition).toBe(definition);
  });

  it('pushes an entry for a layer or area change and replaces it for a camera move', () => {
    const { browser, app } = setUp();
    app.navigate({ layer: 'imd' });
    app.setView({ zoom: 7, lat: 52.5, lng: -1.5 });
    expect(browser.entries).toEqual(['/map/', '/map/?layer=imd#7/52.5/-1.5']);
  });

  it('gives a notice and replaces the entry for an area code that does not exist', () => {
    const { browser, app } = setUp('/map/?area=E06000099&layer=luf');
    expect(app.url.area).toBe('E06000099');
    app.setKnownAreas(new Set(['E06000001']));
    expect(app.url.area).toBeNull();
    expect(app.notices.map((n) => n.text)).toEqual(['No English local authority has the code “E06000099”, so no area is selected.']);
    expect(browser.entries).toEqual(['/map/?layer=luf']);
  });

  it('restores the state on back and forward, and tells the map to move', () => {
    const { browser, app } = setUp();
    app.navigate({ layer: 'imd' });
    app.navigate({ area: 'E06000001' });
    browser.back();
    expect(app.url).toMatchObject({ layer: 'imd', area: null });
    expect(app.externalViewChange).toBe(1);
    browser.back();
    expect(app.url.layer).toBe('hle-male');
    browser.forward();
    browser.forward();
    expect(app.url).toMatchObject({ layer: 'imd', area: 'E06000001' });
    expect(app.externalViewChange).toBe(4);
  });

  it('stops following back and forward once told to', () => {
    const { browser, app, stop } = setUp();
    app.navigate({ layer: 'imd' });
    stop();
    browser.back();
    expect(app.url.layer).toBe('imd');
  });

  it('gives the shareable link from its own state', () => {
    const { app } = setUp('/map/?layer=luf');
    app.navigate({ area: 'E06000001' });
    expect(app.shareUrl).toBe('https://example.org/map/?layer=luf&area=E06000001');
  });

  it('lists a bad parameter once as a notice, corrects the address, and dismisses it', () => {
    const { browser, app } = setUp('/map/?layer=rainfall');
    expect(browser.entries).toEqual(['/map/']);
    app.notify(app.notices[0]!.text);
    expect(app.notices).toHaveLength(1);
    app.dismiss(app.notices[0]!.id);
    expect(app.notices).toEqual([]);
  });
});
