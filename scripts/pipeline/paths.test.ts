import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputRoot, rawDataDir, REPO_ROOT, upstreamRawDir, VENDORED_RAW_DIR } from './paths.ts';
import { verifyRawFolder } from './manifest.ts';

describe('where raw data comes from', () => {
  it("builds from the repository's own data/raw unless DATA_RAW says otherwise", () => {
    expect(rawDataDir({})).toBe(path.join(REPO_ROOT, 'data', 'raw'));
    expect(rawDataDir({ DATA_RAW: '' })).toBe(VENDORED_RAW_DIR);
    expect(rawDataDir({ DATA_RAW: '/elsewhere/raw' })).toBe('/elsewhere/raw');
  });

  it("vendors from the team's shared folder beside the repository unless DATA_RAW says otherwise", () => {
    expect(upstreamRawDir({})).toBe(path.resolve(REPO_ROOT, '..', 'shared', 'data', 'raw'));
    expect(upstreamRawDir({ DATA_RAW: '/elsewhere/raw' })).toBe('/elsewhere/raw');
  });

  it("writes to the site's static folder unless DATA_OUT says otherwise, taking a relative DATA_OUT from the working directory", () => {
    expect(outputRoot({})).toBe(path.join(REPO_ROOT, 'static'));
    expect(outputRoot({ DATA_OUT: '' })).toBe(path.join(REPO_ROOT, 'static'));
    expect(outputRoot({ DATA_OUT: '/tmp/out' })).toBe('/tmp/out');
    expect(outputRoot({ DATA_OUT: 'dry-run' })).toBe(path.resolve('dry-run'));
  });

  it("carries data/raw exactly as its manifest lists it", () => {
    expect(verifyRawFolder(VENDORED_RAW_DIR, true)).toMatch(/^Raw files: \d+ match MANIFEST\.sha256$/);
  });
});
