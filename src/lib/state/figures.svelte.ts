// Everything derived from the loaded figures and the URL: the divergence classes, the layer's scale and
// colours, the table, the selected area's summary. Recomputed only when what it reads changes.
import type { AreasFile } from '../data/types';
import type { AppState } from './app.svelte';
import { classify } from '../analysis/divergence';
import { classLabel } from '../analysis/divergenceText';
import { analysisClasses, layerScale } from '../analysis/mapLayer';
import { whatIf } from '../analysis/whatIf';
import { needInputs } from '../analysis/whatIfInputs';
import { reachView } from '../analysis/whatIfReachInputs';
import { isAnalysisLayer } from '../indicators/layers';
import { panelSections, rankTables } from '../analysis/areaSummary';
import { buildTable } from '../analysis/table';
import { colourMap } from '../indicators/scales';
import { comparison } from '../analysis/compare';

export class Figures {
  // Assigned in the constructor, read only lazily by the derivations below.
  private readonly app!: AppState;
  private readonly read!: () => AreasFile | null;
  readonly areaByCode = $derived(new Map((this.file?.areas ?? []).map((area) => [area.code, area])));
  readonly divergence = $derived(this.file && classify(this.file, this.app.url.definition));
  readonly whatIf = $derived(this.file && whatIf(needInputs(this.file, this.app.url.definition.health), this.app.url.whatIf.weights));
  /** Read only by the what-if panel, so it is never computed before the first paint. */
  readonly whatIfReach = $derived(this.file && this.whatIf && reachView(this.file, this.app.url.definition.health, needInputs(this.file, this.app.url.definition.health), this.whatIf));
  /** The current layer's classes, when it is an analysis layer. */
  readonly analysis = $derived.by(() => {
    const layer = this.app.url.layer;
    return this.divergence && isAnalysisLayer(layer) ? analysisClasses(layer, this.divergence, this.whatIf) : null;
  });
  readonly scale = $derived(this.file && this.divergence && layerScale(this.file, this.app.url.layer, this.analysis));
  readonly colours = $derived(this.scale ? colourMap(this.scale) : new Map<string, string | null>());
  readonly table = $derived(this.file && this.divergence ? buildTable(this.file, this.app.url.layer, this.analysis) : null);
  private readonly ranks = $derived(this.file && rankTables(this.file));
  readonly selected = $derived(this.app.url.area ? this.areaByCode.get(this.app.url.area) : undefined);
  readonly sections = $derived(this.selected && this.file && this.ranks ? panelSections(this.selected, this.file, this.ranks, this.app.url.layer) : []);
  /** Asks for the rank tables only when areas are being compared: they cost a pass over every indicator. */
  readonly comparison = $derived(this.app.url.compare.length > 0 && this.file && this.ranks ? comparison(this.file, this.app.url.compare, this.ranks) : null);
  readonly selectedClass = $derived(
    this.selected && this.divergence
      ? `Need vs priority, as defined in the panel: ${classLabel(this.divergence.classOf.get(this.selected.code) ?? 'no-data', this.divergence.definition.health)}.`
      : null,
  );
  readonly searchable = $derived((this.file?.areas ?? []).map((area) => ({ code: area.code, name: area.name, regionName: area.region.name })));
  /** Every area, with its box where the file has one: an area without a box is still coloured, only not framed. */
  readonly areaBounds = $derived(new Map((this.file?.areas ?? []).map((area) => [area.code, area.bounds])));

  constructor(app: AppState, read: () => AreasFile | null) {
    this.app = app;
    this.read = read;
  }

  get file(): AreasFile | null {
    return this.read();
  }
}
