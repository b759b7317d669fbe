import type { IndicatorFigures } from '../../src/lib/data/figures.ts';
import type { Bid } from '../../src/lib/data/types.ts';
import { NEW_ENTRIES } from '../../src/lib/indicators/newEntries.ts';
import { awardFigures, LA_NAME_COLUMNS, LA_REGISTER_COLUMNS, laRegister, parseBids, roundColumns, roundTotals, unplacedBids, type Round } from './awards.ts';
import type { BaseArea } from './base.ts';
import { parseTable, type Table } from './csv.ts';
import { RAW_FILES } from './files.ts';
import { assertFiguresCoverage, figuresCoverage, formatFiguresCoverage } from './indicatorFigures.ts';
import type { MsoaEntry } from './msoa.ts';
import { population2019, populationMap } from './population.ts';
import type { RawSource } from './source.ts';

export interface MeasureLookups {
  /** The district → upper tier → region lookup (every vintage), as build.ts read it. */
  ladLookup: Table;
  /** The MSOA → district lookup with mid-2019 population, as build.ts read it. */
  msoas: ReadonlyMap<string, MsoaEntry>;
}

export interface NewMeasures {
  indicators: IndicatorFigures[];
  bids: Bid[];
}

type Log = (line: string) => void;

const gbp = (n: number): string => `£${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;

const read = (source: RawSource, file: string, columns: readonly string[]): Table => parseTable(source.readText(file), file, columns);

const LEAD_KIND_WORDS = {
  district: 'led by a 2020 district council',
  county: 'by a county council',
  'combined-authority': 'by a combined authority',
  gla: 'by the Greater London Authority',
  other: 'by another body in England',
  'outside-england': 'outside England',
} as const;

function logAwards(bids: readonly Bid[], log: Log): void {
  for (const round of [1, 2] as const satisfies readonly Round[]) {
    const t = roundTotals(bids, round);
    const kinds = (Object.keys(LEAD_KIND_WORDS) as (keyof typeof LEAD_KIND_WORDS)[])
      .filter((k) => t.byKind[k] !== undefined)
      .map((k) => `${t.byKind[k]?.bids} ${LEAD_KIND_WORDS[k]} ${gbp(t.byKind[k]?.amountGbp ?? 0)}`);
    log(`LUF round ${round}: ${t.all.bids} bids, ${gbp(t.all.amountGbp)} UK-wide: ${kinds.join('; ')}`);
  }
  const unplaced = unplacedBids(bids).filter((b) => b.leadKind !== 'outside-england');
  log(`LUF bids in England counted in no district's figure (${unplaced.length}, listed for the districts they cover):`);
  for (const b of unplaced) log(`  round ${b.round}, ${b.lead} (${b.leadKind}, ${b.leadCode ?? 'no code'}): "${b.name}" ${gbp(b.amountGbp)}, covering ${b.covers.length} districts`);
}

/** The fewest districts with a value each new indicator may have: what its source allows. */
const MINIMUM_WITH_VALUE: Readonly<Record<string, number>> = {
  'luf-awards-r1': 314,
  'luf-awards-r2': 314,
  'luf-awards': 314,
  'luf-awards-per-head': 314,
  'population-2019': 314,
};

/** Which raw file to blame when an indicator's coverage falls short. */
const SOURCE_FILE: Readonly<Record<string, string>> = {
  'luf-awards-r1': RAW_FILES.lufRound1,
  'luf-awards-r2': RAW_FILES.lufRound2,
  'luf-awards': RAW_FILES.lufRound2,
  'luf-awards-per-head': RAW_FILES.msoaLookup,
  'population-2019': RAW_FILES.msoaLookup,
};

/**
 * Reads every source of the indicators in the one figure shape and returns them with the LUF bid list;
 * logs each indicator's coverage and stops the build if one covers less than its source allows.
 */
export function newMeasures(source: RawSource, base: readonly BaseArea[], lookups: MeasureLookups, log: Log): NewMeasures {
  const baseCodes = base.map((b) => b.code);
  const population = population2019(lookups.msoas, baseCodes, RAW_FILES.msoaLookup);

  const register = laRegister(read(source, RAW_FILES.laRegister, LA_REGISTER_COLUMNS), read(source, RAW_FILES.laNames, LA_NAME_COLUMNS));
  const bids = [
    ...parseBids(read(source, RAW_FILES.lufRound1, roundColumns(1)), 1, register, base),
    ...parseBids(read(source, RAW_FILES.lufRound2, roundColumns(2)), 2, register, base),
  ];
  logAwards(bids, log);

  const indicators = [population, ...awardFigures(bids, baseCodes, populationMap(population))];

  log('Coverage (one figure shape):');
  for (const figures of indicators) {
    const entry = NEW_ENTRIES.find((e) => e.id === figures.id);
    const minimum = MINIMUM_WITH_VALUE[figures.id];
    const file = SOURCE_FILE[figures.id];
    // A programming slip, not bad data: every indicator needs its catalogue entry, minimum and source file.
    if (entry === undefined || minimum === undefined || file === undefined) throw new Error(`indicator ${figures.id} lacks a catalogue entry, minimum coverage or source file`);
    log(`  ${formatFiguresCoverage(entry.shortLabel, figuresCoverage(figures))}`);
  }
  for (const figures of indicators) assertFiguresCoverage(figures, baseCodes, MINIMUM_WITH_VALUE[figures.id] ?? 0, SOURCE_FILE[figures.id] ?? '');
  return { indicators, bids };
}
