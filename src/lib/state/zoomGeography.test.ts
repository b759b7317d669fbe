import { describe, expect, it } from 'vitest';
import { AppState } from './app.svelte';
import { FakeBrowser } from './fakeBrowser';
import { GEOGRAPHIES } from '../data/geographies';
import { geographyAfterZoom, switchedIn, switchedOut, ZoomGeography } from './zoomGeography';

const districts = { geo: 'lad2020', counterpart: true, optedOut: false } as const;

describe('geographyAfterZoom', () => {
  it('shows the neighbourhoods when a hand zoom reaches zoom 8 with a layer that has a counterpart', () => {
    expect(geographyAfterZoom(7, 8, districts)).toBe('msoa2011');
    expect(geographyAfterZoom(9, 10, districts)).toBe('msoa2011');
    expect(geographyAfterZoom(6, 7.9, districts)).toBeNull();
    expect(geographyAfterZoom(7, 9, { ...districts, counterpart: false })).toBeNull();
    expect(geographyAfterZoom(7, 9, { ...districts, optedOut: true })).toBeNull();
    // Panning at zoom 9 is not zooming in.
    expect(geographyAfterZoom(9, 9, districts)).toBeNull();
  });

  it('shows the districts again when a hand zoom goes back below 8', () => {
    const neighbourhoods = { ...districts, geo: 'msoa2011' } as const;
    expect(geographyAfterZoom(8, 7, neighbourhoods)).toBe('lad2020');
    expect(geographyAfterZoom(10, 9, neighbourhoods)).toBeNull();
    expect(geographyAfterZoom(7, 6, { ...neighbourhoods, counterpart: false })).toBe('lad2020');
    expect(geographyAfterZoom(8, 7, districts)).toBeNull();
    // Back to exactly 8 is still the neighbourhoods' zoom; standing still below it is no zoom out.
    expect(geographyAfterZoom(9, 8, neighbourhoods)).toBeNull();
    expect(geographyAfterZoom(7, 7, neighbourhoods)).toBeNull();
  });
});

describe('switchedIn and switchedOut', () => {
  it('name the geography, its statistical name where it has one, and the one above it where there is one', () => {
    expect(switchedIn(GEOGRAPHIES.msoa2011)).toBe('Zoomed in: the map shows neighbourhoods (MSOAs). Zoom out for districts.');
    expect(switchedIn(GEOGRAPHIES.utla2023)).toBe('Zoomed in: the map shows upper-tier areas.');
    expect(switchedOut(GEOGRAPHIES.lad2020)).toBe('Zoomed out: the map shows districts.');
  });
});

describe('ZoomGeography', () => {
  function setUp(address: string) {
    const browser = new FakeBrowser(address);
    const app = new AppState(browser);
    const said: string[] = [];
    return { browser, app, said, zoom: new ZoomGeography(app, (text) => said.push(text)) };
  }

  it('writes the switch into the link and says so, both ways, letting go of a neighbourhood on the way out', () => {
    const { app, said, zoom, browser } = setUp('/map/?area=E06000001');
    zoom.zoomed(7, 8);
    expect(browser.entries.at(-1)).toBe('/map/?area=E06000001&geo=msoa');
    app.navigate({ subArea: { geography: 'msoa2011', code: 'E02002489' } });
    zoom.zoomed(8, 7);
    expect(app.url).toMatchObject({ geo: 'lad2020', subArea: null, area: 'E06000001' });
    expect(said).toEqual(['Zoomed in: the map shows neighbourhoods (MSOAs). Zoom out for districts.', 'Zoomed out: the map shows districts.']);
  });

  it('follows the layer: no switch for a layer without a neighbourhood counterpart', () => {
    const { app, zoom } = setUp('/map/?layer=imd');
    zoom.zoomed(7, 9);
    expect(app.url.geo).toBe('lad2020');
  });

  it('does not undo a hand that turned the neighbourhoods off until the map is zoomed out past the switch', () => {
    const { app, zoom } = setUp('/map/');
    zoom.turnedOff(9);
    zoom.zoomed(9, 10);
    expect(app.url.geo).toBe('lad2020');
    zoom.zoomed(10, 7);
    zoom.zoomed(7, 8);
    expect(app.url.geo).toBe('msoa2011');
  });

  it('counts a hand that turned them off at the switch zoom itself, and forgets it only below the switch', () => {
    const { app, zoom } = setUp('/map/');
    zoom.turnedOff(8);
    zoom.zoomed(9, 8);
    zoom.zoomed(8, 9);
    expect(app.url.geo).toBe('lad2020');
  });

  it('takes no notice of turning them off below the switch zoom', () => {
    const { app, zoom } = setUp('/map/');
    zoom.turnedOff(7);
    zoom.zoomed(7, 8);
    expect(app.url.geo).toBe('msoa2011');
  });
});
