import { describe, expect, it } from 'vitest';
import { readDistricts } from './buildBase.ts';
import { hle2009Step, hle2018Step, imdStep, postcodesStep, signed, similarStep, townsFundStep } from './buildSources.ts';
import { VENDORED_RAW_DIR } from './paths.ts';
import { fsSource } from './source.ts';

// Each build step on the repository's own raw files, read inside each test (not in a beforeAll) so that a
// mutation run knows which test reaches which line. The log lines are what `npm run data` prints.
/** Seconds alone; far longer on a shared machine. */
const REAL_DATA_TIMEOUT = 60_000;

function districtsAndSource() {
  const source = fsSource(VENDORED_RAW_DIR);
  return { source, districts: readDistricts(source, () => {}) };
}

describe('signed', () => {
  it('writes a plus or a true minus sign before the magnitude, at the decimals asked for', () => {
    expect(signed(0.0224)).toBe('+0.02');
    expect(signed(0)).toBe('+0.00');
    expect(signed(-18.9449, 3)).toBe('−18.945');
  });
});

describe('imdStep', () => {
  it('reranks IMD 2019 on the 2020 districts and logs the rank check, the rounding ties and the Buckinghamshire cross-check', () => {
    const { source, districts } = districtsAndSource();
    const log: string[] = [];
    const imd = imdStep(source, districts, (line) => log.push(line));
    expect(imd.size).toBe(314);
    expect(imd.get('E06000009')).toMatchObject({ rankAvgRank: 1, derived: false });
    expect(imd.get('E06000060')).toMatchObject({ avgScore: 10.052, derived: true });
    expect(log).toEqual([
      'IMD ranks: reproduced 317/317 published ranks for 5 measures',
      '  18 values are equal only after rounding; the published rank (in brackets) orders them:',
      '    IMD - Average score = 12.005: Isles of Scilly (258), Warwick (259)',
      "    IMD - Proportion of LSOAs in most deprived 10% nationally = 0.0787: Warrington (96), King's Lynn and West Norfolk (97)",
      '    IMD - Proportion of LSOAs in most deprived 10% nationally = 0.0083: York (187), Sutton (188)',
      '    IMD 2019 - Extent = 0.0077: East Devon (271), West Berkshire (272)',
      '    IMD 2019 - Extent = 0.0005: Stratford-on-Avon (293), Windsor and Maidenhead (294)',
      '    IMD 2019 - Extent = 0.1985: Kensington and Chelsea (106), Allerdale (107)',
      '    IMD 2019 - Extent = 0.0401: Charnwood (209), Teignbridge (210)',
      '    IMD 2019 - Extent = 0.0734: Bromley (176), Castle Point (177)',
      '    IMD 2019 - Extent = 0.0081: Fareham (268), Maldon (269)',
      '    IMD 2019 - Extent = 0.0025: Bracknell Forest (283), East Hampshire (285)',
      '    IMD 2019 - Extent = 0.0025: Bracknell Forest (283), Winchester (284)',
      '    IMD 2019 - Extent = 0.0379: Gedling (216), North West Leicestershire (217)',
      '    IMD 2019 - Extent = 0.0143: Tunbridge Wells (257), Woking (258)',
      '    IMD 2019 - Extent = 0.0391: Tonbridge and Malling (212), Rugby (213)',
      '    IMD 2019 - Extent = 0.0012: South Hams (289), St Albans (290)',
      '    IMD 2019 - Extent = 0.0232: Derbyshire Dales (237), Welwyn Hatfield (238)',
      '    IMD 2019 - Extent = 0.0009: Harborough (291), East Hertfordshire (292)',
      '    IMD 2019 - Extent = 0.163: Tamworth (126), Ealing (127)',
      'IMD Buckinghamshire (derived from county E10000002): average score 10.052 vs 10.074 population-weighted from its 4 districts (difference +0.022); ' +
        'average rank 8023.36 vs 8042.30 (difference +18.94)',
    ]);
  }, REAL_DATA_TIMEOUT);
});

