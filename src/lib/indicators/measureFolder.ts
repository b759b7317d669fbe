// The measure files and the ONS Explore Local Statistics metadata they name, read from disk. The folder is the
// list of measures: adding a measure is adding its file, with nothing to register. Node only (the pipeline, the
// tests, Playwright and the app's build read it); the browser gets the catalogue already built from it
// (scripts/cataloguePlugin.ts), so it never parses or checks a measure file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MEASURE_FOLDER = fileURLToPath(new URL('./measures/', import.meta.url));
/** The repository's copy of the raw data, where a measure's `els.file` is found. */
export const RAW_FOLDER = fileURLToPath(new URL('../../../data/raw/', import.meta.url));

export interface MeasureFolder {
  /** Measure files by file name (`hle-male.json`). */
  measures: Record<string, unknown>;
  /** ELS metadata files by their path under the raw folder, as `els.file` names them. */
  els: Record<string, unknown>;
  /** Every file read, so a watcher knows what to watch. */
  read: string[];
}

function readJson(file: string, shownAs: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${shownAs}: cannot be read from ${file}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${shownAs}: is not valid JSON (${(error as Error).message})`);
  }
}

/** The ELS files a measure file names in `releases[].els.file`, read before the schema checks the rest of it. */
export function elsFilesNamed(measure: unknown): string[] {
  const releases = (measure as { releases?: unknown } | null)?.releases;
  if (!Array.isArray(releases)) return [];
  return releases.flatMap((release: unknown) => {
    const file = (release as { els?: { file?: unknown } } | null)?.els?.file;
    return typeof file === 'string' ? [file] : [];
  });
}

export function readMeasureFolder(measureFolder = MEASURE_FOLDER, rawFolder = RAW_FOLDER): MeasureFolder {
  const measures: Record<string, unknown> = {};
  const els: Record<string, unknown> = {};
  const read: string[] = [];
  for (const name of readdirSync(measureFolder).filter((entry) => entry.endsWith('.json')).sort()) {
    const file = path.join(measureFolder, name);
    measures[name] = readJson(file, name);
    read.push(file);
    for (const named of elsFilesNamed(measures[name])) {
      if (named in els) continue;
      const elsFile = path.join(rawFolder, named);
      els[named] = readJson(elsFile, `${name} names ELS metadata ${named}, which`);
      read.push(elsFile);
    }
  }
  return { measures, els, read };
}
