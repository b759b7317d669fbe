// The one shape every indicator's figures take, in static/data/areas.json and everywhere in the app.
// Adding an indicator means one pipeline reader that returns IndicatorFigures and one catalogue entry:
// nothing else learns a new field name.

/** Why a figure is what it is, in words the app can show. */
export type FigureStatus =
  /** Published for this very district. */
  | 'official'
  /** Ours: computed from smaller areas of the same release (e.g. the mean of MSOA values). */
  | 'estimate'
  /** The upper-tier (county) area's figure: the source publishes none for the district. */
  | 'county'
  /** The figure of the authority that replaced the district (Northamptonshire, April 2021). */
  | 'successor'
  /** Derived by us from published figures for the same area (e.g. Buckinghamshire's IMD from the county). */
  | 'derived'
  /** The source has no value for this area. */
  | 'missing-at-source'
  /** The data file's value was unusable when the app loaded it. */
  | 'damaged';

export interface Figure {
  /** Null exactly when status is missing-at-source or damaged. */
  value: number | null;
  /** 95% confidence interval, where the publisher gives one; for an `estimate`, ours (docs/DATA.md). */
  lci?: number;
  uci?: number;
  status: FigureStatus;
  /** GSS code of the area the figure was measured for, when it is not the district itself. */
  measuredFor?: string;
  /** A rank the publisher's own rule gives (1 = the end the catalogue names), where recomputing it from values would differ. */
  rank?: number;
  /** Free words that belong to this one figure (e.g. the places a fund went to). */
  detail?: string;
}

export interface IndicatorFigures {
  /** The catalogue id. */
  id: string;
  /** England's own published value, where there is one. */
  england: { value: number; lci?: number; uci?: number } | null;
  /** By district code; every one of the 314 districts has an entry (missing-at-source where the source has none). */
  byArea: Record<string, Figure>;
}

/** Why a figure with a value is not the district's own. */
export type NotOwnReason = 'county' | 'successor' | 'wider-area';

/**
 * Null when the figure is the district's own (or there is no value at all); else why it is another area's.
 * An official figure naming another code is the same area published under an earlier code (Northumberland
 * and Gateshead before 2013; Buckinghamshire, the former county with the same boundary): still its own.
 */
export function notOwnReason(figure: Figure, code: string): NotOwnReason | null {
  if (figure.value === null) return null;
  if (figure.status === 'county') return 'county';
  if (figure.status === 'successor') return 'successor';
  if (figure.status !== 'official' && figure.measuredFor !== undefined && figure.measuredFor !== code) return 'wider-area';
  return null;
}
