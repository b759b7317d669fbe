// Each existing reader's output as the one figure shape (src/lib/data/figureShape.ts). New readers return
// IndicatorFigures directly; these adapters are for the readers written before that shape existed.
import type { Figure, IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { NamedCode } from '../../src/lib/data/types.ts';
import type { IndicatorId } from '../../src/lib/indicators/catalogue.ts';
import type { Hle2009Value, ImdSummary, LufCategory, TownsFund } from './sourceTypes.ts';

/** The names of every area a figure was measured for, gathered as figures are made. */
export class Places {
  private readonly names = new Map<string, string>();

  /** Records the area and returns its code, for Figure.measuredFor. */
  add(area: NamedCode): string {
    this.names.set(area.code, area.name);
    return area.code;
  }

  /**
   * Names every area the figures were measured for that no reader named, from `names` (the lookups'
   * names of every vintage); an area with no name anywhere is a pipeline bug.
   */
  nameAll(indicators: readonly IndicatorFigures[], names: ReadonlyMap<string, string>): void {
    for (const figures of indicators) {
      for (const figure of Object.values(figures.byArea)) {
        const code = figure.measuredFor;
        if (code === undefined || this.names.has(code)) continue;
        const name = names.get(code);
        if (name === undefined) throw new Error(`internal: ${figures.id} is measured for ${code}, which no lookup names`);
        this.names.set(code, name);
      }
    }
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries([...this.names].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** The figure of a district the source has nothing for: never a zero, never a neighbour's value. */
export const MISSING_AT_SOURCE: Readonly<Figure> = Object.freeze({ value: null, status: 'missing-at-source' });

/**
 * Builds an indicator's figures with an entry for every base district, in base order: `figureFor` says what
 * each district shows, so no reader can leave a district out by forgetting it.
 */
export function figuresForBase(id: string, baseCodes: readonly string[], england: IndicatorFigures['england'], figureFor: (code: string) => Figure): IndicatorFigures {
  const byArea: Record<string, Figure> = {};
  for (const code of baseCodes) byArea[code] = figureFor(code);
  return { id, england, byArea };
}

export function hle2009Figure(code: string, value: Hle2009Value | null | undefined, places: Places): Figure {
  if (!value) return MISSING_AT_SOURCE;
  if (value.method === 'msoa-estimate') {
    return {
      value: value.value,
      // Ours, not published: the MSOAs' sampling error and the method's error (docs/DATA.md).
      ...(value.lci !== null && value.uci !== null ? { lci: value.lci, uci: value.uci } : {}),
      status: 'estimate',
      detail: `The plain mean of ${value.msoaCount ?? 0} neighbourhood (MSOA) figures.`,
    };
  }
  return {
    value: value.value,
    ...(value.lci !== null && value.uci !== null ? { lci: value.lci, uci: value.uci } : {}),
    status: 'official',
    // Buckinghamshire's figure is the former county's, and two districts were published under pre-2013 codes.
    ...(value.source.code !== code ? { measuredFor: places.add(value.source) } : {}),
  };
}

/** The IMD measures, each with the rank the publisher's rule gives (1 = most deprived). */
export const IMD_FIGURES: readonly { id: IndicatorId; value: (imd: ImdSummary) => number; rank: (imd: ImdSummary) => number }[] = [
  { id: 'imd', value: (imd) => imd.rankAvgRank, rank: (imd) => imd.rankAvgRank },
  { id: 'imd-score', value: (imd) => imd.avgScore, rank: (imd) => imd.rankAvgScore },
  { id: 'imd-prop10', value: (imd) => imd.propMostDeprived10, rank: (imd) => imd.rankPropMostDeprived10 },
  { id: 'imd-extent', value: (imd) => imd.extent, rank: (imd) => imd.rankExtent },
  { id: 'imd-local-concentration', value: (imd) => imd.localConcentration, rank: (imd) => imd.rankLocalConcentration },
];

export function imdFigure(imd: ImdSummary | undefined, measure: (typeof IMD_FIGURES)[number]): Figure {
  if (!imd) return MISSING_AT_SOURCE;
  const published = measure.id === 'imd' && imd.publishedRankAvgRank317 !== null ? { detail: `Published rank ${imd.publishedRankAvgRank317} of 317 (2019 districts).` } : {};
  return { value: measure.value(imd), rank: measure.rank(imd), status: imd.derived ? 'derived' : 'official', ...published };
}

export function lufFigure(category: LufCategory | undefined): Figure {
  return category === undefined ? MISSING_AT_SOURCE : { value: category, status: 'official' };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function townsFundFigure(fund: TownsFund | undefined): Figure {
  if (!fund) return MISSING_AT_SOURCE;
  if (fund.places.length === 0) return { value: 0, status: 'official' };
  const awards = `${plural(fund.townDeals, 'Town Deal', 'Town Deals')}, ${plural(fund.futureHighStreets, 'Future High Streets Fund place', 'Future High Streets Fund places')}`;
  return { value: fund.totalGrantGbp, status: 'official', detail: `${awards}: ${fund.places.join(', ')}.` };
}
