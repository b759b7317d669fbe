// The figures file: loading it, what went wrong, and trying again.
import type { AreasFile } from '../data/types';
import { loadAreas } from '../indicators/read';
import type { AppState } from './app.svelte';

export class DataState {
  file = $state<AreasFile | null>(null);
  error = $state<string | null>(null);
  loading: Promise<void>;

  constructor(
    private readonly base: string,
    private readonly app: AppState,
    private readonly onLoaded: (file: AreasFile) => void = () => {},
  ) {
    this.loading = this.load();
  }

  retry(): void {
    this.loading = this.load();
  }

  private async load(): Promise<void> {
    this.error = null;
    try {
      const { file: data, problems } = await loadAreas(this.base);
      this.file = data;
      for (const problem of problems) this.app.notify(problem);
      this.app.setKnownAreas(new Set(data.areas.map((area) => area.code)));
      this.onLoaded(data);
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}
