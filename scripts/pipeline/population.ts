import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import { PipelineError } from './errors.ts';
import { figuresForBase, MISSING_AT_SOURCE } from './figureAdapters.ts';
import { populationByDistrict, type MsoaEntry } from './msoa.ts';

export const POPULATION_ID = 'population-2019';

/**
 * ONS's mid-2019 estimate for England, which lookups/SOURCE.md records the MSOA file summing to exactly:
 * a different sum means MSOAs were lost or doubled on the way.
 */
export const ENGLAND_MID_2019 = 56_286_961;

/** Mid-2019 population per 2020 district: the sum of its MSOAs (Buckinghamshire's four former districts together). */
export function population2019(msoas: ReadonlyMap<string, MsoaEntry>, baseCodes: readonly string[], file: string): IndicatorFigures {
  const byDistrict = populationByDistrict(msoas, 'lad20');
  const england = [...byDistrict.values()].reduce((s, n) => s + n, 0);
  if (england !== ENGLAND_MID_2019) {
    throw new PipelineError(
      { file, column: 'pop_mid2019_persons' },
      `MSOA populations sum to ${england.toLocaleString('en-GB')}, not ONS's mid-2019 England estimate of ${ENGLAND_MID_2019.toLocaleString('en-GB')}`,
    );
  }
  return figuresForBase(POPULATION_ID, baseCodes, { value: england }, (code) => {
    const people = byDistrict.get(code);
    return people === undefined ? MISSING_AT_SOURCE : { value: people, status: 'official' };
  });
}

/** Population per district, for per-head figures: districts without a value are left out. */
export function populationMap(figures: IndicatorFigures): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, f] of Object.entries(figures.byArea)) if (f.value !== null) out.set(code, f.value);
  return out;
}
