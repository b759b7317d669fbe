// Hand-made areas for unit tests: only what a test sets differs from a plain, complete record.
import type { AreaRecord, AreasFile, LufCategory } from './types';

export interface AreaSpec {
  code: string;
  name?: string;
  luf?: LufCategory;
  imdRank?: number;
  /** Male 2009–13 value; null = no figure. */
  hleMale?: number | null;
  hleFemale?: number | null;
  ci?: [number, number] | null;
  estimate?: boolean;
  hleMale2018?: number | null;
}

export function makeArea(spec: AreaSpec): AreaRecord {
  const method = spec.estimate ? 'msoa-estimate' : 'official';
  const ci = spec.estimate ? null : (spec.ci ?? null);
  const hle = (value: number | null | undefined) =>
    value === null || value === undefined
      ? null
      : { value, lci: ci ? ci[0] : null, uci: ci ? ci[1] : null, method, msoaCount: spec.estimate ? 10 : null, source: { code: spec.code, name: spec.name ?? spec.code } } as const;
  return {
    code: spec.code,
    name: spec.name ?? spec.code,
    region: { code: 'E12000001', name: 'North East' },
    utla: { code: spec.code, name: spec.name ?? spec.code },
    luf: spec.luf ?? 2,
    imd: {
      avgRank: 10000,
      rankAvgRank: spec.imdRank ?? 1,
      avgScore: 20,
      rankAvgScore: spec.imdRank ?? 1,
      propMostDeprived10: 0.1,
      rankPropMostDeprived10: 1,
      extent: 0.1,
      rankExtent: 1,
      localConcentration: 20000,
      rankLocalConcentration: 1,
      publishedRankAvgRank317: spec.imdRank ?? 1,
      derived: false,
    },
    hle2009: { male: hle(spec.hleMale === undefined ? 63 : spec.hleMale), female: hle(spec.hleFemale === undefined ? 64 : spec.hleFemale) },
    hle2018: {
      male: spec.hleMale2018 === null ? null : { value: spec.hleMale2018 ?? 63, level: 'district', source: { code: spec.code, name: spec.name ?? spec.code } },
      female: { value: 64, level: 'district', source: { code: spec.code, name: spec.name ?? spec.code } },
    },
    townsFund: { townDeals: 0, futureHighStreets: 0, totalGrantGbp: 0, places: [] },
    bounds: [-1.6, 54.6, -1.1, 54.8],
  };
}

export function makeFile(areas: AreaRecord[]): AreasFile {
  return {
    schemaVersion: 1,
    areas,
    england: { hle2009: { male: { value: 63.5, lci: 63.4, uci: 63.6 }, female: { value: 64.8, lci: 64.7, uci: 64.9 } }, hle2018: { male: 63.1, female: 63.9 } },
    coverage: [],
    estimateValidation: { pairs: 0, meanError: 0, meanAbsoluteError: 0, largestAbsoluteError: 0, largestAt: '', p95AbsoluteError: 0.5 },
    inputs: [],
  };
}

/** A code from a number, in the district pattern. */
export const code = (n: number): string => `E0700${String(n).padStart(4, '0')}`;
