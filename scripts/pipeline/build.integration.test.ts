import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaRecord, AreasFile } from '../../src/lib/data/types.ts';
import { buildAndPublish, type BuildResult } from './build.ts';
import { parseCsv } from './csv.ts';
import { OUTPUT_FILES, RAW_FILES } from './files.ts';
import { MANIFEST } from './manifest.ts';
import { rawDataDir, REPO_ROOT } from './paths.ts';
import { fsSource } from './source.ts';

// The full pipeline on the real raw data (data/raw, or DATA_RAW). Skipped, not failed, where it is absent.
const RAW = rawDataDir();
const HAVE_RAW = existsSync(path.join(RAW, RAW_FILES.ladLookup));

/** The research check, as anyone could write it: of the lowest 30% for male HLE 2009–13, how many are in LUF group 1? */
function lowest30InGroup1(areas: readonly AreaRecord[]): number {
  const ranked = areas
    .filter((a) => a.hle2009.male !== null)
    .sort((a, b) => (a.hle2009.male?.value ?? 0) - (b.hle2009.male?.value ?? 0));
  const lowest = ranked.slice(0, Math.round(ranked.length * 0.3));
  return lowest.filter((a) => a.luf === 1).length;
}

/** The same from areas.csv, as a spreadsheet user would: sort by one column, take the top 30%, count another. */
function lowest30InGroup1FromCsv(text: string): number {
  const [header, ...rows] = parseCsv(text, 'areas.csv').map((r) => r.fields);
  const hle = header?.indexOf('hle2009_male') ?? -1;
  const luf = header?.indexOf('luf_priority_category') ?? -1;
  const ranked = rows.filter((r) => r[hle] !== '').sort((a, b) => Number(a[hle]) - Number(b[hle]));
  return ranked.slice(0, Math.round(ranked.length * 0.3)).filter((r) => r[luf] === '1').length;
}

describe.skipIf(!HAVE_RAW)('full pipeline on the real raw data', () => {
  let out: string;
  let result: BuildResult;
  let file: AreasFile;
  const log: string[] = [];
  const area = (code: string): AreaRecord => {
    const a = file.areas.find((x) => x.code === code);
    if (a === undefined) throw new Error(`no area ${code}`);
    return a;
  };

  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'hgm-build-'));
    result = buildAndPublish(fsSource(RAW), out, (line) => log.push(line));
    file = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.areasJson), 'utf8')) as AreasFile;
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes 314 areas, each with a LUF category and IMD measures', () => {
    expect(file.areas).toHaveLength(314);
    for (const a of file.areas) {
      expect([1, 2, 3]).toContain(a.luf);
      expect(Number.isFinite(a.imd.avgScore) && a.imd.rankAvgRank >= 1 && a.imd.rankAvgRank <= 314).toBe(true);
    }
    expect(file.areas).toEqual(result.areasFile.areas);
  });

  it('has the published LUF split 93/108/113', () => {
    const count = (c: number) => file.areas.filter((a) => a.luf === c).length;
    expect([count(1), count(2), count(3)]).toEqual([93, 108, 113]);
  });

  it('covers HLE 2009–13 for all 314 areas per sex, and HLE 2018–20 for 312', () => {
    const line = (id: string) => file.coverage.find((c) => c.indicator === id);
    expect(line('hle-male')).toMatchObject({ withValue: 314, total: 314, breakdown: { official: 124, 'msoa-estimate': 190 } });
    expect(line('hle-female')).toMatchObject({ withValue: 314, total: 314 });
    expect(line('hle-male-2018')?.withValue).toBe(312);
    expect(area('E09000001').hle2018.male).toBeNull();
  });

  it('gives Hartlepool its official male 2009–13 value with its interval', () => {
    expect(area('E06000001').hle2009.male).toMatchObject({ value: 58.51, lci: 58.12, uci: 58.91, method: 'official' });
  });

  it('ranks Blackpool most deprived and marks Buckinghamshire derived', () => {
    expect(area('E06000009').imd.rankAvgRank).toBe(1);
    expect(area('E06000060').imd).toMatchObject({ derived: true, publishedRankAvgRank317: null, avgScore: 10.052 });
    expect(log).toContain('IMD ranks: reproduced 317/317 published ranks for 5 measures');
  });

  it('maps Northumberland, Gateshead, Buckinghamshire and the Northamptonshire districts as documented', () => {
    expect(area('E06000057').hle2009.male?.source.code).toBe('E06000048');
    expect(area('E08000037').hle2009.female?.source.code).toBe('E08000020');
    expect(area('E06000060').hle2009.male?.source.code).toBe('E10000002');
    expect(area('E06000058').hle2009.male?.method).toBe('msoa-estimate');
    expect(area('E06000059').hle2009.male?.method).toBe('msoa-estimate');
    expect(area('E07000150').hle2018.male).toMatchObject({ level: 'successor-unitary', source: { code: 'E06000061' } });
    expect(area('E07000154').hle2018.male?.source.code).toBe('E06000062');
    expect(area('E07000008').hle2018.male).toMatchObject({ level: 'county', source: { code: 'E10000003' } });
  });

  it('totals the Towns Fund as published', () => {
    const sum = (f: (a: AreaRecord) => number) => file.areas.reduce((s, a) => s + f(a), 0);
    expect(sum((a) => a.townsFund.townDeals)).toBe(100);
    expect(sum((a) => a.townsFund.futureHighStreets)).toBe(72);
    expect(sum((a) => a.townsFund.totalGrantGbp)).toBe(2_349_153_587 + 830_628_468);
  });

  it('writes a topology of 314 areas, the CSV, the catalogue and the input checksums', () => {
    const topo = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.topology), 'utf8')) as { objects: { lad: { geometries: unknown[] } } };
    expect(topo.objects.lad.geometries).toHaveLength(314);
    expect(readFileSync(path.join(out, OUTPUT_FILES.areasCsv), 'utf8').trimEnd().split('\r\n')).toHaveLength(315);
    expect(JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.indicatorsJson), 'utf8'))).toHaveLength(11);
    expect(file.inputs.map((i) => i.path).sort()).toEqual(Object.values(RAW_FILES).sort());
  });

  it('cuts the boundaries into a complete tile pyramid, and boxes every area', () => {
    const tileJson = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.tileJson), 'utf8')) as { maxzoom: number; bounds: number[] };
    expect(tileJson.maxzoom).toBe(8);
    // England from Land's End and the Scillies to Lowestoft and Berwick.
    expect(tileJson.bounds.map((n) => Math.round(n))).toEqual([-6, 50, 2, 56]);
    const tiles = readdirSync(path.join(out, OUTPUT_FILES.tileDir), { recursive: true }).filter((name) => String(name).endsWith('.pbf'));
    expect(tiles).toHaveLength(100);
    const hartlepool = area('E06000001').bounds;
    expect(hartlepool[0]).toBeLessThan(-1.2);
    expect(hartlepool[2]).toBeGreaterThan(-1.2);
    expect(hartlepool[1]).toBeLessThan(54.68);
    expect(hartlepool[3]).toBeGreaterThan(54.68);
    expect(log.some((line) => /^Vector tiles: zooms 0–8, 100 tiles/.test(line))).toBe(true);
  });

  it('lets anyone recompute the lowest-30% check in a few lines, from the JSON or the CSV alike', () => {
    const fromJson = lowest30InGroup1(file.areas);
    const fromCsv = lowest30InGroup1FromCsv(readFileSync(path.join(out, OUTPUT_FILES.areasCsv), 'utf8'));
    console.log(`Lowest 30% (94 of 314) male HLE 2009–13 areas in LUF priority group 1: ${fromJson}`);
    expect(fromCsv).toBe(fromJson);
    expect(fromJson).toBe(59);
  });
});

