// Build steps 4 and 5, join and derive: every measure as one IndicatorFigures over the base districts, the places
// figures were measured for named, coverage checked; then areas.json's contents.
import type { IndicatorFigures } from '../../src/lib/data/figureShape.ts';
import type { NeighbourhoodFile } from '../../src/lib/data/neighbourhoods.ts';
import type { AreaRecord, AreasFile, CoverageLine, EstimateValidation } from '../../src/lib/data/types.ts';
import { SCHEMA_VERSION } from '../../src/lib/data/types.ts';
import type { Districts, Log } from './buildBase.ts';
import type { Hle2009Step, Hle2018Step } from './buildSources.ts';
import { COMBINED_AREAS } from './context.ts';
import { assertCoverage, coverageLine, formatCoverage } from './coverage.ts';
import { textCell } from './csv.ts';
import { figuresForBase, hle2009Figure, IMD_FIGURES, imdFigure, lufFigure, Places, townsFundFigure } from './figureAdapters.ts';
import { RAW_FILES } from './files.ts';
import { SEXES } from './hle2009.ts';
import { hle2018Figures } from './hle2018.ts';
import { msoaGapFigures } from './msoaGap.ts';
import type { NewMeasures } from './newMeasures.ts';
import type { RawSource } from './source.ts';
import type { ImdSummary } from './sourceTypes.ts';
import { roundTo } from './stats.ts';
import type { TownsFundResult } from './townsFund.ts';

/** A measure's figures with the raw file to blame if its coverage falls short. */
export interface Measured {
  figures: IndicatorFigures;
  file: string;
}

export interface Joined {
  measured: Measured[];
  places: Places;
  coverage: CoverageLine[];
}

export interface JoinInputs {
  hle2009: Hle2009Step;
  hle2018: Hle2018Step;
  imd: ReadonlyMap<string, ImdSummary>;
  towns: TownsFundResult;
  added: NewMeasures;
  neighbourhoods: NeighbourhoodFile;
}

const round2 = (interval: { value: number; lci: number; uci: number }) => ({ value: roundTo(interval.value, 2), lci: roundTo(interval.lci, 2), uci: roundTo(interval.uci, 2) });

export function joinMeasures({ codes, luf, ladLookup }: Districts, { hle2009, hle2018, imd, towns, added, neighbourhoods }: JoinInputs, log: Log): Joined {
  const places = new Places();
  const measured: Measured[] = [
    ...SEXES.map((sex) => ({
      figures: figuresForBase(sex === 'male' ? 'hle-male' : 'hle-female', codes, round2(hle2009.england[sex]), (code) => hle2009Figure(code, hle2009.hle09.byArea.get(code)?.[sex], places)),
      file: RAW_FILES.hle2009Utla,
    })),
    ...SEXES.map((sex) => ({
      figures: hle2018Figures(sex === 'male' ? 'hle-male-2018' : 'hle-female-2018', sex, hle2018.assignments, hle2018.published, codes, places, RAW_FILES.hle2018Utla),
      file: RAW_FILES.hle2018Utla,
    })),
    ...IMD_FIGURES.map((measure) => ({ figures: figuresForBase(measure.id, codes, null, (code) => imdFigure(imd.get(code), measure)), file: RAW_FILES.imdDistricts })),
    { figures: figuresForBase('luf', codes, null, (code) => lufFigure(luf.get(code))), file: RAW_FILES.luf },
    { figures: figuresForBase('towns-fund', codes, null, (code) => townsFundFigure(towns.byArea.get(code))), file: RAW_FILES.townsFund },
    ...added.measured,
    ...SEXES.map((sex) => ({ figures: msoaGapFigures(neighbourhoods, sex, codes), file: RAW_FILES.hle2009Msoa })),
  ];
  places.nameAll(
    measured.map(({ figures }) => figures),
    new Map([
      ...ladLookup.rows.flatMap((row) => [[textCell(row, 'lad_cd'), textCell(row, 'lad_nm')], [textCell(row, 'utla_cd'), textCell(row, 'utla_nm')]] as [string, string][]),
      ...Object.entries(COMBINED_AREAS).map(([code, area]) => [code, area.name] as [string, string]),
    ]),
  );
  const coverage = measured.map(({ figures, file }) => {
    const line = coverageLine(figures);
    assertCoverage(line, file);
    return line;
  });
  log('Coverage:');
  for (const line of coverage) log(`  ${formatCoverage(line)}`);
  return { measured, places, coverage };
}

function roundValidation(v: EstimateValidation): EstimateValidation {
  return {
    ...v,
    meanError: roundTo(v.meanError, 3),
    meanAbsoluteError: roundTo(v.meanAbsoluteError, 3),
    largestAbsoluteError: roundTo(v.largestAbsoluteError, 3),
    p95AbsoluteError: roundTo(v.p95AbsoluteError, 3),
    sdError: roundTo(v.sdError, 3),
  };
}

/** areas.json: call it after every raw file is read, as it lists them all. */
export function deriveAreasFile(source: RawSource, areas: AreaRecord[], { measured, places, coverage }: Joined, added: NewMeasures, validation: EstimateValidation): AreasFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    areas,
    indicators: Object.fromEntries(measured.map(({ figures }) => [figures.id, figures])),
    places: places.toRecord(),
    coverage,
    bids: added.bids,
    estimateValidation: roundValidation(validation),
    inputs: source.inputs(),
  };
}
