// Builds the catalogue when the app is built, not when a page loads: the module src/lib/indicators/catalogueEntries.ts
// becomes its entries as one JSON string (V8 parses a JSON string faster than the same object literal), checked
// by the one schema here. A measure file that does not fit fails the build, naming the file; in `vite dev` an
// edited measure file reloads the page.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { catalogueFrom } from '../src/lib/indicators/catalogueFrom.ts';
import { readMeasureFolder } from '../src/lib/indicators/measureFolder.ts';
import type { IndicatorDefinition } from '../src/lib/indicators/measureSchema.ts';

const ENTRIES_MODULE = fileURLToPath(new URL('../src/lib/indicators/catalogueEntries.ts', import.meta.url));

/** The module's source: the same export as catalogueEntries.ts, with the entries written in. */
export function catalogueModule(entries: readonly IndicatorDefinition[]): string {
  return `export const CATALOGUE_ENTRIES = JSON.parse(${JSON.stringify(JSON.stringify(entries))});\n`;
}

export function builtCatalogue(): Plugin {
  return {
    name: 'health-gap-map:built-catalogue',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== ENTRIES_MODULE) return null;
      const folder = readMeasureFolder();
      for (const file of folder.read) this.addWatchFile(file);
      return catalogueModule(catalogueFrom(folder.measures, folder.els));
    },
  };
}
