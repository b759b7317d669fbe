import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAD_LOOKUP_COLUMNS, lookupVintage } from './base.ts';
import { parseTable } from './csv.ts';
import { RAW_FILES } from './files.ts';
import { rawDataDir } from './paths.ts';
import { fsSource } from './source.ts';
import { successorsBy2023 } from './successors.ts';

const RAW = rawDataDir();

// The real 2020 lookup (one small file), read inside the test so that the names the orders list are checked
// against the districts they must match.
describe.skipIf(!existsSync(path.join(RAW, RAW_FILES.ladLookup)))('successorsBy2023 on the real 2020 lookup', () => {
  it('maps each replaced 2020 district, by name, to the district that replaced it', () => {
    const table = parseTable(fsSource(RAW).readText(RAW_FILES.ladLookup), RAW_FILES.ladLookup, LAD_LOOKUP_COLUMNS);
    const lookup2020 = lookupVintage(table, '2020');
    const successors = successorsBy2023(lookup2020, RAW_FILES.ladLookup);
    const byName = [...successors].map(([code, successor]) => `${lookup2020.get(code)?.lad.name} → ${successor}`).sort();
    expect(byName).toEqual([
      'Allerdale → E06000063',
      'Barrow-in-Furness → E06000064',
      'Carlisle → E06000063',
      'Copeland → E06000063',
      'Corby → E06000061',
      'Craven → E06000065',
      'Daventry → E06000062',
      'East Northamptonshire → E06000061',
      'Eden → E06000064',
      'Hambleton → E06000065',
      'Harrogate → E06000065',
      'Kettering → E06000061',
      'Mendip → E06000066',
      'Northampton → E06000062',
      'Richmondshire → E06000065',
      'Ryedale → E06000065',
      'Scarborough → E06000065',
      'Sedgemoor → E06000066',
      'Selby → E06000065',
      'Somerset West and Taunton → E06000066',
      'South Lakeland → E06000064',
      'South Northamptonshire → E06000062',
      'South Somerset → E06000066',
      'Wellingborough → E06000061',
    ]);
  });
});
