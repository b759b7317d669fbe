// The one shape every indicator's figures take, in static/data/areas.json and everywhere in the app.
// Adding an indicator means one pipeline reader that returns IndicatorFigures and one catalogue entry:
// nothing else learns a new field name. The shapes are the schema's (schema.ts); these are their names.
import type * as v from 'valibot';
import type { FIGURE_STATUSES, FigureSchema, IndicatorFiguresSchema } from './schema';

/** Why a figure is what it is: schema.ts says what each status means. */
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

export type Figure = v.InferOutput<typeof FigureSchema>;

export type IndicatorFigures = v.InferOutput<typeof IndicatorFiguresSchema>;

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
