import { describe, expect, it } from 'vitest';
import { AppState } from './app.svelte';
import { ViewState } from './view.svelte';
import { FakeBrowser } from './fakeBrowser';

function setUp(address = '/map/') {
  const browser = new FakeBrowser(address);
  const app = new AppState(browser);
  const view = new ViewState(app, (code) => ({ E06000001: 'Hartlepool' })[code]);
  return { browser, app, view };
}

describe('ViewState', () => {
  it('selects through the URL, opens the sheet, and says so', () => {
    const { app, view, browser } = setUp();
    view.select('E06000001', true);
    expect(app.url.area).toBe('E06000001');
    expect(browser.entries).toEqual(['/map/', '/map/?area=E06000001']);
    expect(view.sheetOpen).toBe(true);
    expect(view.flyTarget).toEqual({ seq: 1, code: 'E06000001' });
    expect(view.announcement).toBe('Selected Hartlepool.');
  });

  it('lets go of a selected neighbourhood when a district is chosen, keeping the neighbourhood view', () => {
    const { app, view } = setUp('/map/?area=E06000001&geo=msoa&msoa=E02002489');
    view.select('E06000002', true);
    expect(app.url).toMatchObject({ area: 'E06000002', geo: 'msoa2011', subArea: null });
  });

  it('shows a chosen neighbourhood with its district, framing the district when asked to', () => {
    const { app, view, browser } = setUp();
    view.selectNeighbourhood('E02002489', 'E06000001', 'Hartlepool 007', true);
    expect(browser.entries.at(-1)).toBe('/map/?area=E06000001&geo=msoa&msoa=E02002489');
    expect(app.url).toMatchObject({ area: 'E06000001', geo: 'msoa2011', subArea: { geography: 'msoa2011', code: 'E02002489' } });
    expect(view.flyTarget).toEqual({ seq: 1, code: 'E06000001' });
    expect(view.sheetOpen).toBe(true);
    expect(view.announcement).toBe('Selected Hartlepool 007.');
  });

  it('does not move the camera for a selection made on the map itself', () => {
    const { view } = setUp();
    view.select('E06000001');
    expect(view.flyTarget.seq).toBe(0);
  });

  it('closes one thing per Escape: the selection, then the sheet', () => {
    const { app, view } = setUp('/map/?layer=divergence&area=E06000001');
    expect(view.sheetOpen).toBe(true);
    view.escape();
    expect(app.url.area).toBeNull();
    expect(view.sheetOpen).toBe(true);
    expect(view.announcement).toBe('Selection cleared.');
    view.escape();
    expect(view.sheetOpen).toBe(false);
  });

  it('opens the sheet for the divergence layer and announces each layer', () => {
    const { app, view } = setUp();
    expect(view.sheetOpen).toBe(false);
    view.setLayer('imd');
    expect(view.sheetOpen).toBe(false);
    expect(view.announcement).toBe('Map coloured by Index of Multiple Deprivation 2019: rank of average rank (1 = most deprived).');
    view.setLayer('divergence');
    expect(view.sheetOpen).toBe(true);
    expect(app.url.layer).toBe('divergence');
  });

  it('follows the pointer and clears it off the map', () => {
    const { view } = setUp();
    view.point('E06000001', { x: 10, y: 20 });
    expect(view.pointer).toEqual({ code: 'E06000001', x: 10, y: 20 });
    expect(view.highlighted).toBe('E06000001');
    view.point(null, null);
    expect(view.pointer).toBeNull();
    expect(view.highlighted).toBeNull();
  });

  it('shows the table when the map fails, and remembers why, without writing it into the link', () => {
    const { view, browser } = setUp();
    view.mapFailed('WebGL is not available');
    expect(view.mode).toBe('table');
    expect(view.mapFailure).toBe('WebGL is not available');
    expect(browser.entries).toEqual(['/map/']);
  });

  it('puts map or table in the link, with a history entry', () => {
    const { view, browser } = setUp();
    view.mode = 'table';
    expect(browser.entries).toEqual(['/map/', '/map/?view=table']);
    expect(setUp('/map/?view=table').view.mode).toBe('table');
  });
});
