// Everything derived from the loaded figures and the URL: the divergence classes, the layer's scale and
// colours, the table, the selected area's summary. Recomputed only when what it reads changes. Each waits
// (null) until the figures it reads are loaded (needs.ts lists them), so a figure not loaded yet is never
// shown or counted as missing; the map keeps its colours meanwhile.
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
import { divergenceInputs, layerInputs, reachInputIds, tableInputs, whatIfInputs } from '../analysis/needs';
import { INDICATORS, type IndicatorId } from '../indicators/catalogue';

const EVERY_INDICATOR: readonly IndicatorId[] = INDICATORS.map((entry) => entry.id);

export class DerivedState {
  // Assigned in the constructor, read only lazily by the derivations below.
  private readonly app!: AppState;
  private readonly read!: () => AreasFile | null;
  private readonly loaded!: (ids: readonly IndicatorId[]) => boolean;
  private lastColours = new Map<string, string | null>();
  readonly areaByCode = $derived(new Map((this.file?.areas ?? []).map((area) => [area.code, area])));
  private readonly health = $derived(this.app.url.definition.health);
  readonly divergence = $derived(this.file && this.loaded(divergenceInputs(this.health)) ? classify(this.file, this.app.url.definition) : null);
  readonly whatIf = $derived(this.file && this.loaded(whatIfInputs(this.health)) ? whatIf(needInputs(this.file, this.health), this.app.url.whatIf.weights) : null);
  /** Read only by the what-if panel, so it is never computed before the first paint. */
  readonly whatIfReach = $derived(this.file && this.whatIf && this.loaded(reachInputIds(this.health)) ? reachView(this.file, this.health, needInputs(this.file, this.health), this.whatIf) : null);
  /** Every figure is loaded: the area panel, its CSV and compare show them all. */
  readonly everything = $derived(this.file !== null && this.loaded(EVERY_INDICATOR));
  /** The current layer's classes, when it is an analysis layer. */
  readonly analysis = $derived.by(() => {
    const layer = this.app.url.layer;
    return this.divergence && isAnalysisLayer(layer) ? analysisClasses(layer, this.divergence, this.whatIf) : null;
  });
  readonly scale = $derived(this.file && this.divergence && this.loaded(layerInputs(this.app.url.layer, this.health)) ? layerScale(this.file, this.app.url.layer, this.analysis) : null);
  /** The layer's colours; while its figures load, the colours the map already shows. */
  readonly colours = $derived.by(() => {
    if (this.scale) this.lastColours = colourMap(this.scale);
    return this.lastColours;
  });
  readonly table = $derived(this.file && this.divergence && this.loaded(tableInputs(this.app.url.layer, this.health)) ? buildTable(this.file, this.app.url.layer, this.analysis) : null);
  private readonly ranks = $derived(this.file && this.everything ? rankTables(this.file) : null);
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

  constructor(app: AppState, read: () => AreasFile | null, loaded: (ids: readonly IndicatorId[]) => boolean = () => true) {
    this.app = app;
    this.read = read;
    this.loaded = loaded;
  }

  get file(): AreasFile | null {
    return this.read();
  }
}
