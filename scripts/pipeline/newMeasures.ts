import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { Bid } from '../../src/lib/data/types.ts';
import { awardFigures, LA_NAME_COLUMNS, LA_REGISTER_COLUMNS, laRegister, parseBids, roundColumns, roundTotals, unplacedBids, type Round } from './awards.ts';
import { lookupVintage, type BaseArea } from './base.ts';
import { CIGARETTE_SMOKERS, CONTEXT_COLUMNS, contextFigures, CVD_MORTALITY, ECONOMIC_INACTIVITY, parseContext, type ContextMeasure } from './context.ts';
import { parseTable, type Table } from './csv.ts';
import { RAW_FILES } from './files.ts';
import {
  HEALTH_INDEX_DOMAIN_COLUMNS,
  HEALTH_INDEX_DOMAINS,
  HEALTH_INDEX_OVERALL_COLUMNS,
  HEALTH_INDEX_YEARS,
  healthIndexFigures,
  healthIndexId,
  lowerTierScores,
  type HealthIndexDomain,
} from './healthIndex.ts';
import { hle2018Assignments, northantsSuccessors } from './hle2018.ts';
import { ELS_COLUMNS, hleSeriesFigures, parseHleSeries, upperTierHle } from './hleSeries.ts';
import type { UpperTierHle } from '../../src/lib/data/upperTierHle.ts';
import type { MsoaEntry } from './msoa.ts';
import { population2019, populationMap } from './population.ts';
import type { RawSource } from './source.ts';
import { parseSicknessMeans, SICKNESS_COLUMNS, SICKNESS_INACTIVITY } from './sicknessInactivity.ts';
import { successorsBy2023 } from './successors.ts';

export interface MeasureLookups {
  /** The district → upper tier → region lookup (every vintage), as buildBase.ts read it. */
  ladLookup: Table;
  /** The MSOA → district lookup with mid-2019 population, as buildBase.ts read it. */
  msoas: ReadonlyMap<string, MsoaEntry>;
}

export interface NewMeasures {
  measured: { figures: IndicatorFigures; file: string }[];
  bids: Bid[];
  /** The HLE series on the upper-tier authorities of 2023, each once: what the gap view measures. */
  hleUpperTier: UpperTierHle;
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
    const kinds = (Object.keys(LEAD_KIND_WORDS) as (keyof typeof LEAD_KIND_WORDS)[]).flatMap((k) => {
      const kind = t.byKind[k];
      return kind === undefined ? [] : [`${kind.bids} ${LEAD_KIND_WORDS[k]} ${gbp(kind.amountGbp)}`];
    });
    log(`LUF round ${round}: ${t.all.bids} bids, ${gbp(t.all.amountGbp)} UK-wide: ${kinds.join('; ')}`);
  }
  // Councils outside England are placed in their own nation; every other bid outside a district figure is named.
  const unplaced = unplacedBids(bids).filter((b) => b.leadKind !== 'outside-england' || b.leadCode === null);
  log(`LUF bids in the totals but in no district's figure: ${unplaced.length} led by a county, combined authority, the GLA or a body without a code:`);
  for (const b of unplaced) {
    const where = b.covers.length > 0 ? `covering ${b.covers.length} districts` : 'outside England';
    log(`  round ${b.round}, ${b.lead} (${b.leadKind}, ${b.leadCode ?? 'no code'}): "${b.name}" ${gbp(b.amountGbp)}, ${where}`);
  }
}

/**
 * Reads every source of the indicators added with the one figure shape and returns them with the LUF bid
 * list; build.ts reports and checks their coverage with the rest.
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

  const lookup2020 = lookupVintage(lookups.ladLookup, '2020');
  const successors2023 = successorsBy2023(lookup2020, RAW_FILES.ladLookup);
  const lookup2023 = lookupVintage(lookups.ladLookup, '2023');
  const hleAssignments = hle2018Assignments(base, lookup2023, successors2023, RAW_FILES.ladLookup);
  const hleSeries = parseHleSeries(read(source, RAW_FILES.hleSeries, ELS_COLUMNS));
  const hle = hleSeriesFigures(hleSeries, hleAssignments, baseCodes, RAW_FILES.hleSeries);
  const upperTiers = new Map([...lookup2023.values()].map((entry) => [entry.utla.code, entry.utla.name]));
  const hleUpperTier = upperTierHle(hleSeries, upperTiers, RAW_FILES.hleSeries);
  const withFigure = hleUpperTier.areas.filter((a) => a.values.male.every((x) => x !== null)).length;
  log(`HLE upper tier (gap view): ${hleUpperTier.areas.length} upper-tier authorities of 2023, ${withFigure} with a figure in every period`);

  // Health Index: overall scores from one table, each year's domains from that year's table.
  const northants = northantsSuccessors(lookup2020, RAW_FILES.ladLookup);
  const overall = read(source, RAW_FILES.healthIndexOverall, HEALTH_INDEX_OVERALL_COLUMNS);
  const healthIndex = HEALTH_INDEX_YEARS.flatMap((year) => {
    const domainsFile = RAW_FILES[`healthIndexDomains${year}`];
    const domains = read(source, domainsFile, HEALTH_INDEX_DOMAIN_COLUMNS);
    return [
      healthIndexFigures(healthIndexId(null, year), lowerTierScores(overall, String(year)), baseCodes, northants, RAW_FILES.healthIndexOverall),
      ...(Object.keys(HEALTH_INDEX_DOMAINS) as HealthIndexDomain[]).map((domain) =>
        healthIndexFigures(healthIndexId(domain, year), lowerTierScores(domains, HEALTH_INDEX_DOMAINS[domain]), baseCodes, northants, domainsFile),
      ),
    ];
  });

  // Context layers, on 2023 codes: the same successors as the HLE series.
  const contextOf = (measure: ContextMeasure, file: string) =>
    contextFigures(measure, parseContext(read(source, file, CONTEXT_COLUMNS), measure), baseCodes, successors2023, file);
  const cvd = contextOf(CVD_MORTALITY, RAW_FILES.cvdMortality);
  const inactivity = contextOf(ECONOMIC_INACTIVITY, RAW_FILES.employment);
  const smokers = contextOf(CIGARETTE_SMOKERS, RAW_FILES.cigaretteSmokers);
  const sickness = contextFigures(
    SICKNESS_INACTIVITY,
    parseSicknessMeans(read(source, RAW_FILES.sicknessInactivity, SICKNESS_COLUMNS)),
    baseCodes,
    successors2023,
    RAW_FILES.sicknessInactivity,
  );

  // Each with the raw file to blame if its coverage falls short of the catalogue's minimum (build.ts).
  const measured: { figures: IndicatorFigures; file: string }[] = [
    { figures: population, file: RAW_FILES.msoaLookup },
    ...awardFigures(bids, baseCodes, populationMap(population)).map((figures) => ({ figures, file: RAW_FILES.lufRound2 })),
    ...hle.map((figures) => ({ figures, file: RAW_FILES.hleSeries })),
    ...healthIndex.map((figures) => ({ figures, file: RAW_FILES.healthIndexOverall })),
    { figures: cvd, file: RAW_FILES.cvdMortality },
    { figures: inactivity, file: RAW_FILES.employment },
    { figures: sickness, file: RAW_FILES.sicknessInactivity },
    { figures: smokers, file: RAW_FILES.cigaretteSmokers },
  ];
  return { measured, bids, hleUpperTier };
}
