// Build step 2, harmonise: each source read, checked and put onto the 2020 districts, one function a source.
import { gzipSync } from 'node:zlib';
import type { EstimateValidation } from '../../src/lib/data/types.ts';
import { textCell } from './csv.ts';
import { RAW_FILES } from './files.ts';
import { england2009, HLE2009_MSOA_COLUMNS, HLE2009_MSOA_INTERVAL_COLUMNS, HLE2009_REGION_COLUMNS, HLE2009_UTLA_COLUMNS, hle2009, msoaEstimates, msoasWithoutValue, parseMsoaHle, parseMsoaStandardErrors, parsePublishedUtla, SEXES, type Hle2009Result, type Interval } from './hle2009.ts';
import { HLE2018_COLUMNS, hle2018Assignments, northantsSuccessors, parseHle2018, type Hle2018Assignment, type Published2018 } from './hle2018.ts';
import { assertBucksCrossCheck, bucksCrossCheck, BUCKS_COUNTY, IMD_DISTRICT_COLUMNS, IMD_MEASURES, IMD_UPPER_TIER_COLUMNS, imdSources, parseImdDistricts, parseImdUpperTier, rerank, verifyPublishedRanks } from './imd.ts';
import { lookupVintage } from './base.ts';
import { read, type Districts, type Log } from './buildBase.ts';
import { populationByLad19 } from './msoa.ts';
import { POSTCODE_COLUMNS, postcodeLookup } from './postcodes.ts';
import { ALLOCATION_COLUMNS, NEIGHBOUR_COLUMNS, similarAreas, type SimilarResult } from './similarAreas.ts';
import type { RawSource } from './source.ts';
import type { ImdSummary, Sex } from './sourceTypes.ts';
import { RECODED_2024, successorsBy2023 } from './successors.ts';
import { TOWNS_FUND_COLUMNS, townsFund, type TownsFundResult } from './townsFund.ts';

