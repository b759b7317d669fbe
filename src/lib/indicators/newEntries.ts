// Catalogue metadata for the indicators the one-figure-shape readers add (scripts/pipeline/newMeasures.ts),
// for the catalogue to take in. Plain data once evaluated, like catalogue.ts: no imports; the helpers only
// write the entries of a series (one per sex and period) once.

export interface NewIndicatorEntry {
  id: string;
  label: string;
  shortLabel: string;
  unit: string;
  period: string;
  decimals: number;
  direction: 'higher-is-better' | 'lower-is-better';
  source: string;
  publisher: string;
  notes: string;
  group: string;
}

const DLUHC = 'Department for Levelling Up, Housing and Communities';
const ONS = 'Office for National Statistics';

const LUF_SOURCE =
  'Levelling Up Fund: first round successful bidders (27 October 2021) and Levelling Up Fund round 2: successful bidders (19 January 2023), as republished by Open Innovations (true-north)';
const LUF_NOTES =
  'Money awarded to bids led by this district’s own council (lead applicant names matched to codes with mySociety’s register of local authority names and codes). ' +
  'Bids led by a county council, a combined authority or the Greater London Authority are not divided among districts: they are listed for every district they cover and counted separately. ' +
  'Amounts are as announced; later changes, withdrawals and round 3 (November 2023) are not included. A district with no bid of its own shows £0.';

const HLE_SERIES_SOURCE =
  'Health state life expectancies, UK: healthy life expectancy at birth by sex, upper-tier local authorities, 2011–13 to 2022–24, as published in ONS Explore Local Statistics (February 2026)';
const HLE_SERIES_NOTES =
  'Years a newborn could expect to live in "very good" or "good" health, from the Annual Population Survey and deaths of each 3-year period, with 95% confidence intervals. ' +
  'All periods come from ONS’s February 2026 release, which re-estimated the whole series with one method (an interim fix for the shrinking survey sample), so periods can be compared with one another. ' +
  'These survey-based figures differ in method from the census-based 2009–13 figures, and from the 2018–20 figures as first published: do not compare across those series. ' +
  'Published for upper-tier authorities (2023 boundaries): a shire district shows its county’s figure, labelled as the county’s; the Northamptonshire districts (abolished 2021) and the districts that became Cumberland, Westmorland and Furness, North Yorkshire and Somerset (2023) show the figure of the unitary that replaced them. ' +
  'Barnsley and Sheffield are published under their 2024 codes (a small boundary change between them). ONS gives no figure for the City of London or the Isles of Scilly. Intervals are wide for small areas.';

function hleSeriesEntry(sex: 'male' | 'female', start: number): NewIndicatorEntry {
  const end = String((start + 2) % 100).padStart(2, '0');
  const sexWord = sex === 'male' ? 'males' : 'females';
  return {
    id: `hle-${sex}-${start}-${end}`,
    // "(ONS 2026)": the existing hle-male-2018 is 2018–20 as first published, a different number for the same years.
    label: `Healthy life expectancy at birth, ${sexWord}, ${start}–${end} (ONS February 2026 estimates)`,
    shortLabel: `HLE ${sexWord} ${start}–${end} (ONS 2026)`,
    unit: 'years',
    period: `${start}–${start + 2}`,
    decimals: 1,
    direction: 'higher-is-better',
    source: HLE_SERIES_SOURCE,
    publisher: ONS,
    notes: HLE_SERIES_NOTES,
    group: `Healthy life expectancy, ${sexWord}, 2011–13 to 2022–24`,
  };
}

const HEALTH_INDEX_SOURCE =
  'Health Index scores at national, regional and local authority levels, England, 2015 to 2021 [experimental], release of 16 June 2023';
const HEALTH_INDEX_NOTES =
  'Experimental statistics. England in 2015 = 100; higher is better health; at district level 110 means one standard deviation better than England in 2015. ' +
  'This is the release of 16 June 2023, before ONS corrected the cancer screening indicator on 6 September 2023: the Healthy Lives domain and the overall score may differ from the corrected figures by a few tenths; Healthy People and Healthy Places are effectively unaffected. ' +
  'Not comparable with earlier editions of the Health Index. 2021 uses 2020 population weights, and whole years missing from an indicator are imputed. ' +
  'The seven Northamptonshire districts show the score of North or West Northamptonshire, the unitary that replaced them (computed on the 2021 geography for every year). ' +
  'ONS gives no score for the City of London (included with Hackney) or the Isles of Scilly (included with Cornwall).';

const HEALTH_INDEX_MEASURES = [
  { key: null, label: 'ONS Health Index', short: 'Health Index', group: 'ONS Health Index, overall' },
  { key: 'people', label: 'ONS Health Index, Healthy People domain (health outcomes)', short: 'Healthy People', group: 'ONS Health Index, Healthy People' },
  { key: 'lives', label: 'ONS Health Index, Healthy Lives domain (behaviours and personal circumstances)', short: 'Healthy Lives', group: 'ONS Health Index, Healthy Lives' },
  { key: 'places', label: 'ONS Health Index, Healthy Places domain (wider determinants)', short: 'Healthy Places', group: 'ONS Health Index, Healthy Places' },
] as const;

function healthIndexEntry(measure: (typeof HEALTH_INDEX_MEASURES)[number], year: number): NewIndicatorEntry {
  return {
    id: measure.key === null ? `health-index-${year}` : `health-index-${measure.key}-${year}`,
    label: `${measure.label}, ${year}`,
    shortLabel: `${measure.short} ${year}`,
    unit: 'index (England 2015 = 100)',
    period: String(year),
    decimals: 1,
    direction: 'higher-is-better',
    source: HEALTH_INDEX_SOURCE,
    publisher: ONS,
    notes: HEALTH_INDEX_NOTES,
    group: measure.group,
  };
}

