// Reading figures out of a loaded file. After validation (validate.ts) every catalogue indicator has a
// figure for every area, so these never invent a value: what is not there reads as damaged.
import type { Figure } from './figureShape';
import type { AreasFile } from './types';

export const DAMAGED: Figure = Object.freeze({ value: null, status: 'damaged' });

export function figureOf(file: AreasFile, indicatorId: string, code: string): Figure {
  return file.indicators[indicatorId]?.byArea[code] ?? DAMAGED;
}

/** The areas with a value for the indicator, in file order. */
export function valuesOf(file: AreasFile, indicatorId: string): { code: string; value: number }[] {
  return file.areas.flatMap((area) => {
    const { value } = figureOf(file, indicatorId, area.code);
    return value === null ? [] : [{ code: area.code, value }];
  });
}

export function englandOf(file: AreasFile, indicatorId: string): number | null {
  return file.indicators[indicatorId]?.england?.value ?? null;
}

/** The name of an area a figure was measured for, or its code where the file names none. */
export function placeName(file: AreasFile, code: string): string {
  return file.places[code] ?? file.areas.find((area) => area.code === code)?.name ?? code;
}
