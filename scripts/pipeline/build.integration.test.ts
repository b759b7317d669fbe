import { readWholeFile } from '../../src/lib/indicators/testSplitFiles.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Figure } from '../../src/lib/data/figureShape.ts';
import type { AreaRecord, AreasFile } from '../../src/lib/data/types.ts';
import { AreasFileSchema } from '../../src/lib/data/schema.ts';
import { INDICATORS } from '../../src/lib/indicators/catalogue.ts';
import { buildAndPublish, type BuildResult } from './build.ts';
import { parseCsv } from './csv.ts';
import { OUTPUT_FILES, RAW_FILES } from './files.ts';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';
import { MANIFEST } from './manifest.ts';
import { rawDataDir, REPO_ROOT } from './paths.ts';
import { fsSource } from './source.ts';

// The full pipeline on the real raw data (data/raw, or DATA_RAW). Skipped, not failed, where it is absent.
const RAW = rawDataDir();
const HAVE_RAW = existsSync(path.join(RAW, RAW_FILES.ladLookup));

/** The research check, as anyone could write it: of the lowest 30% for male HLE 2009–13, how many are in LUF group 1? */
function lowest30InGroup1(file: AreasFile): number {
  const hle = file.indicators['hle-male']!.byArea;
  const luf = file.indicators.luf!.byArea;
  const ranked = file.areas.filter((a) => hle[a.code]?.value !== null).sort((a, b) => (hle[a.code]?.value ?? 0) - (hle[b.code]?.value ?? 0));
  return ranked.slice(0, Math.round(ranked.length * 0.3)).filter((a) => luf[a.code]?.value === 1).length;
}

