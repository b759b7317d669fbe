// The figures file of a geography below the districts (its entry's `figuresFile`): read the first time the map
// shows its areas or a district's panel describes them, never on a first visit that asks for neither.
import type { Geography, GeographyId } from '../data/geographies';
import { fetchJson, withFetchWords } from '../data/fetchJson';
import { readNeighbourhoodFile, type NeighbourhoodFile } from '../data/neighbourhoods';

export class NeighbourhoodData {
  // Raw: thousands of numbers that are replaced whole, never edited, need no deep proxy.
  file = $state.raw<NeighbourhoodFile | null>(null);
  error = $state<string | null>(null);
  /** Position of each area's code in the file's columns. */
  readonly indexOf = $derived(new Map((this.file?.codes ?? []).map((code, i) => [code, i])));
  private loading: Promise<void> | null = null;

  constructor(
    readonly geography: Geography,
    private readonly url: string,
  ) {}

  /** Starts reading the file, once; later calls return the same promise. */
  load(): Promise<void> {
    return (this.loading ??= this.read());
  }

  private async read(): Promise<void> {
    const path = this.geography.figuresFile;
    const what = `the ${this.geography.singular} figures`;
    try {
      const json = await withFetchWords(
        () => fetchJson(this.url),
        (failure) =>
          failure.kind === 'offline'
            ? `${what} could not be downloaded: ${path} (no connection)`
            : failure.kind === 'status'
              ? `${what} could not be downloaded: ${path} (HTTP ${failure.status})`
              : `${what} are damaged: ${path} (not valid JSON)`,
      );
      try {
        this.file = readNeighbourhoodFile(json, this.geography);
      } catch (error) {
        throw new Error(`${what} are damaged: ${path} (${error instanceof Error ? error.message : String(error)})`);
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}

const shared = new Map<GeographyId, NeighbourhoodData>();

/** The page's one reader of a geography's figures file, shared by the map, the panel and search. */
export function neighbourhoodData(geography: Geography, page?: string): NeighbourhoodData {
  let data = shared.get(geography.id);
  if (!data) {
    if (geography.figuresFile === null) throw new Error(`the ${geography.plural} have no figures file`);
    data = new NeighbourhoodData(geography, new URL(`${import.meta.env.BASE_URL}${geography.figuresFile}`, page ?? window.location.href).href);
    shared.set(geography.id, data);
  }
  return data;
}
