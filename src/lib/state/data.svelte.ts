// The figures files: the first view's file at once, then a measure's file when something on screen needs
// it (ensure), what went wrong, and trying again. A measure that cannot be read costs that measure only.
import type { AreasFile } from '../data/types';
import type { IndicatorId } from '../indicators/catalogue';
import { measureById, placeOf } from '../indicators/measures';
import { loadAreas, loadMeasure } from '../indicators/read';
import { FIRST_VIEW_INDICATORS } from '../analysis/needs';
import type { AppState } from './app.svelte';
import { nextTask } from '../nextTask';

export type MeasureLoad = 'loading' | 'loaded' | { failed: string };

export class DataState {
  file = $state.raw<AreasFile | null>(null);
  error = $state<string | null>(null);
  /** Each measure file asked for: loading, in `file`, or failed (why, in words). */
  measures = $state.raw<ReadonlyMap<string, MeasureLoad>>(new Map());
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

  /** The measure file an indicator is in, or null for the first view's. */
  private static measureOf(id: IndicatorId): string | null {
    return FIRST_VIEW_INDICATORS.has(id) ? null : placeOf(id).measure.id;
  }

  /** True when every one of `ids` is in `file` or its file has failed (its figures then read as damaged). */
  settled(ids: Iterable<IndicatorId>): boolean {
    if (!this.file) return false;
    for (const id of ids) {
      const measure = DataState.measureOf(id);
      const state = measure === null ? 'loaded' : this.measures.get(measure);
      if (state === undefined || state === 'loading') return false;
    }
    return true;
  }

  /** Fetches the files of `ids` not yet asked for, all at once, and adds their figures in one step. */
  ensure(ids: Iterable<IndicatorId>): void {
    if (!this.file) return;
    const wanted = [...new Set([...ids].flatMap((id) => DataState.measureOf(id) ?? []))].filter((measure) => !this.measures.has(measure));
    if (wanted.length > 0) void this.fetchMeasures(wanted);
  }

  /** Fetches a failed measure's file again. */
  retryMeasure(measure: string): void {
    if (typeof this.measures.get(measure) === 'object') void this.fetchMeasures([measure]);
  }

  private setMeasures(entries: readonly (readonly [string, MeasureLoad])[]): void {
    this.measures = new Map([...this.measures, ...entries]);
  }

  private async fetchMeasures(wanted: readonly string[]): Promise<void> {
    const file = this.file;
    if (!file) return;
    this.setMeasures(wanted.map((measure) => [measure, 'loading'] as const));
    const results = await Promise.allSettled(
      wanted.map((measure) => {
        const expected = new Set((measureById(measure)?.periods ?? []).map((period) => period.indicator).filter((id) => !FIRST_VIEW_INDICATORS.has(id)));
        return loadMeasure(this.base, measure, expected, file.areas);
      }),
    );
    const indicators = { ...(this.file ?? file).indicators };
    const states = results.map((result, i): [string, MeasureLoad] => {
      const measure = wanted[i]!;
      if (result.status === 'rejected') {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        return [measure, { failed: reason }];
      }
      Object.assign(indicators, result.value.indicators);
      for (const problem of result.value.problems) this.app.notify(problem);
      return [measure, 'loaded'];
    });
    this.file = { ...(this.file ?? file), indicators };
    this.setMeasures(states);
  }

  /** The measures whose file could not be read, each with its name as the layer menu gives it and why. */
  get failures(): { measure: string; label: string; reason: string }[] {
    return [...this.measures].flatMap(([measure, state]) => (typeof state === 'object' ? [{ measure, label: measureById(measure)?.label ?? measure, reason: state.failed }] : []));
  }

  private async load(): Promise<void> {
    this.error = null;
    try {
      const { file: data, problems } = await loadAreas(this.base, FIRST_VIEW_INDICATORS);
      // Reading the figures and drawing everything they feed are each a long piece of work on a phone.
      await nextTask();
      this.file = data;
      for (const problem of problems) this.app.notify(problem);
      this.app.setKnownAreas(new Set(data.areas.map((area) => area.code)));
      this.onLoaded(data);
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}
