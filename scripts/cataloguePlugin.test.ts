// The app's catalogue is built with the app: what the page gets is what Node builds from the measure folder.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_ENTRIES } from '../src/lib/indicators/catalogueEntries';
import { builtCatalogue, catalogueModule } from './cataloguePlugin';

async function evaluate(source: string): Promise<unknown> {
  const module = (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as { CATALOGUE_ENTRIES: unknown };
  return module.CATALOGUE_ENTRIES;
}

describe('builtCatalogue', () => {
  it('replaces catalogueEntries.ts with the same entries, written in, and watches every file it read', async () => {
    const watched: string[] = [];
    const plugin = builtCatalogue();
    const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | null;
    const context = { addWatchFile: (file: string) => watched.push(file) };
    const entriesModule = new URL('../src/lib/indicators/catalogueEntries.ts', import.meta.url).pathname;
    const source = load.call(context, `${entriesModule}?v=1`);
    expect(source).not.toBeNull();
    expect(await evaluate(source!)).toStrictEqual(JSON.parse(JSON.stringify(CATALOGUE_ENTRIES)));
    expect(watched.filter((file) => file.endsWith('/measures/hle-male.json'))).toHaveLength(1);
    expect(watched.some((file) => file.endsWith('.metadata.json'))).toBe(true);
    expect(load.call(context, new URL('../src/lib/indicators/catalogue.ts', import.meta.url).pathname)).toBeNull();
  });

  it('loses nothing of an entry on the way through JSON', async () => {
    expect(await evaluate(catalogueModule(CATALOGUE_ENTRIES))).toEqual(CATALOGUE_ENTRIES);
  });
});
