// The figures, split into files: a first-view file (areas.json) with the areas and the indicators the
// default view reads, one file per measure for every other period, and the build's record apart. Each
// indicator is in exactly one file. The pipeline writes the split (scripts/pipeline/writer.ts) and checks
// it joined back together; the app fetches a measure's file when something on screen needs it.
import type { AreasFile } from '../data/types';
import { SCHEMA_VERSION } from '../data/types';
import type { IndicatorId } from './catalogue';
import { FIRST_VIEW_PATH, measurePath } from '../data/dataFiles';
import { MEASURES, placeOf } from './measures';

export type FirstViewFile = Omit<AreasFile, 'coverage' | 'inputs'>;
export interface MeasureFile {
  schemaVersion: typeof SCHEMA_VERSION;
  measure: string;
  indicators: AreasFile['indicators'];
}
export type BuildFile = Pick<AreasFile, 'schemaVersion' | 'coverage' | 'inputs'>;

/** The file an indicator is in: the first-view file, or its measure's. */
export function fileOf(id: IndicatorId, firstView: ReadonlySet<string>): string {
  return firstView.has(id) ? FIRST_VIEW_PATH : measurePath(placeOf(id).measure.id);
}

export interface SplitFiles {
  first: FirstViewFile;
  measures: MeasureFile[];
  build: BuildFile;
}

export function splitAreasFile(file: AreasFile, firstView: ReadonlySet<string>): SplitFiles {
  const pick = (ids: readonly string[]): AreasFile['indicators'] =>
    Object.fromEntries(ids.flatMap((id) => (file.indicators[id] ? [[id, file.indicators[id]] as const] : [])));
  const { coverage, inputs, indicators, ...rest } = file;
  const measures = MEASURES.flatMap((measure): MeasureFile[] => {
    const ids = measure.periods.map((period) => period.indicator).filter((id) => !firstView.has(id));
    return ids.length === 0 ? [] : [{ schemaVersion: SCHEMA_VERSION, measure: measure.id, indicators: pick(ids) }];
  });
  return {
    first: { ...rest, indicators: pick(Object.keys(indicators).filter((id) => firstView.has(id))) },
    measures,
    build: { schemaVersion: SCHEMA_VERSION, coverage, inputs },
  };
}

/** The whole file again, as the pipeline checks it: the indicators of every file, in the build's order (its coverage lines'). */
export function joinSplitFiles({ first, measures, build }: SplitFiles): AreasFile {
  const all: AreasFile['indicators'] = Object.assign({}, first.indicators, ...measures.map((file) => file.indicators));
  const order = (id: string): number => build.coverage.findIndex((line) => line.indicator === id) >>> 0;
  const indicators = Object.fromEntries(Object.keys(all).sort((a, b) => order(a) - order(b)).map((id) => [id, all[id]!]));
  return { ...first, indicators, coverage: build.coverage, inputs: build.inputs };
}
