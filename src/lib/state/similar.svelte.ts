// ONS's similar areas (static/data/similar.json): fetched the first time an area panel shows them, once.
import * as v from 'valibot';
import { SimilarFileSchema, type SimilarFile } from '../data/similar';
import { fetchJson, withFetchWords } from '../data/fetchJson';

export const SIMILAR_FILE = 'data/similar.json';

export class SimilarState {
  file = $state<SimilarFile | null>(null);
  error = $state<string | null>(null);
  private loading: Promise<void> | null = null;

  constructor(private readonly base: string) {}

  /** Starts the download unless it has started; a failed one is tried again on the next call. */
  load(): void {
    this.loading ??= this.read();
  }

  private async read(): Promise<void> {
    this.error = null;
    try {
      const json = await withFetchWords(
        () => fetchJson(`${this.base}${SIMILAR_FILE}`),
        (failure) => (failure.kind === 'status' ? `${SIMILAR_FILE} answered ${failure.status}` : failure.kind === 'offline' ? `${SIMILAR_FILE} could not be downloaded` : `${SIMILAR_FILE} is not JSON`),
      );
      const parsed = v.safeParse(SimilarFileSchema, json);
      if (!parsed.success) throw new Error(`${SIMILAR_FILE} is not a similar-areas file`);
      this.file = parsed.output;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      this.loading = null;
    }
  }
}