/** The same from areas.csv, as a spreadsheet user would: sort by one column, take the top 30%, count another. */
function lowest30InGroup1FromCsv(text: string): number {
  const [header, ...rows] = parseCsv(text, 'areas.csv').map((r) => r.fields);
  const hle = header?.indexOf('hle_male') ?? -1;
  const luf = header?.indexOf('luf') ?? -1;
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
  const fig = (id: string, code: string): Figure => {
    const f = file.indicators[id]?.byArea[code];
    if (f === undefined) throw new Error(`no ${id} figure for ${code}`);
    return f;
  };

  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'hgm-build-'));
    result = buildAndPublish(fsSource(RAW), out, (line) => log.push(line));
    // The split files joined back: what the page fetches, first view and measures together.
    file = readWholeFile(out);
    // A whole data build, neighbourhood tiles included: seconds alone, far longer on a shared machine.
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes 314 areas, every catalogue indicator with a figure for each, as the shared schema requires', () => {
    expect(file.areas).toHaveLength(314);
    expect(v.safeParse(AreasFileSchema, file).success).toBe(true);
    for (const { id } of INDICATORS) expect(Object.keys(file.indicators[id]!.byArea).sort()).toEqual(file.areas.map((a) => a.code).sort());
    expect(file.areas).toEqual(result.areasFile.areas);
  });

  it('has the published LUF split 93/108/113', () => {
    const count = (c: number) => file.areas.filter((a) => fig('luf', a.code).value === c).length;
    expect([count(1), count(2), count(3)]).toEqual([93, 108, 113]);
  });

  it('covers HLE 2009–13 for all 314 areas per sex, and HLE 2018–20 for 312', () => {
    const line = (id: string) => file.coverage.find((c) => c.indicator === id);
    expect(line('hle-male')).toMatchObject({ withValue: 314, total: 314, breakdown: { official: 124, estimate: 190 } });
    expect(line('hle-female')).toMatchObject({ withValue: 314, total: 314 });
    expect(line('hle-male-2018')).toMatchObject({ withValue: 312, breakdown: { official: 124, county: 181, successor: 7 } });
    expect(fig('hle-male-2018', 'E09000001')).toEqual({ value: null, status: 'missing-at-source' });
  });

  it('reports the coverage of the new indicators, by status', () => {
    expect(log).toContain('  Preventable CVD deaths <75: 314/314: 286 the district’s own, 24 the successor authority’s, 4 derived');
    expect(log).toContain('  Economically inactive (all reasons): 312/314: 288 the district’s own, 24 the successor authority’s, 2 without a value');
    expect(log).toContain('  Health Index 2021: 312/314: 305 the district’s own, 7 the successor authority’s, 2 without a value');
    expect(log).toContain('  Population 2019: 314/314: 314 the district’s own');
    expect(log).toContain('  HLE males 2022–24 (ONS 2026): 312/314: 124 the district’s own, 164 the county’s, 24 the successor authority’s, 2 without a value');
    expect(file.places.E67000001).toBe('City of London and Hackney');
  });

  it('gives Hartlepool its official male 2009–13 value with its interval', () => {
    expect(fig('hle-male', 'E06000001')).toEqual({ value: 58.51, lci: 58.12, uci: 58.91, status: 'official' });
  });

  it('ranks Blackpool most deprived and marks Buckinghamshire derived', () => {
    expect(fig('imd', 'E06000009')).toMatchObject({ value: 1, rank: 1, status: 'official' });
    expect(fig('imd-score', 'E06000060')).toMatchObject({ value: 10.052, status: 'derived' });
    expect(fig('imd', 'E06000060').detail).toBeUndefined();
    expect(log).toContain('IMD ranks: reproduced 317/317 published ranks for 5 measures');
  });

  it('maps Northumberland, Gateshead, Buckinghamshire and the Northamptonshire districts as documented', () => {
    expect(fig('hle-male', 'E06000057').measuredFor).toBe('E06000048');
    expect(fig('hle-female', 'E08000037').measuredFor).toBe('E08000020');
    expect(fig('hle-male', 'E06000060').measuredFor).toBe('E10000002');
    expect(fig('hle-male', 'E06000058').status).toBe('estimate');
    expect(fig('hle-male', 'E06000059').status).toBe('estimate');
    expect(fig('hle-male-2018', 'E07000150')).toMatchObject({ status: 'successor', measuredFor: 'E06000061' });
    expect(fig('hle-male-2018', 'E07000154').measuredFor).toBe('E06000062');
    expect(fig('hle-male-2018', 'E07000008')).toMatchObject({ status: 'county', measuredFor: 'E10000003' });
    expect(file.places.E10000003).toBe('Cambridgeshire');
  });

  it('totals the Towns Fund as published', () => {
    expect(file.areas.reduce((s, a) => s + (fig('towns-fund', a.code).value ?? 0), 0)).toBe(2_349_153_587 + 830_628_468);
    expect(log).toContain('Towns Fund: 100 Town Deals £2,349,153,587; 72 Future High Streets Fund places £830,628,468');
  });

  it('writes a topology of 314 areas, the CSV, the catalogue and the input checksums', () => {
    const topo = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.topology), 'utf8')) as { objects: { lad: { geometries: unknown[] } } };
    expect(topo.objects.lad.geometries).toHaveLength(314);
    expect(readFileSync(path.join(out, OUTPUT_FILES.areasCsv), 'utf8').trimEnd().split('\r\n')).toHaveLength(315);
    expect(JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.indicatorsJson), 'utf8'))).toHaveLength(INDICATORS.length);
    const postcodes = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.postcodes), 'utf8')) as Record<string, string>;
    expect(Object.keys(postcodes)).toHaveLength(2951);
    expect(postcodes).toMatchObject({ TS24: 'E06000001', TN34: 'E07000062 E07000064', CF10: 'W92000004', CH1: 'E06000050 W92000004' });
    expect(file.inputs.map((i) => i.path).sort()).toEqual(Object.values(RAW_FILES).sort());
  });

  it('writes the HLE series on its own geography: the 153 upper-tier authorities of 2023, each once, 151 with figures', () => {
    const upper = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.hleUpperTier), 'utf8')) as UpperTierHle;
    expect(upper.periods).toEqual(['2011–13', '2012–14', '2013–15', '2014–16', '2015–17', '2016–18', '2017–19', '2018–20', '2019–21', '2020–22', '2021–23', '2022–24']);
    expect(new Set(upper.areas.map((a) => a.code)).size).toBe(153);
    expect(upper.areas.filter((a) => a.values.male.every((v) => v === null)).map((a) => a.name)).toEqual(['Isles of Scilly', 'City of London']);
    // SOURCE.md's check: 2022–24 male range 50.9 (Blackpool) to 69.3 (Richmond upon Thames); England 60.9 (60.7–61.2).
    const latest = upper.areas.flatMap((a) => (a.values.male[11] ? [{ name: a.name, value: a.values.male[11].value }] : [])).sort((a, b) => a.value - b.value);
    expect([latest[0], latest[latest.length - 1]]).toEqual([{ name: 'Blackpool', value: 50.9 }, { name: 'Richmond upon Thames', value: 69.3 }]);
    expect(upper.england.male[11]).toEqual({ value: 60.9, lci: 60.7, uci: 61.2 });
  });

  it('cuts the boundaries into a complete tile pyramid, and boxes every area', () => {
    const tileJson = JSON.parse(readFileSync(path.join(out, OUTPUT_FILES.tileJson), 'utf8')) as { maxzoom: number; bounds: number[] };
    expect(tileJson.maxzoom).toBe(8);
    // England from Land's End and the Scillies to Lowestoft and Berwick.
    expect(tileJson.bounds.map((n) => Math.round(n))).toEqual([-6, 50, 2, 56]);
    const tiles = readdirSync(path.join(out, OUTPUT_FILES.tileDir), { recursive: true }).filter((name) => String(name).endsWith('.pbf'));
    expect(tiles).toHaveLength(100);
    const hartlepool = area('E06000001').bounds!;
    expect(hartlepool[0]).toBeLessThan(-1.2);
    expect(hartlepool[2]).toBeGreaterThan(-1.2);
    expect(hartlepool[1]).toBeLessThan(54.68);
    expect(hartlepool[3]).toBeGreaterThan(54.68);
    expect(log.some((line) => /^Vector tiles: zooms 0–8, 100 tiles/.test(line))).toBe(true);
  });

  it('keeps every district, the City of London included, in the tiles a first view opens on: zoom 3 (a phone) to 5 (a laptop)', () => {
    for (const z of [3, 4, 5]) {
      const folder = path.join(out, OUTPUT_FILES.tileDir, String(z));
      const codes = new Set<string>();
      for (const name of readdirSync(folder, { recursive: true }).map(String).filter((name) => name.endsWith('.pbf'))) {
        const areas = new VectorTile(new PbfReader(readFileSync(path.join(folder, name)))).layers.areas;
        for (let i = 0; i < (areas?.length ?? 0); i += 1) codes.add(String(areas!.feature(i).properties.code));
      }
      expect(codes.size, `zoom ${z}`).toBe(314);
      expect(codes.has('E09000001'), `the City of London at zoom ${z}`).toBe(true);
    }
  });

  it('lets anyone recompute the lowest-30% check in a few lines, from the JSON or the CSV alike', () => {
    const fromJson = lowest30InGroup1(file);
    const fromCsv = lowest30InGroup1FromCsv(readFileSync(path.join(out, OUTPUT_FILES.areasCsv), 'utf8'));
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
