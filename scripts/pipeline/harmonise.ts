// The one rule by which a 2020 district gets a figure from a source published on other geography: its own
// value; else the value of the authority that replaced it; else that of the upper-tier area it lies in; else
// that of the pair the source publishes it in; else nothing, where the source documents that it publishes
// nothing. Any other gap stops the build, so that no district silently shows a neighbour's figure.
import type { Figure, FigureStatus } from '../../src/lib/data/figureShape.ts';
import { PipelineError } from './errors.ts';
import { MISSING_AT_SOURCE } from './figureAdapters.ts';

/** Where a source's figures may stand in for a district's own, each map from the 2020 district's code. */
export interface Geography {
  /** The authority that replaced the district (2021 Northamptonshire, 2023 Cumbria, North Yorkshire, Somerset). */
  successors?: ReadonlyMap<string, string>;
  /** The county whose figure a shire district shows, for sources published on upper-tier areas only. */
  upperTiers?: ReadonlyMap<string, string>;
  /** Pairs the source publishes as one (pair code → its districts, and the words saying so). */
  pairs?: Readonly<Record<string, { districts: readonly string[]; detail: string }>>;
  /** Areas the source documents it publishes no figure for: a district looking to one of them has none. */
  absentAtSource?: readonly string[];
}

/** One place a district's figure may come from, and how the figure is labelled when it does. */
export interface Stand {
  code: string;
  status: FigureStatus;
  /** How the error names this place when it has no value either. */
  role: string;
  detail?: string;
}

/** The places tried for a district, in order. */
export function standsFor(code: string, geography: Geography): Stand[] {
  const stands: Stand[] = [{ code, status: 'official', role: 'district' }];
  const successor = geography.successors?.get(code);
  if (successor !== undefined) stands.push({ code: successor, status: 'successor', role: 'its successor' });
  const county = geography.upperTiers?.get(code);
  if (county !== undefined && county !== code) stands.push({ code: county, status: 'county', role: 'its upper-tier area' });
  for (const [pair, { districts, detail }] of Object.entries(geography.pairs ?? {})) {
    if (districts.includes(code)) stands.push({ code: pair, status: 'derived', role: 'the pair it is published in', detail });
  }
  return stands;
}

/**
 * The district's figure: the first place with a value, made into a figure by `toFigure`; a documented gap;
 * or a PipelineError at `where` naming every place tried.
 */
export function harmonise<V>(
  code: string,
  geography: Geography,
  valueOf: (code: string) => V | undefined,
  toFigure: (value: V, stand: Stand) => Figure,
  where: { file: string; column?: string; what: string },
): Figure {
  const stands = standsFor(code, geography);
  for (const stand of stands) {
    const value = valueOf(stand.code);
    if (value !== undefined) return toFigure(value, stand);
  }
  if (stands.some((stand) => geography.absentAtSource?.includes(stand.code))) return MISSING_AT_SOURCE;
  const tried = stands.map((stand) => `${stand.role} ${stand.code}`).join(', nor for ');
  throw new PipelineError({ file: where.file, column: where.column }, `no ${where.what} for ${tried}`);
}

/** A figure's fields that say where it was measured, for a stand other than the district itself. */
export function provenance(stand: Stand): Pick<Figure, 'status' | 'measuredFor'> {
  return stand.status === 'official' ? { status: 'official' } : { status: stand.status, measuredFor: stand.code };
}
