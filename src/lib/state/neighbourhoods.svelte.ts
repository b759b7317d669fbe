// The neighbourhood figures file (GEOGRAPHIES.msoa2011.figuresFile): read the first time the map shows the
// neighbourhoods or a district's panel describes them, never on a first visit that asks for neither.
import { GEOGRAPHIES } from '../data/geographies';
import { fetchJson, withFetchWords } from '../data/fetchJson';
import { readNeighbourhoodFile, type NeighbourhoodFile } from '../data/neighbourhoods';

const FILE = GEOGRAPHIES.msoa2011.figuresFile ?? '';

export class NeighbourhoodData {
  // Raw: thousands of numbers that are replaced whole, never edited, need no deep proxy.
  file = $state.raw<NeighbourhoodFile | null>(null);
  error = $state<string | null>(null);
  /** Position of each neighbourhood code in the file's columns. */
  readonly indexOf = $derived(new Map((this.file?.codes ?? []).map((code, i) => [code, i])));
  private loading: Promise<void> | null = null;

  constructor(private readonly url: string) {}

  /** Starts reading the file, once; later calls return the same promise. */
  load(): Promise<void> {
    return (this.loading ??= this.read());
  }

  private async read(): Promise<void> {
    try {
      const json = await withFetchWords(
        () => fetchJson(this.url),
        (failure) =>
          failure.kind === 'offline'
            ? `the neighbourhood figures could not be downloaded: ${FILE} (no connection)`
            : failure.kind === 'status'
              ? `the neighbourhood figures could not be downloaded: ${FILE} (HTTP ${failure.status})`
              : `the neighbourhood figures are damaged: ${FILE} (not valid JSON)`,
      );
      try {
        this.file = readNeighbourhoodFile(json);
      } catch (error) {
        throw new Error(`the neighbourhood figures are damaged: ${FILE} (${error instanceof Error ? error.message : String(error)})`);
      }
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}

let shared: NeighbourhoodData | null = null;

/** The page's one reader of the file, shared by the map and the panel. */
export function neighbourhoodData(): NeighbourhoodData {
  return (shared ??= new NeighbourhoodData(new URL(`${import.meta.env.BASE_URL}${FILE}`, window.location.href).href));
}