describe('hle2009Step', () => {
  it("gives each district its official value or its MSOAs' estimate, England's interval per sex, and logs the estimate's validation", () => {
    const { source, districts } = districtsAndSource();
    const log: string[] = [];
    const step = hle2009Step(source, districts, (line) => log.push(line));
    expect(step.england).toEqual({
      male: { value: 63.49254, lci: 63.47486, uci: 63.51021 },
      female: { value: 64.76976, lci: 64.75328, uci: 64.78624 },
    });
    expect(step.hle09.byArea.size).toBe(314);
    expect(log).toEqual([
      'HLE 2009–13 MSOAs: 6790 with a male value; skipped 1 without (E02000815)',
      'HLE 2009–13 MSOAs: 6786 with a female value; skipped 5 without (E02004649, E02004695, E02006582, E02006848, E02006917)',
      'HLE 2009–13 MSOA estimate vs official value, where both exist (estimate − official, years):',
      '  plain mean (used): mean error −0.023, mean absolute error 0.168, 95th percentile 0.428, standard deviation 0.219, largest 0.867 at Westminster (E09000033) male (248 pairs)',
      '  population-weighted mean: mean error −0.188, mean absolute error 0.248, 95th percentile 0.696, standard deviation 0.276, largest 1.176 at Bradford (E08000032) female (248 pairs)',
    ]);
  }, REAL_DATA_TIMEOUT);
});

describe('hle2018Step', () => {
  it('reads the 2018–20 upper-tier values and assigns each district the 2021 upper tier it belongs to', () => {
    const { source, districts } = districtsAndSource();
    const step = hle2018Step(source, districts);
    expect(step.published.size).toBe(153);
    expect(step.published.get('E10000003')).toEqual({ area: { code: 'E10000003', name: 'Cambridgeshire' }, bySex: { male: 64.24, female: 67.65 } });
    expect(step.assignments.size).toBe(314);
    expect(step.assignments.get('E07000008')).toEqual({ utla: 'E10000003', level: 'county' });
    expect(step.assignments.get('E07000150')).toEqual({ utla: 'E06000061', level: 'successor-unitary' });
  }, REAL_DATA_TIMEOUT);
});

describe('townsFundStep, postcodesStep, similarStep', () => {
  it('logs the Towns Fund totals in pounds', () => {
    const { source, districts } = districtsAndSource();
    const log: string[] = [];
    const towns = townsFundStep(source, districts, (line) => log.push(line));
    expect(towns.totals.townDeals).toEqual({ places: 100, grantGbp: 2349153587 });
    expect(log).toEqual(['Towns Fund: 100 Town Deals £2,349,153,587; 72 Future High Streets Fund places £830,628,468']);
  }, REAL_DATA_TIMEOUT);

  it('returns the postcode districts as JSON and logs their count and sizes', () => {
    const { source, districts } = districtsAndSource();
    const log: string[] = [];
    const json = postcodesStep(source, districts, (line) => log.push(line));
    expect(Object.keys(JSON.parse(json) as object)).toHaveLength(2951);
    expect(json).toHaveLength(73697);
    expect(log).toEqual(['Postcode districts: 2951; 73,697 bytes raw, 12,239 bytes gzip']);
  }, REAL_DATA_TIMEOUT);

  it("gives a merged district its successor's similar areas, named from the lookup, and logs what was left out", () => {
    const { source, districts } = districtsAndSource();
    const log: string[] = [];
    const similar = similarStep(source, districts, (line) => log.push(line));
    expect(similar.usingSuccessor).toBe(24);
    expect(similar.skipped).toEqual({ global: 468, economic: 753, demographic: 493 });
    expect(log).toEqual([
      "Similar areas (ONS clusters): 24 merged districts use their successor's lists; neighbours outside England left out: global 468, economic 753, demographic 493",
    ]);
  }, REAL_DATA_TIMEOUT);
});
