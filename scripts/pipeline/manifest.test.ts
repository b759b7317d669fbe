import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RAW_FILES } from './files.ts';
import { formatManifest, MANIFEST, parseManifest, vendoredFiles, verifyRawFolder } from './manifest.ts';
import { sha256 } from './source.ts';

const hashOf = (text: string): string => sha256(new TextEncoder().encode(text));

describe('the vendored file list', () => {
  it("holds every file the build reads, the cross-check file, and each folder's SOURCE.md that exists", () => {
    const files = vendoredFiles((rel) => rel === 'funds/SOURCE.md' || rel === 'funds/luf_awards_r1_r2/SOURCE.md');
    for (const rel of Object.values(RAW_FILES)) expect(files).toContain(rel);
    expect(files).toContain('funds/luf_awards_r1_r2/luf_r1_r2_bids_with_lad20_derived.csv');
    expect(files.filter((f) => f.endsWith('SOURCE.md'))).toEqual(['funds/SOURCE.md', 'funds/luf_awards_r1_r2/SOURCE.md']);
  });

  it('gives the SOURCE.md of each folder on the files’ paths, and none inside a file', () => {
    expect(vendoredFiles(() => true).filter((f) => f.endsWith('SOURCE.md'))).toEqual([
      'boundaries/SOURCE.md',
      'boundaries/msoa2011/SOURCE.md',
      'context/SOURCE.md',
      'funds/SOURCE.md',
      'funds/luf_awards_r1_r2/SOURCE.md',
      'funds/mysociety_la_names_codes/SOURCE.md',
      'health_index/SOURCE.md',
      'hle/SOURCE.md',
      'hle/ons_els_2011_2024/SOURCE.md',
      'imd/SOURCE.md',
      'lookups/SOURCE.md',
      'lookups/postcode/SOURCE.md',
      'similar_areas/SOURCE.md',
    ]);
  });

  it('lists each file once, in path order', () => {
    const files = vendoredFiles(() => true);
    expect(files).toEqual([...new Set(files)].sort());
    expect(files.filter((f) => f === 'funds/SOURCE.md')).toHaveLength(1);
  });

  it('lists no workbook', () => {
    expect(vendoredFiles(() => true).filter((f) => /\.xlsx?$/.test(f))).toEqual([]);
  });
});

describe('the manifest', () => {
  it('round-trips in sha256sum format', () => {
    const hashes = new Map([['b/x.csv', 'b'.repeat(64)], ['a/y.csv', 'a'.repeat(64)]]);
    const text = formatManifest(hashes);
    expect(text).toBe(`${'a'.repeat(64)}  a/y.csv\n${'b'.repeat(64)}  b/x.csv\n`);
    expect(parseManifest(text, MANIFEST)).toEqual(hashes);
  });

  it('rejects a damaged line, naming it', () => {
    expect(() => parseManifest(`${'a'.repeat(64)}  a.csv\nnot a line\n`, MANIFEST)).toThrow('MANIFEST.sha256, line 2: not a "<sha256>  <path>" line');
  });

  it('takes a lower-case sha256, two spaces and a path without surrounding space, skipping blank lines', () => {
    const hash = 'a'.repeat(64);
    expect(parseManifest(`${hash}  a b.csv\n\n${'0'.repeat(64)}  c\n`, MANIFEST)).toEqual(new Map([['a b.csv', hash], ['c', '0'.repeat(64)]]));
    for (const line of [`${'A'.repeat(64)}  a.csv`, `${'a'.repeat(63)}  a.csv`, `${hash}a  a.csv`, `${hash} a.csv`, `${hash}   a.csv`, `${hash}  a.csv `, `x${hash}  a.csv`, `${hash}  `]) {
      expect(() => parseManifest(`\n${line}\n`, MANIFEST)).toThrow('MANIFEST.sha256, line 2: not a "<sha256>  <path>" line');
    }
  });

  it('refuses a path listed twice', () => {
    expect(() => parseManifest(`${'a'.repeat(64)}  a.csv\n${'b'.repeat(64)}  a.csv\n`, MANIFEST)).toThrow('MANIFEST.sha256, line 2: a.csv is listed twice');
  });
});

describe('verifying the raw folder before the build reads it', () => {
  let dir: string;
  const write = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  /** A folder with every file the build reads, each holding its own name, and a manifest of them. */
  const complete = (): Map<string, string> => {
    const hashes = new Map<string, string>();
    for (const rel of Object.values(RAW_FILES)) {
      write(rel, rel);
      hashes.set(rel, hashOf(rel));
    }
    return hashes;
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hgm-manifest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes when every listed file matches', () => {
    const hashes = complete();
    write(MANIFEST, formatManifest(hashes));
    expect(verifyRawFolder(dir, true)).toBe(`Raw files: ${hashes.size} match MANIFEST.sha256`);
  });

  it('names the file that differs and the file that is missing', () => {
    const hashes = complete();
    write(MANIFEST, formatManifest(hashes));
    write(RAW_FILES.luf, 'edited by hand');
    rmSync(path.join(dir, RAW_FILES.imdDistricts));
    expect(() => verifyRawFolder(dir, true)).toThrow(
      `MANIFEST.sha256: raw files do not match the manifest in ${dir}: missing: ${RAW_FILES.imdDistricts}; differ from their checksum: ${RAW_FILES.luf}`,
    );
  });

  it('names a file the build reads that the manifest does not list', () => {
    const hashes = complete();
    hashes.delete(RAW_FILES.hleSeries);
    write(MANIFEST, formatManifest(hashes));
    expect(() => verifyRawFolder(dir, true)).toThrow(`read by the build but not listed: ${RAW_FILES.hleSeries} (run npm run data:vendor)`);
  });

  it('names every file that differs and every file not listed', () => {
    const hashes = complete();
    hashes.delete(RAW_FILES.hleSeries);
    hashes.delete(RAW_FILES.postcodes);
    write(MANIFEST, formatManifest(hashes));
    write(RAW_FILES.luf, 'edited by hand');
    write(RAW_FILES.imdDistricts, 'edited by hand');
    expect(() => verifyRawFolder(dir, true)).toThrow(
      `differ from their checksum: ${[RAW_FILES.imdDistricts, RAW_FILES.luf].sort().join(', ')}; read by the build but not listed: ${Object.values(RAW_FILES)
        .filter((rel) => rel === RAW_FILES.hleSeries || rel === RAW_FILES.postcodes)
        .join(', ')} (run npm run data:vendor)`,
    );
  });

  it('names every missing file, and nothing else when only files are missing', () => {
    const hashes = complete();
    write(MANIFEST, formatManifest(hashes));
    rmSync(path.join(dir, RAW_FILES.imdDistricts));
    rmSync(path.join(dir, RAW_FILES.luf));
    const [first, second] = [RAW_FILES.imdDistricts, RAW_FILES.luf].sort();
    expect(() => verifyRawFolder(dir, true)).toThrow(expect.objectContaining({ message: `MANIFEST.sha256: raw files do not match the manifest in ${dir}: missing: ${first}, ${second}` }));
  });

  it("requires a manifest in the repository's folder, not in one given through DATA_RAW", () => {
    expect(() => verifyRawFolder(dir, true)).toThrow(`MANIFEST.sha256: missing from ${dir}: run npm run data:vendor`);
    expect(verifyRawFolder(dir, false)).toBe(`Raw files: no MANIFEST.sha256 in ${dir}, checksums not verified`);
  });
});