const gbp = (n: number): string => `£${n.toLocaleString('en-GB')}`;
/** A signed difference with a true minus sign, as the log prints it. */
export const signed = (n: number, dp = 2): string => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(dp)}`;

/** IMD 2019 on the 2020 districts, reranked; Buckinghamshire's from its county, checked against its old districts. */
export function imdStep(source: RawSource, { baseCodes, msoas }: Districts, log: Log): Map<string, ImdSummary> {
  const imdDistrictRows = parseImdDistricts(read(source, RAW_FILES.imdDistricts, IMD_DISTRICT_COLUMNS));
  const imdUpperRows = parseImdUpperTier(read(source, RAW_FILES.imdUpperTier, IMD_UPPER_TIER_COLUMNS));
  const rankCheck = verifyPublishedRanks(imdDistrictRows);
  log(`IMD ranks: reproduced ${rankCheck.reproduced}/${imdDistrictRows.length} published ranks for ${IMD_MEASURES.length} measures`);
  if (rankCheck.roundingTies.length > 0) {
    log(`  ${rankCheck.roundingTies.length} values are equal only after rounding; the published rank (in brackets) orders them:`);
    for (const tie of rankCheck.roundingTies) log(`    ${tie}`);
  }
  const imdSrc = imdSources(imdDistrictRows, imdUpperRows, baseCodes, { districts: RAW_FILES.imdDistricts, upperTier: RAW_FILES.imdUpperTier });
  const bucksRow = imdUpperRows.find((r) => r.code === BUCKS_COUNTY);
  if (bucksRow !== undefined) {
    const check = bucksCrossCheck(imdDistrictRows, bucksRow, populationByLad19(msoas), RAW_FILES.imdDistricts);
    assertBucksCrossCheck(check, RAW_FILES.imdUpperTier);
    log(
      `IMD Buckinghamshire (derived from county ${BUCKS_COUNTY}): average score ${check.county.avgScore} vs ${check.weighted.avgScore.toFixed(3)} ` +
        `population-weighted from its 4 districts (difference ${signed(check.weighted.avgScore - check.county.avgScore, 3)}); ` +
        `average rank ${check.county.avgRank} vs ${check.weighted.avgRank.toFixed(2)} (difference ${signed(check.weighted.avgRank - check.county.avgRank, 2)})`,
    );
  }
  return rerank(imdSrc);
}

function describeValidation(label: string, v: EstimateValidation): string {
  return (
    `  ${label}: mean error ${signed(v.meanError, 3)}, mean absolute error ${v.meanAbsoluteError.toFixed(3)}, ` +
    `95th percentile ${v.p95AbsoluteError.toFixed(3)}, standard deviation ${v.sdError.toFixed(3)}, largest ${v.largestAbsoluteError.toFixed(3)} at ${v.largestAt} (${v.pairs} pairs)`
  );
}

export interface Hle2009Step {
  hle09: Hle2009Result;
  england: Record<Sex, Interval>;
}

/** HLE 2009–13: official where the district is a published area, else the MSOA estimate. */
export function hle2009Step(source: RawSource, { base, baseCodes, msoas }: Districts, log: Log): Hle2009Step {
  const published2009 = parsePublishedUtla(read(source, RAW_FILES.hle2009Utla, HLE2009_UTLA_COLUMNS));
  const msoaValues = parseMsoaHle(read(source, RAW_FILES.hle2009Msoa, HLE2009_MSOA_COLUMNS), msoas);
  const msoaErrors = parseMsoaStandardErrors(read(source, RAW_FILES.hle2009Msoa, HLE2009_MSOA_INTERVAL_COLUMNS));
  const estimates = msoaEstimates([...baseCodes], msoas, msoaValues, msoaErrors);
  const hle09 = hle2009(base, published2009, estimates);
  const england = england2009(read(source, RAW_FILES.hle2009Region, HLE2009_REGION_COLUMNS));
  for (const sex of SEXES) {
    const missing = msoasWithoutValue(msoas, msoaValues, sex);
    log(`HLE 2009–13 MSOAs: ${msoas.size - missing.length} with a ${sex} value; skipped ${missing.length} without (${missing.join(', ') || 'none'})`);
  }
  log('HLE 2009–13 MSOA estimate vs official value, where both exist (estimate − official, years):');
  log(describeValidation('plain mean (used)', hle09.validation.plain));
  log(describeValidation('population-weighted mean', hle09.validation.weighted));
  return { hle09, england };
}

export interface Hle2018Step {
  published: Map<string, Published2018>;
  assignments: Map<string, Hle2018Assignment>;
}

/** HLE 2018–20: the 2021 upper-tier value each district belongs to. */
export function hle2018Step(source: RawSource, { ladLookup, lookup2020, base }: Districts): Hle2018Step {
  const published = parseHle2018(read(source, RAW_FILES.hle2018Utla, HLE2018_COLUMNS));
  const successors = northantsSuccessors(lookup2020, RAW_FILES.ladLookup);
  return { published, assignments: hle2018Assignments(base, lookupVintage(ladLookup, '2021'), successors, RAW_FILES.ladLookup) };
}

export function townsFundStep(source: RawSource, { codes }: Districts, log: Log): TownsFundResult {
  const towns = townsFund(read(source, RAW_FILES.townsFund, TOWNS_FUND_COLUMNS), codes);
  log(
    `Towns Fund: ${towns.totals.townDeals.places} Town Deals ${gbp(towns.totals.townDeals.grantGbp)}; ` +
      `${towns.totals.futureHighStreets.places} Future High Streets Fund places ${gbp(towns.totals.futureHighStreets.grantGbp)}`,
  );
  return towns;
}

/** Postcode district → district, as JSON: shipped beside areas.json but fetched only when the search box is first used. */
export function postcodesStep(source: RawSource, { baseCodes }: Districts, log: Log): string {
  const postcodes = postcodeLookup(read(source, RAW_FILES.postcodes, POSTCODE_COLUMNS), [...baseCodes]);
  const postcodesJson = JSON.stringify(postcodes);
  log(`Postcode districts: ${Object.keys(postcodes).length}; ${postcodesJson.length.toLocaleString('en-GB')} bytes raw, ${gzipSync(postcodesJson).length.toLocaleString('en-GB')} bytes gzip`);
  return postcodesJson;
}

/** ONS's similar-area clusters, a merged district using its successor's lists. */
export function similarStep(source: RawSource, { codes, lookup2020, ladLookup }: Districts, log: Log): SimilarResult {
  const similar = similarAreas({
    allocation: read(source, RAW_FILES.similarAllocation, ALLOCATION_COLUMNS),
    neighbours: {
      global: read(source, RAW_FILES.similarGlobal, NEIGHBOUR_COLUMNS),
      economic: read(source, RAW_FILES.similarEconomic, NEIGHBOUR_COLUMNS),
      demographic: read(source, RAW_FILES.similarDemographic, NEIGHBOUR_COLUMNS),
    },
    descriptions: { file: RAW_FILES.similarDescriptions, text: source.readText(RAW_FILES.similarDescriptions) },
    districts: codes,
    successorOf: successorsBy2023(lookup2020, RAW_FILES.ladLookup),
    recoded: RECODED_2024,
    names: new Map(ladLookup.rows.map((row) => [textCell(row, 'lad_cd'), textCell(row, 'lad_nm')])),
  });
  log(
    `Similar areas (ONS clusters): ${similar.usingSuccessor} merged districts use their successor's lists; neighbours outside England left out: ` +
      `global ${similar.skipped.global}, economic ${similar.skipped.economic}, demographic ${similar.skipped.demographic}`,
  );
  return similar;
}
