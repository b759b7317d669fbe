// Where the figures files are, relative to the site's root. Apart from the split's logic (indicators/split.ts) so
// that the pipeline's list of files, which vendoring reads, does not load the catalogue: a new measure's ELS
// metadata is vendored before the catalogue can read it.
export const FIRST_VIEW_PATH = 'data/areas.json';
export const MEASURES_DIR = 'data/measures';
export const BUILD_PATH = 'data/build.json';

/** Where a measure's figures are. */
export function measurePath(measureId: string): string {
  return `${MEASURES_DIR}/${measureId}.json`;
}
