import type { AreaRecord, Bounds, Hle2009Value, Hle2018Value, ImdSummary, LufCategory, Sex, TownsFund } from '../../src/lib/data/types.ts';
import type { BaseArea } from './base.ts';

export interface Joined {
  luf: ReadonlyMap<string, LufCategory>;
  imd: ReadonlyMap<string, ImdSummary>;
  hle2009: ReadonlyMap<string, Record<Sex, Hle2009Value | null>>;
  hle2018: ReadonlyMap<string, Record<Sex, Hle2018Value | null>>;
  townsFund: ReadonlyMap<string, TownsFund>;
  bounds: ReadonlyMap<string, Bounds>;
}

function required<T>(map: ReadonlyMap<string, T>, code: string, what: string): T {
  const value = map.get(code);
  // Each step already checked its codes against the base, so a gap here is a bug in the pipeline itself.
  if (value === undefined) throw new Error(`internal: no ${what} entry for ${code}`);
  return value;
}

/** One record per base district, in base order. */
export function assembleAreas(base: readonly BaseArea[], joined: Joined): AreaRecord[] {
  return base.map((area) => ({
    code: area.code,
    name: area.name,
    region: area.region,
    utla: area.utla,
    luf: required(joined.luf, area.code, 'LUF'),
    imd: required(joined.imd, area.code, 'IMD'),
    hle2009: required(joined.hle2009, area.code, 'HLE 2009–13'),
    hle2018: required(joined.hle2018, area.code, 'HLE 2018–20'),
    townsFund: required(joined.townsFund, area.code, 'Towns Fund'),
    bounds: required(joined.bounds, area.code, 'boundary'),
  }));
}
