// `npm run data:vendor` copies a new measure's ELS metadata into data/raw, which is where the catalogue reads it
// from: the modules vendoring loads must not load the catalogue, or a new measure could never be vendored.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/lib/indicators/measureFolder', () => ({
  readMeasureFolder: () => {
    throw new Error('vendoring loaded the catalogue');
  },
}));

describe('what vendoring loads', () => {
  it('is the list of raw files, their manifest and paths, without the catalogue', async () => {
    const manifest = await import('./pipeline/manifest.ts');
    const paths = await import('./pipeline/paths.ts');
    const source = await import('./pipeline/source.ts');
    expect(manifest.vendoredFiles(() => false)).toContain('context/employment-rate.metadata.json');
    expect(typeof paths.upstreamRawDir).toBe('function');
    expect(typeof source.sha256).toBe('function');
  });
});
