import { describe, expect, it } from 'vitest';
import { readDistricts } from './buildBase.ts';
import { RAW_FILES } from './files.ts';
import { newMeasures } from './newMeasures.ts';
import { VENDORED_RAW_DIR } from './paths.ts';
import { fsSource } from './source.ts';

// On the repository's raw files, read inside the test so that a mutation run knows which lines it reaches.
// newMeasures.integration.test.ts checks the figures against the published totals; this checks the step itself.
describe('newMeasures', () => {
  it('reads every one-figure-shape measure, each with the raw file to blame, and logs the LUF awards and the gap view', () => {
    const source = fsSource(VENDORED_RAW_DIR);
    const districts = readDistricts(source, () => {});
    const log: string[] = [];
    const added = newMeasures(source, districts.base, { ladLookup: districts.ladLookup, msoas: districts.msoas }, (line) => log.push(line));

    const byFile: Record<string, string[]> = {};
    for (const { figures, file } of added.measured) (byFile[file] ??= []).push(figures.id);
    const hle = ['2011-13', '2012-14', '2013-15', '2014-16', '2015-17', '2016-18', '2017-19', '2018-20', '2019-21', '2020-22', '2021-23', '2022-24'];
    const healthIndex = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
    expect(byFile).toEqual({
      [RAW_FILES.msoaLookup]: ['population-2019'],
      [RAW_FILES.lufRound2]: ['luf-awards-r1', 'luf-awards-r2', 'luf-awards', 'luf-awards-per-head'],
      [RAW_FILES.hleSeries]: hle.flatMap((period) => [`hle-male-${period}`, `hle-female-${period}`]),
      [RAW_FILES.healthIndexOverall]: healthIndex.flatMap((year) => [`health-index-${year}`, `health-index-people-${year}`, `health-index-lives-${year}`, `health-index-places-${year}`]),
      [RAW_FILES.cvdMortality]: ['cvd-mortality-u75-2022-24'],
      [RAW_FILES.employment]: ['economic-inactivity-2023'],
      [RAW_FILES.sicknessInactivity]: ['inactive-long-term-sick-2020-22'],
      [RAW_FILES.cigaretteSmokers]: ['cigarette-smokers-2020-24'],
    });
    const figure = (id: string, code: string) => added.measured.find((m) => m.figures.id === id)?.figures.byArea[code];
    expect(figure('population-2019', 'E06000001')).toEqual({ value: 93663, status: 'official' });
    expect(figure('luf-awards', 'E06000001')).toEqual({ value: 16453891, status: 'official', detail: '1 bid' });
    expect(figure('hle-male-2022-24', 'E07000150')).toEqual({ value: 58.7, lci: 54.9, uci: 62.5, status: 'successor', measuredFor: 'E06000061' });
    expect(figure('health-index-2021', 'E06000001')).toEqual({ value: 87.2, status: 'official' });
    expect(figure('health-index-people-2015', 'E07000150')).toEqual({ value: 95.2, status: 'successor', measuredFor: 'E06000061' });
    expect(added.bids).toHaveLength(216);
    expect(added.hleUpperTier.areas).toHaveLength(153);
    expect(log).toEqual([
      "LUF round 1: 105 bids, £1,693,323,657.33 UK-wide: 70 led by a 2020 district council £1,213,915,453; 5 by a county council £99,994,470; 1 by a combined authority £37,520,000; 29 outside England £341,893,734.33",
      "LUF round 2: 111 bids, £2,088,234,431 UK-wide: 69 led by a 2020 district council £1,289,985,974; 6 by a county council £172,147,381; 4 by a combined authority £126,481,017; 1 by the Greater London Authority £43,166,006; 31 outside England £456,454,053",
      "LUF bids in the totals but in no district's figure: 21 led by a county, combined authority, the GLA or a body without a code:",
      "  round 1, Derbyshire (county, E10000007): \"South Derby Growth Zone & Infinity Garden Village\" £49,597,972, covering 8 districts",
      "  round 1, East Sussex (county, E10000011): \"Exceat Bridge, Seaford\" £7,957,517, covering 5 districts",
      "  round 1, Gloucestershire (county, E10000013): \"Transport Project (Gloucester Docks Sustainable Travel Improvements)\" £12,822,000, covering 6 districts",
      "  round 1, Lincolnshire (county, E10000019): \"A16 Corridor Improvements\" £19,558,800, covering 7 districts",
      "  round 1, Liverpool City Region (combined-authority, E47000004): \"Levelling Up for Recovery (Transport Infrastructure Improvements)\" £37,520,000, covering 6 districts",
      "  round 1, Northern Ireland (outside-england, no code): \"Upgrade EV Charging Network\" £3,270,000, outside England",
      "  round 1, Somerset (county, E10000027): \"Bridgwater Northern Corridor (Transport Infrastructure Improvement)\" £10,058,181, covering 4 districts",
      "  round 2, Bangor Marine Limited (outside-england, no code): \"Marine Gardens Public Realm project\" £9,829,424, outside England",
      "  round 2, Belfast International Airport Limited (outside-england, no code): \"Belfast International Airport Decarbonisation Project\" £2,327,928, outside England",
      "  round 2, Cambridgeshire and Peterborough Combined Authority* (combined-authority, E47000008): \"Peterborough Station Enhancements and Connectivity\" £47,850,000, covering 6 districts",
      "  round 2, Cumbria County Council (county, E10000006): \"Energy Coast Resilient Routes\" £17,826,697, covering 6 districts",
      "  round 2, Devon County Council (county, E10000008): \"Destination Exmouth\" £15,765,899, covering 8 districts",
      "  round 2, Greater London Authority* (gla, E61000001): \"Transforming Colindale and Leyton for all\" £43,166,006, covering 33 districts",
      "  round 2, Kent County Council* (county, E10000016): \"Dover Access Improvements\" £45,000,000, covering 12 districts",
      "  round 2, Lancashire County Council* (county, E10000017): \"Levelling Up East Lancashire: Creating opportunities through greener, safer and healthier travel\" £49,602,741, covering 12 districts",
      "  round 2, Norfolk County Council* (county, E10000020): \"King's Lynn Sustainable Transport and Regeneration Scheme (King's Lynn STARS project)\" £24,115,860, covering 7 districts",
      "  round 2, North East Combined Authority (combined-authority, E47000010): \"Transport Decarbonisation in the North East\" £19,597,261, covering 4 districts",
      "  round 2, Staffordshire County Council (county, E10000028): \"Investing in Mid-Staffordshire's Major Road Network\" £19,836,184, covering 8 districts",
      "  round 2, Tees Valley Combined Authority (combined-authority, E47000006): \"Tees Valley: Connecting our most deprived communities to opportunity through active travel\" £17,784,924, covering 5 districts",
      "  round 2, The Ulster Branch of the Irish Rugby Football Union (outside-england, no code): \"Club Capital Improvement Project\" £5,125,023, outside England",
      "  round 2, West Yorkshire Combined Authority* (combined-authority, E47000003): \"West Yorkshire Levelling Up - Bus Enhancement Package\" £41,248,832, covering 5 districts",
      "HLE upper tier (gap view): 153 upper-tier authorities of 2023, 151 with a figure in every period",
    ]);
  }, 60_000);
});
