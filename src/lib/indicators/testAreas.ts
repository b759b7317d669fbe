// Hand-made data files for unit tests: only what a test sets differs from a plain, complete file.
import type { Figure, IndicatorFigures } from '../data/figureShape';
import type { AreaRecord, AreasFile } from '../data/types';
import { INDICATORS, indicator, type IndicatorId } from './catalogue';

export interface AreaSpec {
  code: string;
  name?: string;
  luf?: 1 | 2 | 3;
  imdRank?: number;
  /** Male 2009–13 value; null = no figure. */
  hleMale?: number | null;
  hleFemale?: number | null;
  ci?: [number, number] | null;
  estimate?: boolean;
  hleMale2018?: number | null;
  /** Any other figure, by indicator. */
  figures?: Partial<Record<IndicatorId, Figure>>;
}

const SCALED_DEFAULTS: Partial<Record<IndicatorId, number>> = { 'imd-score': 20, 'imd-prop10': 0.1, 'imd-extent': 0.1, 'imd-local-concentration': 20000, 'towns-fund': 0 };

function hle(spec: AreaSpec, value: number | null | undefined, fallback: number): Figure {
  const v = value === undefined ? fallback : value;
  if (v === null) return { value: null, status: 'missing-at-source' };
  if (spec.estimate) return { value: v, status: 'estimate' };
  return spec.ci ? { value: v, lci: spec.ci[0], uci: spec.ci[1], status: 'official' } : { value: v, status: 'official' };
}

function figureFor(spec: AreaSpec, id: IndicatorId): Figure {
  const given = spec.figures?.[id];
  if (given) return given;
  switch (id) {
    case 'hle-male':
      return hle(spec, spec.hleMale, 63);
    case 'hle-female':
      return hle(spec, spec.hleFemale, 64);
    case 'hle-male-2018':
      return spec.hleMale2018 === null ? { value: null, status: 'missing-at-source' } : { value: spec.hleMale2018 ?? 63, status: 'official' };
    case 'imd':
      return { value: spec.imdRank ?? 1, rank: spec.imdRank ?? 1, status: 'official' };
    case 'luf':
      return { value: spec.luf ?? 2, status: 'official' };
    default: {
      // A plain value the indicator can have: 64 where that is plausible, else its lowest plausible value.
      const [low, high] = indicator(id).plausible;
      return { value: SCALED_DEFAULTS[id] ?? Math.min(high, Math.max(low, 64)), status: 'official' };
    }
  }
}

export function makeArea(spec: AreaSpec): AreaRecord {
  return {
    code: spec.code,
    name: spec.name ?? spec.code,
    region: { code: 'E12000001', name: 'North East' },
    utla: { code: spec.code, name: spec.name ?? spec.code },
    bounds: [-1.6, 54.6, -1.1, 54.8],
  };
}

const ENGLAND: Partial<Record<IndicatorId, IndicatorFigures['england']>> = {
  'hle-male': { value: 63.5, lci: 63.4, uci: 63.6 },
  'hle-female': { value: 64.8, lci: 64.7, uci: 64.9 },
  'hle-male-2018': { value: 63.1 },
  'hle-female-2018': { value: 63.9 },
};

export function makeFile(specs: readonly AreaSpec[]): AreasFile {
  const indicators: Record<string, IndicatorFigures> = {};
  for (const { id } of INDICATORS) {
    indicators[id] = { id, england: ENGLAND[id] ?? null, byArea: Object.fromEntries(specs.map((spec) => [spec.code, figureFor(spec, id)])) };
  }
  return {
    schemaVersion: 2,
    areas: specs.map(makeArea),
    indicators,
    places: {},
    bids: [],
    coverage: [],
    estimateValidation: { pairs: 0, meanError: 0, meanAbsoluteError: 0, largestAbsoluteError: 0, largestAt: '', p95AbsoluteError: 0.5, sdError: 0.25 },
    inputs: [],
  };
}

/** A code from a number, in the district pattern. */
export const code = (n: number): string => `E0700${String(n).padStart(4, '0')}`;