const HEALTH_INDEX_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021];

/** First years of the 3-year periods ONS published, 2011–13 to 2022–24. */
const HLE_SERIES_STARTS = Array.from({ length: 12 }, (_, i) => 2011 + i);

export const NEW_ENTRIES: readonly NewIndicatorEntry[] = [
  {
    id: 'luf-awards-r1',
    label: 'Levelling Up Fund round 1 awards to bids led by the district’s council',
    shortLabel: 'LUF round 1 awards',
    unit: '£',
    period: 'October 2021',
    decimals: 0,
    direction: 'higher-is-better',
    source: LUF_SOURCE,
    publisher: DLUHC,
    notes: LUF_NOTES,
    group: 'Levelling Up Fund awards',
  },
  {
    id: 'luf-awards-r2',
    label: 'Levelling Up Fund round 2 awards to bids led by the district’s council',
    shortLabel: 'LUF round 2 awards',
    unit: '£',
    period: 'January 2023',
    decimals: 0,
    direction: 'higher-is-better',
    source: LUF_SOURCE,
    publisher: DLUHC,
    notes: LUF_NOTES,
    group: 'Levelling Up Fund awards',
  },
  {
    id: 'luf-awards',
    label: 'Levelling Up Fund awards, rounds 1 and 2, to bids led by the district’s council',
    shortLabel: 'LUF awards, rounds 1–2',
    unit: '£',
    period: 'October 2021 and January 2023',
    decimals: 0,
    direction: 'higher-is-better',
    source: LUF_SOURCE,
    publisher: DLUHC,
    notes: LUF_NOTES,
    group: 'Levelling Up Fund awards',
  },
  {
    id: 'luf-awards-per-head',
    label: 'Levelling Up Fund awards, rounds 1 and 2, per head of the mid-2019 population',
    shortLabel: 'LUF awards per head',
    unit: '£ per person',
    period: 'October 2021 and January 2023',
    decimals: 2,
    direction: 'higher-is-better',
    source: `${LUF_SOURCE}; ONS mid-2019 MSOA population estimates`,
    publisher: DLUHC,
    notes: `${LUF_NOTES} Divided by the district’s mid-2019 population (the sum of its MSOAs).`,
    group: 'Levelling Up Fund awards',
  },
  {
    id: 'population-2019',
    label: 'Population, mid-2019',
    shortLabel: 'Population 2019',
    unit: 'people',
    period: 'mid-2019',
    decimals: 0,
    // Neither end is better; the direction only orders the colour ramp.
    direction: 'higher-is-better',
    source: 'Middle super output area population estimates, mid-2019 (as summed to all ages by the British Red Cross)',
    publisher: ONS,
    notes:
      'The sum of the district’s 2011 MSOAs’ mid-2019 estimates, all ages, persons; England’s total is 56,286,961, ONS’s mid-2019 estimate. ' +
      'Used as the denominator of per-head figures.',
    group: 'Population',
  },
  {
    id: 'cvd-mortality-u75-2022-24',
    label: 'Deaths under 75 from cardiovascular disease considered preventable, 2022–24',
    shortLabel: 'Preventable CVD deaths <75',
    unit: 'per 100,000 (age-standardised)',
    period: '2022–2024',
    decimals: 1,
    direction: 'lower-is-better',
    source: 'OHID Fingertips, Public Health Outcomes Framework indicator 93722, as published in ONS Explore Local Statistics (source date 4 November 2025)',
    publisher: 'Office for Health Improvement and Disparities',
    notes:
      'Directly age-standardised rate of deaths under 75 from cardiovascular disease considered preventable, per 100,000, pooled over three years, with 95% confidence intervals. ' +
      'Published on 2023 districts: the districts replaced in 2021 (Northamptonshire) and 2023 (Cumbria, North Yorkshire, Somerset) show the value of the unitary that replaced them, labelled. ' +
      'The source publishes the City of London with Hackney and the Isles of Scilly with Cornwall: all four show their pair’s value, labelled.',
    group: 'Context',
  },
  {
    id: 'economic-inactivity-2023',
    label: 'Economically inactive, all reasons, % of people aged 16–64, 2023',
    shortLabel: 'Economically inactive (all reasons)',
    unit: '% of 16–64',
    period: '2023',
    decimals: 1,
    direction: 'lower-is-better',
    source: 'Annual Population Survey, ONS local indicators (LI01), as published in ONS Explore Local Statistics (source date 16 April 2024)',
    publisher: ONS,
    notes:
      'All reasons: students, carers, retired people and the long-term sick alike; it is not inactivity due to ill health. Survey estimate with a 95% confidence interval; ONS flags some small-sample estimates as unreliable, and says so on the figure. ' +
      'Published on 2023 districts: the districts replaced in 2021 (Northamptonshire) and 2023 (Cumbria, North Yorkshire, Somerset) show the value of the unitary that replaced them, labelled. ' +
      'ONS gives no estimate for the City of London or the Isles of Scilly.',
    group: 'Context',
  },
  ...HEALTH_INDEX_YEARS.flatMap((year) => HEALTH_INDEX_MEASURES.map((m) => healthIndexEntry(m, year))),
  ...HLE_SERIES_STARTS.flatMap((start) => [hleSeriesEntry('male', start), hleSeriesEntry('female', start)]),
];
