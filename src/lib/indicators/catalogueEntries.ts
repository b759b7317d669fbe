// Every catalogue entry, built from the measure folder. This is what runs in Node (the pipeline and the tests);
// the app's build replaces this module with the entries it computes here at build time (scripts/cataloguePlugin.ts),
// so a measure file that does not fit stops the build, and a page load neither reads nor checks one.
import { catalogueFrom } from './catalogueFrom';
import { readMeasureFolder } from './measureFolder';
import type { IndicatorDefinition } from './measureSchema';

const folder = readMeasureFolder();
export const CATALOGUE_ENTRIES: readonly IndicatorDefinition[] = catalogueFrom(folder.measures, folder.els);
