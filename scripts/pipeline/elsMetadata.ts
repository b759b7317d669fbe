// The ELS metadata files the catalogue takes labels, units, decimals, publishers and dates from. The catalogue
// reads them from the repository's data/raw (src/lib/indicators/measureFolder.ts); the build reads
// them once more through the raw source, so that they are checked against the manifest and listed among
// areas.json's inputs like every other file the figures come from, and stops if the catalogue loaded other bytes
// (a DATA_RAW folder whose copy differs from the repository's).
import { isDeepStrictEqual } from 'node:util';
import { readMeasureFolder } from '../../src/lib/indicators/measureFolder.ts';
import { PipelineError } from './errors.ts';
import type { RawSource } from './source.ts';

export function checkElsMetadata(source: RawSource, loaded: Readonly<Record<string, unknown>> = readMeasureFolder().els): void {
  for (const [file, json] of Object.entries(loaded)) {
    const text = source.readText(file);
    let read: unknown;
    try {
      read = JSON.parse(text);
    } catch {
      throw new PipelineError({ file }, 'is not valid JSON');
    }
    if (!isDeepStrictEqual(read, json)) throw new PipelineError({ file }, "differs from the copy the catalogue was built from (the repository's data/raw)");
  }
}
