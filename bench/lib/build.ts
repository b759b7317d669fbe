// Everything the bench serves, built into bench/.build (git-ignored) so that dist/ is never touched:
// the production app exactly as `vite build` makes it, the harness pages from their own Vite config, the
// probe script injected into every page, and the synthetic geographies with their vector tiles (cached:
// they only change when the boundaries do).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { OUTPUT_FILES } from '../../scripts/pipeline/files';
import type { AreasFile } from '../../src/lib/data/types';
import { geoFiles, gridFor, pieceCounts, splitAll } from './synth';
import { TILEJSON_NAME, syntheticTileSet, tileSetSize, writeTileSet, type TileSetSize } from './tiles';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = join(REPO_ROOT, 'bench/.build');
export const SITE_DIR = join(BUILD_DIR, 'site');
export const PROBE_FILE = join(BUILD_DIR, 'probe/probe.js');
const SYNTH_DIR = join(BUILD_DIR, 'synth');
const SOURCE_TOPOLOGY = join(REPO_ROOT, 'static', OUTPUT_FILES.topology);
const SOURCE_AREAS = join(REPO_ROOT, 'static', OUTPUT_FILES.areasJson);
// Bump when the generator changes, so a cached file made by older code is not reused.
const SYNTH_VERSION = 2;

