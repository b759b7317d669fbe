// The measure index lists every measure file, and every ELS metadata file the measures name is one the data
// build vendors and checksums.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELS_METADATA_FILES, MEASURE_FILES } from './measures/index';
import { RAW_FILES } from '../../../scripts/pipeline/files';

const FOLDER = path.join(path.dirname(new URL(import.meta.url).pathname), 'measures');

describe('the measure index', () => {
  it('imports every file of measures/ and no other', () => {
    const onDisk = readdirSync(FOLDER).filter((name) => name.endsWith('.json'));
    expect(Object.keys(MEASURE_FILES).sort()).toEqual(onDisk.sort());
  });

  it('loads every ELS metadata file a measure names, each one the data build vendors', () => {
    const named = Object.values(MEASURE_FILES).flatMap((file) => ((file as { releases: { els?: { file: string } }[] }).releases ?? []).flatMap((release) => (release.els ? [release.els.file] : [])));
    expect([...new Set(named)].sort()).toEqual(Object.keys(ELS_METADATA_FILES).sort());
    for (const file of Object.keys(ELS_METADATA_FILES)) expect(Object.values(RAW_FILES)).toContain(file);
  });
});