// Each test spawns a whole build-data process, which takes longer than the default per-test timeout on a busy machine.
describe.skipIf(!HAVE_RAW)('build-data on bad input', { timeout: 30_000 }, () => {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  let raw: string;
  let out: string;

  beforeAll(() => {
    // A raw folder that is the real one except for one LUF row with category 4, and without the manifest
    // (which would stop the build at the edited file before any row is read; see the test below).
    raw = mkdtempSync(path.join(tmpdir(), 'hgm-badraw-'));
    for (const dir of readdirSync(RAW)) {
      if (dir !== 'funds' && dir !== MANIFEST) symlinkSync(path.join(RAW, dir), path.join(raw, dir));
    }
    mkdirSync(path.join(raw, 'funds'));
    for (const f of readdirSync(path.join(RAW, 'funds'))) symlinkSync(path.join(RAW, 'funds', f), path.join(raw, 'funds', f));
    rmSync(path.join(raw, RAW_FILES.luf));
    const lines = readFileSync(path.join(RAW, RAW_FILES.luf), 'utf8').split('\n');
    lines[5] = (lines[5] ?? '').replace(/,England,\d,/, ',England,4,');
    writeFileSync(path.join(raw, RAW_FILES.luf), lines.join('\n'));

    out = mkdtempSync(path.join(tmpdir(), 'hgm-badout-'));
    mkdirSync(path.join(out, 'data'));
    writeFileSync(path.join(out, OUTPUT_FILES.areasJson), 'previous areas');
  });
  afterAll(() => {
    rmSync(raw, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  const run = (dataRaw: string) =>
    spawnSync(tsx, [path.join(REPO_ROOT, 'scripts', 'build-data.ts')], { env: { ...process.env, DATA_RAW: dataRaw, DATA_OUT: out }, encoding: 'utf8' });

  it('prints file, row and column to stderr, exits non-zero and leaves previous outputs untouched', () => {
    const r = run(raw);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'funds/luf_r1_2021_priority_categories.csv, data row 5 (line 6), column "priority_category": priority category must be 1, 2 or 3, got 4',
    );
    expect(readFileSync(path.join(out, OUTPUT_FILES.areasJson), 'utf8')).toBe('previous areas');
    expect(readdirSync(path.join(out, 'data'))).toEqual(['areas.json']);
  });

  it('with the manifest, stops before reading and names the file that differs from its checksum', () => {
    symlinkSync(path.join(RAW, MANIFEST), path.join(raw, MANIFEST));
    try {
      const r = run(raw);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`Data build failed: MANIFEST.sha256: raw files do not match the manifest in ${raw}: differ from their checksum: ${RAW_FILES.luf}`);
      expect(readFileSync(path.join(out, OUTPUT_FILES.areasJson), 'utf8')).toBe('previous areas');
    } finally {
      rmSync(path.join(raw, MANIFEST));
    }
  });

  it('names a missing raw file', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'hgm-empty-'));
    try {
      const r = run(empty);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${RAW_FILES.ladLookup}: file not found`);
      expect(readFileSync(path.join(out, OUTPUT_FILES.areasJson), 'utf8')).toBe('previous areas');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
