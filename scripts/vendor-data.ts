// Copies into data/raw exactly the raw files the pipeline reads (plus the files tests check against and each
// folder's SOURCE.md) from DATA_RAW, else ../shared/data/raw, removes any other file there, and rewrites
// data/raw/MANIFEST.sha256, which every build verifies first. Run it when a new source is added to files.ts.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatManifest, MANIFEST, vendoredFiles } from './pipeline/manifest.ts';
import { upstreamRawDir, VENDORED_RAW_DIR } from './pipeline/paths.ts';
import { sha256 } from './pipeline/source.ts';

const from = upstreamRawDir();
const to = VENDORED_RAW_DIR;
if (path.resolve(from) === path.resolve(to)) {
  console.error(`data:vendor copies from the team's raw folder into ${to}; DATA_RAW points at ${to} itself`);
  process.exit(1);
}

const files = vendoredFiles((rel) => existsSync(path.join(from, rel)));
const absent = files.filter((rel) => !existsSync(path.join(from, rel)));
if (absent.length > 0) {
  console.error(`Not in ${from}: ${absent.join(', ')}`);
  process.exit(1);
}

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : [];
const wanted = new Set([...files, MANIFEST]);
for (const full of walk(to)) {
  const rel = path.relative(to, full).split(path.sep).join('/');
  if (!wanted.has(rel)) {
    rmSync(full);
    console.log(`removed ${rel}`);
  }
}
// Folders emptied by the removals above.
const pruneEmpty = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) pruneEmpty(path.join(dir, e.name));
  if (dir !== to && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
};

const hashes = new Map<string, string>();
let bytes = 0;
for (const rel of files) {
  const src = path.join(from, rel);
  const dest = path.join(to, rel);
  mkdirSync(path.dirname(dest), { recursive: true });
  // The shared folder's files are read-only; the copies must stay writable so the next vendoring can replace them.
  rmSync(dest, { force: true });
  copyFileSync(src, dest);
  chmodSync(dest, 0o644);
  hashes.set(rel, sha256(readFileSync(dest)));
  bytes += statSync(dest).size;
}
pruneEmpty(to);
writeFileSync(path.join(to, MANIFEST), formatManifest(hashes));
console.log(`Copied ${files.length} files (${(bytes / 1e6).toFixed(1)} MB) from ${from} to ${to}; wrote ${MANIFEST}`);