export function ensureData(): void {
  const result = spawnSync('npm', ['run', '--silent', 'data:ensure'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run data:ensure` failed; see above.');
}

export async function buildAll(): Promise<void> {
  // The production build with the app's own config, only pointed at another folder.
  await build({ root: REPO_ROOT, configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: SITE_DIR, emptyOutDir: true } });
  await build({ configFile: join(REPO_ROOT, 'bench/pages/vite.config.ts'), logLevel: 'warn' });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dirname(PROBE_FILE),
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(REPO_ROOT, 'bench/pages/probe.ts'), formats: ['iife'], name: 'benchProbe', fileName: () => 'probe.js' },
    },
  });
}

export interface GeographyInfo {
  /** The `geo` the harness pages are given; its files are all under bench-geo/ (geoFiles). */
  name: string;
  /** Served path of the TopoJSON, relative to the site root. */
  path: string;
  polygons: number;
  grid: number;
  bytes: number;
  gzipBytes: number;
  /** The vector tile set the MapLibre feature-state harness reads: its TileJSON's served path, and the whole set's size. */
  tiles: TileSetSize & { path: string };
}

function topologyFeatures(file: string): Feature<Polygon | MultiPolygon, { code: string }>[] {
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const collection = feature(topo, topo.objects.lad as GeometryCollection<{ code: string }>) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  return collection.features;
}

/**
 * Writes (or reuses) one synthetic geography per target and copies them into the site: the TopoJSON (for
 * the naive strategy and Leaflet), the vector tile set cut from it (for feature-state, as the app reads its
 * districts) and how many pieces each district became (the feature-state page's list of areas, which the
 * app has from areas.json, so that page never touches geometry).
 */
export function synthesise(targets: readonly number[]): GeographyInfo[] {
  mkdirSync(SYNTH_DIR, { recursive: true });
  const stampOf = (file: string): string => `${statSync(file).size}:${statSync(file).mtimeMs}`;
  // The regions come from areas.json, so a change there re-cuts the tiles too.
  const sourceStamp = `${SYNTH_VERSION}:${stampOf(SOURCE_TOPOLOGY)}:${stampOf(SOURCE_AREAS)}`;
  let districts: Feature<Polygon | MultiPolygon, { code: string }>[] | null = null;
  let regionOfDistrict: Map<string, string> | null = null;
  const infos: GeographyInfo[] = [];
  for (const target of targets) {
    const name = `synthetic-${target}`;
    const files = geoFiles(name);
    const file = join(SYNTH_DIR, files.topology);
    const tileDir = join(SYNTH_DIR, files.tileDir);
    const metaFile = `${file}.meta.json`;
    let meta: { stamp: string; polygons: number; grid: number } | null = null;
    const complete = [file, metaFile, join(SYNTH_DIR, files.pieces), join(tileDir, TILEJSON_NAME)].every((path) => existsSync(path));
    if (complete) {
      const cached = JSON.parse(readFileSync(metaFile, 'utf8')) as { stamp: string; polygons: number; grid: number };
      if (cached.stamp === sourceStamp) meta = cached;
    }
    if (!meta) {
      districts ??= topologyFeatures(SOURCE_TOPOLOGY);
      regionOfDistrict ??= new Map((JSON.parse(readFileSync(SOURCE_AREAS, 'utf8')) as AreasFile).areas.map((area) => [area.code, area.region.code]));
      const { k } = gridFor(districts, target);
      const pieces = splitAll(districts, k);
      // Quantised finer than the boundaries (1e4) so that the smallest urban pieces keep their shape.
      const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: pieces };
      const topo = topology({ lad: collection }, 1e5);
      writeFileSync(file, JSON.stringify(topo));
      writeFileSync(join(SYNTH_DIR, files.pieces), JSON.stringify(pieceCounts(pieces)));
      writeTileSet(tileDir, syntheticTileSet(topo, regionOfDistrict, `Synthetic: ${pieces.length} pieces of the LAD 2020 districts (grid ${k}×${k})`));
      meta = { stamp: sourceStamp, polygons: pieces.length, grid: k };
      // Last, so that an interrupted run leaves no meta file to vouch for the others.
      writeFileSync(metaFile, JSON.stringify(meta));
    }
    const body = readFileSync(file);
    infos.push({
      name,
      path: `bench-geo/${files.topology}`,
      polygons: meta.polygons,
      grid: meta.grid,
      bytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      tiles: { path: `bench-geo/${files.tileDir}/${TILEJSON_NAME}`, ...tileSetSize(tileDir) },
    });
  }
  mkdirSync(join(SITE_DIR, 'bench-geo'), { recursive: true });
  cpSync(SYNTH_DIR, join(SITE_DIR, 'bench-geo'), { recursive: true, filter: (path) => !path.endsWith('.meta.json') });
  return infos;
}

export interface FileSizes {
  /**
   * The boundary tile set as a whole: TileJSON and every tile, as served. A first visit fetches only the
   * TileJSON and the tiles in view, which only the browser can tell (run.ts measures it).
   */
  geometry: TileSetSize;
  /** lad2020.topo.json: still published, the canonical simplified boundaries, but no longer fetched by the app. */
  topology: { bytes: number; gzip: number };
  /** Every JSON file under data/: the figures (first view and on demand), neighbourhoods, postcodes, similar areas. */
  data: { bytes: number; gzip: number; files: number };
  /** The SVG paths the first map is drawn from. */
  svg: { bytes: number; gzip: number };
  /** What index.html loads: the entry chunk. */
  js: { bytes: number; gzip: number; files: string[] };
  /** MapLibre and the controller, loaded after the first paint. */
  mapChunk: { bytes: number; gzip: number; files: string[] };
  /** Every other chunk, loaded on demand (the table, the PNG export). */
  onDemand: { bytes: number; gzip: number; files: string[] };
  worker: { bytes: number; gzip: number; files: string[] };
  css: { bytes: number; gzip: number; files: string[] };
  html: { bytes: number; gzip: number };
}

function sizeOf(paths: readonly string[]): { bytes: number; gzip: number } {
  let bytes = 0;
  let gzip = 0;
  for (const path of paths) {
    const body = readFileSync(path);
    bytes += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { bytes, gzip };
}

function dataFileSizes(dir: string): { bytes: number; gzip: number; files: number } {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json')).map((name) => join(dir, name));
  return { ...sizeOf(files), files: files.length };
}

/** The built app's files, measured as they are served (gzip -9). */
export function appFileSizes(): FileSizes {
  const assets = readdirSync(join(SITE_DIR, 'assets'));
  const pick = (test: (name: string) => boolean): string[] => assets.filter(test).sort();
  const html = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
  const isEntry = (name: string): boolean => html.includes(`/assets/${name}"`);
  const isMapChunk = (name: string): boolean => name.startsWith('controller-');
  const js = pick((name) => name.endsWith('.js') && isEntry(name));
  const mapChunk = pick((name) => name.endsWith('.js') && isMapChunk(name));
  const onDemand = pick((name) => name.endsWith('.js') && !isEntry(name) && !isMapChunk(name));
  const worker = pick((name) => name.endsWith('.mjs'));
  const css = pick((name) => name.endsWith('.css') && isEntry(name));
  const inAssets = (names: string[]): string[] => names.map((name) => join(SITE_DIR, 'assets', name));
  return {
    geometry: tileSetSize(join(SITE_DIR, OUTPUT_FILES.tileDir)),
    topology: sizeOf([join(SITE_DIR, OUTPUT_FILES.topology)]),
    data: dataFileSizes(join(SITE_DIR, 'data')),
    svg: sizeOf([join(SITE_DIR, OUTPUT_FILES.svgBoundaries)]),
    js: { ...sizeOf(inAssets(js)), files: js },
    mapChunk: { ...sizeOf(inAssets(mapChunk)), files: mapChunk },
    onDemand: { ...sizeOf(inAssets(onDemand)), files: onDemand },
    worker: { ...sizeOf(inAssets(worker)), files: worker },
    css: { ...sizeOf(inAssets(css)), files: css },
    html: sizeOf([join(SITE_DIR, 'index.html')]),
  };
}
