import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PipelineError } from './errors.ts';
import { RAW_FILES } from './files.ts';
import { CROSS_CHECK_FILES } from './measureFiles.ts';
import { sha256 } from './source.ts';

/** In the raw folder; `sha256sum -c MANIFEST.sha256` run there checks it too. */
export const MANIFEST = 'MANIFEST.sha256';

/**
 * What the repository carries under data/raw: every file the build reads, the files tests check against,
 * and the SOURCE.md of every folder on their paths (publisher, vintage, licence, how CSVs were extracted).
 * `exists` says which SOURCE.md files the upstream folder has.
 */
export function vendoredFiles(exists: (relPath: string) => boolean): string[] {
  const data = [...Object.values(RAW_FILES), ...Object.values(CROSS_CHECK_FILES)];
  const notes = new Set<string>();
  for (const file of data) {
    const parts = file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) {
      const note = [...parts.slice(0, depth), 'SOURCE.md'].join('/');
      if (exists(note)) notes.add(note);
    }
  }
  return [...new Set([...data, ...notes])].sort();
}

const LINE = /^([0-9a-f]{64}) {2}(\S(?:.*\S)?)$/;

export function parseManifest(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    const m = LINE.exec(line);
    if (m === null) throw new PipelineError({ file, line: i + 1 }, 'not a "<sha256>  <path>" line');
    const [, hash = '', rel = ''] = m;
    if (out.has(rel)) throw new PipelineError({ file, line: i + 1 }, `${rel} is listed twice`);
    out.set(rel, hash);
  });
  return out;
}

export function formatManifest(hashes: ReadonlyMap<string, string>): string {
  return [...hashes.keys()].sort().map((rel) => `${hashes.get(rel)}  ${rel}\n`).join('');
}

/**
 * Checks the raw folder against its manifest before anything is read: names every file that is missing,
 * differs from its checksum, or is read by the build without being listed. Returns a line for the log.
 * A folder given through DATA_RAW may have no manifest (the team's shared folder); the repository's must.
 */
export function verifyRawFolder(rawDir: string, manifestRequired: boolean): string {
  const manifestPath = path.join(rawDir, MANIFEST);
  if (!existsSync(manifestPath)) {
    if (manifestRequired) throw new PipelineError({ file: MANIFEST }, `missing from ${rawDir}: run npm run data:vendor`);
    return `Raw files: no ${MANIFEST} in ${rawDir}, checksums not verified`;
  }
  const listed = parseManifest(readFileSync(manifestPath, 'utf8'), MANIFEST);
  const missing: string[] = [];
  const differ: string[] = [];
  for (const [rel, hash] of listed) {
    const full = path.join(rawDir, rel);
    if (!existsSync(full)) missing.push(rel);
    else if (sha256(readFileSync(full)) !== hash) differ.push(rel);
  }
  const unlisted = Object.values(RAW_FILES).filter((rel) => !listed.has(rel));
  const problems = [
    missing.length > 0 ? `missing: ${missing.join(', ')}` : null,
    differ.length > 0 ? `differ from their checksum: ${differ.join(', ')}` : null,
    unlisted.length > 0 ? `read by the build but not listed: ${unlisted.join(', ')} (run npm run data:vendor)` : null,
  ].filter((p) => p !== null);
  if (problems.length > 0) throw new PipelineError({ file: MANIFEST }, `raw files do not match the manifest in ${rawDir}: ${problems.join('; ')}`);
  return `Raw files: ${listed.size} match ${MANIFEST}`;
}
