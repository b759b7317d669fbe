import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from './url';
import { addressOf, embedCode } from './embed';

describe('embedding', () => {
  const state = { ...DEFAULT_STATE, layer: 'imd' as const, area: 'E06000009', compare: ['E06000009', 'E06000010'], view: { zoom: 7, lat: 53.8, lng: -3 } };

  it('gives the iframe of the map alone, keeping layer, area and view, escaping the address', () => {
    expect(embedCode('https://example.org', '/map/', state, 'Health Gap Map: IMD "rank"')).toBe(
      '<iframe src="https://example.org/map/?layer=imd&amp;area=E06000009&amp;embed=1#7/53.8/-3" title="Health Gap Map: IMD &quot;rank&quot;" width="640" height="720" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('links an embedded map back to the full view', () => {
    expect(addressOf('https://example.org', '/', { ...state, embed: false, compare: [] })).toBe('https://example.org/?layer=imd&area=E06000009#7/53.8/-3');
  });
});
