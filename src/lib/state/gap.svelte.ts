// The gap view's figures: fetched the first time the view opens (the map never needs them), and each sex's
// simulation run once and kept.
import type { HleSex, UpperTierHle } from '../data/upperTierHle';
import { loadUpperTierHle } from '../data/upperTierHle';
import { gapReport, type GapReport } from '../analysis/hleGap';

export class GapData {
  file = $state<UpperTierHle | null>(null);
  error = $state<string | null>(null);
  private loading: Promise<void> | null = null;
  private readonly reports = new Map<HleSex, GapReport>();

  constructor(private readonly base: string) {}

  /** Starts the download once; later calls wait for the same one. */
  load(): Promise<void> {
    this.loading ??= this.fetch();
    return this.loading;
  }

  retry(): void {
    this.loading = null;
    void this.load();
  }

  report(sex: HleSex): GapReport | null {
    if (!this.file) return null;
    let report = this.reports.get(sex);
    if (!report) {
      report = gapReport(this.file, sex);
      this.reports.set(sex, report);
    }
    return report;
  }

  private async fetch(): Promise<void> {
    this.error = null;
    try {
      this.file = await loadUpperTierHle(this.base);
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }
}
