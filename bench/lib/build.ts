// Everything the bench serves, built into bench/.build (git-ignored) so that dist/ is never touched:
// the production app exactly as `vite build` makes it, the harness pages from their own Vite config, the
// probe script injected into every page, and the synthetic geographies (cached: they only change when the
// boundaries do).
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
import { gridFor, splitAll } from './synth';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = join(REPO_ROOT, 'bench/.build');
export const SITE_DIR = join(BUILD_DIR, 'site');
export const PROBE_FILE = join(BUILD_DIR, 'probe/probe.js');
const SYNTH_DIR = join(BUILD_DIR, 'synth');
const SOURCE_TOPOLOGY = join(REPO_ROOT, 'static/geo/lad2020.topo.json');
// Bump when the generator changes, so a cached file made by older code is not reused.
const SYNTH_VERSION = 1;

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
  /** Served path, relative to the site root. */
  path: string;
  polygons: number;
  grid: number;
  bytes: number;
  gzipBytes: number;
}

function topologyFeatures(file: string): Feature<Polygon | MultiPolygon, { code: string }>[] {
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
  const collection = feature(topo, topo.objects.lad as GeometryCollection<{ code: string }>) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  return collection.features;
}

/** Writes (or reuses) one synthetic topology per target and copies them into the site. */
export function synthesise(targets: readonly number[]): GeographyInfo[] {
  mkdirSync(SYNTH_DIR, { recursive: true });
  const sourceStamp = `${SYNTH_VERSION}:${statSync(SOURCE_TOPOLOGY).size}:${statSync(SOURCE_TOPOLOGY).mtimeMs}`;
  let districts: Feature<Polygon | MultiPolygon, { code: string }>[] | null = null;
  const infos: GeographyInfo[] = [];
  for (const target of targets) {
    const name = `synthetic-${target}.topo.json`;
    const file = join(SYNTH_DIR, name);
    const metaFile = `${file}.meta.json`;
    let meta: { stamp: string; polygons: number; grid: number } | null = null;
    if (existsSync(file) && existsSync(metaFile)) {
      const cached = JSON.parse(readFileSync(metaFile, 'utf8')) as { stamp: string; polygons: number; grid: number };
      if (cached.stamp === sourceStamp) meta = cached;
    }
    if (!meta) {
      districts ??= topologyFeatures(SOURCE_TOPOLOGY);
      const { k } = gridFor(districts, target);
      const pieces = splitAll(districts, k);
      // Quantised finer than the boundaries (1e4) so that the smallest urban pieces keep their shape.
      const collection: FeatureCollection<MultiPolygon> = { type: 'FeatureCollection', features: pieces };
      const topo = topology({ lad: collection }, 1e5);
      writeFileSync(file, JSON.stringify(topo));
      meta = { stamp: sourceStamp, polygons: pieces.length, grid: k };
      writeFileSync(metaFile, JSON.stringify(meta));
    }
    const body = readFileSync(file);
    infos.push({ path: `bench-geo/${name}`, polygons: meta.polygons, grid: meta.grid, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  mkdirSync(join(SITE_DIR, 'bench-geo'), { recursive: true });
  cpSync(SYNTH_DIR, join(SITE_DIR, 'bench-geo'), { recursive: true, filter: (path) => !path.endsWith('.meta.json') });
  return infos;
}

export interface FileSizes {
  geometry: { bytes: number; gzip: number };
  data: { bytes: number; gzip: number };
  js: { bytes: number; gzip: number; files: string[] };
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

/** The built app's files that a first visit downloads, measured as they are served (gzip -9). */
export function appFileSizes(): FileSizes {
  const assets = readdirSync(join(SITE_DIR, 'assets'));
  const pick = (test: (name: string) => boolean): string[] => assets.filter(test).sort();
  const js = pick((name) => name.endsWith('.js'));
  const worker = pick((name) => name.endsWith('.mjs'));
  const css = pick((name) => name.endsWith('.css'));
  const inAssets = (names: string[]): string[] => names.map((name) => join(SITE_DIR, 'assets', name));
  return {
    geometry: sizeOf([join(SITE_DIR, 'geo/lad2020.topo.json')]),
    data: sizeOf([join(SITE_DIR, 'data/areas.json')]),
    js: { ...sizeOf(inAssets(js)), files: js },
    worker: { ...sizeOf(inAssets(worker)), files: worker },
    css: { ...sizeOf(inAssets(css)), files: css },
    html: sizeOf([join(SITE_DIR, 'index.html')]),
  };
}
