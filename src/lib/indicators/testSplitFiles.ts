// The figures as one whole file again, read from a built static/ folder: for tests that check every
// indicator on the real data (the page itself fetches the split files one by one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinSplitFiles, type BuildFile, type FirstViewFile, type MeasureFile } from './split';
import type { AreasFile } from '../data/types';

export const STATIC_DIR = fileURLToPath(new URL('../../../static/', import.meta.url));
export const FIRST_VIEW_ON_DISK = path.join(STATIC_DIR, 'data/areas.json');

export function readWholeFile(staticDir = STATIC_DIR): AreasFile {
  const json = (rel: string): unknown => JSON.parse(readFileSync(path.join(staticDir, rel), 'utf8'));
  const dir = path.join(staticDir, 'data/measures');
  const measures = existsSync(dir) ? readdirSync(dir).map((name) => json(`data/measures/${name}`) as MeasureFile) : [];
  return joinSplitFiles({ first: json('data/areas.json') as FirstViewFile, measures, build: json('data/build.json') as BuildFile });
}
