// The chances of the divergence lists, worked out in a Web Worker after the panel is on screen. A newer
// request (another definition or weights) ends the run in progress: its figures would be for a stale link.
import type { AreasFile } from '../data/types';
import type { DivergenceDefinition } from '../analysis/divergence';
import type { Weights } from '../analysis/whatIfWeights';
import { simulateChances, type ChanceInput, type Chances } from '../analysis/chances';
import { chanceInput } from '../analysis/chanceInputs';

export class ChanceRun {
  private chances = $state.raw<Chances | null>(null);
  private doneKey = $state<string | null>(null);
  private wantedKey = $state<string | null>(null);
  failed = $state(false);
  private worker: Worker | null = null;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** The chances for the latest request; null while they are being worked out. */
  get current(): Chances | null {
    return this.doneKey !== null && this.doneKey === this.wantedKey ? this.chances : null;
  }

  request(file: AreasFile, definition: DivergenceDefinition, weights: Weights | null): void {
    const key = JSON.stringify([definition, weights]);
    if (key === this.wantedKey) return;
    this.wantedKey = key;
    this.failed = false;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.busy) this.stopWorker();
    // A turn later, so that the panel that asked is painted before the input is gathered.
    this.timer = setTimeout(() => {
      this.timer = null;
      this.start(key, chanceInput(file, definition, weights));
    }, 0);
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.stopWorker();
  }

  private start(key: string, input: ChanceInput): void {
    if (typeof Worker === 'undefined') {
      this.finish(key, simulateChances(input));
      return;
    }
    try {
      this.worker ??= this.makeWorker();
      this.worker.postMessage({ key, input });
      this.busy = true;
    } catch {
      this.failed = true;
    }
  }

  private makeWorker(): Worker {
    const worker = new Worker(new URL('./chances.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ key: string; chances: Chances }>) => {
      this.busy = false;
      this.finish(event.data.key, event.data.chances);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.busy = false;
      this.failed = true;
    };
    return worker;
  }

  private finish(key: string, chances: Chances): void {
    if (key !== this.wantedKey) return;
    this.chances = chances;
    this.doneKey = key;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }
}
