// The ELS metadata files the catalogue takes labels, units, decimals, publishers and dates from. The catalogue
// imports them as JSON (src/lib/indicators/measures/index.ts), so that the app has them too; the build reads
// them once more through the raw source, so that they are checked against the manifest and listed among
// areas.json's inputs like every other file the figures come from, and stops if the catalogue loaded other bytes
// (a DATA_RAW folder whose copy differs from the repository's).
import { isDeepStrictEqual } from 'node:util';
import { ELS_METADATA_FILES } from '../../src/lib/indicators/measures/index.ts';
import { PipelineError } from './errors.ts';
import type { RawSource } from './source.ts';

export function checkElsMetadata(source: RawSource, loaded: Readonly<Record<string, unknown>> = ELS_METADATA_FILES): void {
  for (const [file, json] of Object.entries(loaded)) {
    const text = source.readText(file);
    let read: unknown;
    try {
      read = JSON.parse(text);
    } catch {
      throw new PipelineError({ file }, 'is not valid JSON');
    }
    if (!isDeepStrictEqual(read, json)) throw new PipelineError({ file }, 'differs from the copy the catalogue was built from (data/raw, imported by src/lib/indicators/measures/index.ts)');
  }
}
