// What each indicator is, where it comes from and how to read it. Plain data shared by the app and the data
// pipeline (which writes it to static/data/indicators.json), so it must stay free of functions and imports.

export type IndicatorId =
  | 'hle-male'
  | 'hle-female'
  | 'hle-male-2018'
  | 'hle-female-2018'
  | 'imd'
  | 'imd-score'
  | 'imd-prop10'
  | 'imd-extent'
  | 'imd-local-concentration'
  | 'luf'
  | 'towns-fund';

export type IndicatorDirection = 'higher-is-better' | 'lower-is-better' | 'categorical';

export interface IndicatorDefinition {
  id: IndicatorId;
  label: string;
  /** Short enough for a legend title or a table header. */
  shortLabel: string;
  unit: string;
  period: string;
  /** The publication the figures come from. */
  source: string;
  publisher: string;
  licence: 'Open Government Licence v3.0';
  /** Which way is "better" for colouring; categorical where there is no better or worse. */
  direction: IndicatorDirection;
  /** Provenance and caveats, in plain words, fit to show to a reader. */
  notes: string;
}

const OGL = 'Open Government Licence v3.0' as const;
const ONS = 'Office for National Statistics';
const MHCLG = 'Ministry of Housing, Communities and Local Government';

const HLE_2009_SOURCE =
  'Life expectancy (LE) and healthy life expectancy (HLE) at birth by sex for middle layer super output areas (MSOAs) in England, 2009 to 2013, reference table 2 (2015)';
const HLE_2009_NOTES =
  'Years a newborn could expect to live in "very good" or "good" health, from Census 2011 self-reported health and 2009–13 deaths. ' +
  'ONS published this for upper-tier authorities, so unitary, metropolitan and London districts show their own official figure with a 95% confidence interval; ' +
  'Buckinghamshire shows the figure for the former county, which is the same area. ' +
  'ONS published no figure for shire districts, nor for Bournemouth, Christchurch and Poole or for Dorset (Christchurch changed county in 2019). ' +
  'For those the value is our estimate: the plain average of the district’s neighbourhood (MSOA) figures from the same release, marked as an estimate and without an interval. ' +
  'Checked against the official figures where both exist, the estimate is usually within a few tenths of a year.';

const HLE_2018_SOURCE = 'Health state life expectancies, UK: 2018 to 2020, as published in the ONS Subnational indicators explorer (August 2022)';
const HLE_2018_NOTES =
  'Published for upper-tier authorities only (April 2021 boundaries) and without confidence intervals in this source. ' +
  'A shire district shows its county’s figure, labelled as the county’s, not its own. ' +
  'The seven Northamptonshire districts, abolished in April 2021, show the figure of North or West Northamptonshire, the unitary that replaced them. ' +
  'ONS gives no figure for the City of London or the Isles of Scilly; they are shown as missing.';

const IMD_SOURCE = 'English Indices of Deprivation 2019, File 10: local authority district summaries (File 11 for Buckinghamshire)';
const IMD_COMMON_NOTES =
  'Summarises the 32,844 neighbourhoods (LSOAs) of England; most underlying indicators relate to 2015/16. ' +
  'Ranks are recalculated among the 314 districts of 2020 (IoD2019 ranked the 317 districts of 2019) with the publisher’s rule, which reproduces every published rank; 1 = most deprived, ties share a rank. ' +
  'Buckinghamshire became one district in April 2020: it takes the published summary of the former county, which covers exactly the same neighbourhoods, and is marked as derived.';

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'hle-male',
    label: 'Healthy life expectancy at birth, males, 2009–13',
    shortLabel: 'HLE males 2009–13',
    unit: 'years',
    period: '2009–2013',
    source: HLE_2009_SOURCE,
    publisher: ONS,
    licence: OGL,
    direction: 'higher-is-better',
    notes: HLE_2009_NOTES,
  },
  {
    id: 'hle-female',
    label: 'Healthy life expectancy at birth, females, 2009–13',
    shortLabel: 'HLE females 2009–13',
    unit: 'years',
    period: '2009–2013',
    source: HLE_2009_SOURCE,
    publisher: ONS,
    licence: OGL,
    direction: 'higher-is-better',
    notes: HLE_2009_NOTES,
  },
  {
    id: 'hle-male-2018',
    label: 'Healthy life expectancy at birth, males, 2018–20',
    shortLabel: 'HLE males 2018–20',
    unit: 'years',
    period: '2018–2020',
    source: HLE_2018_SOURCE,
    publisher: ONS,
    licence: OGL,
    direction: 'higher-is-better',
    notes: HLE_2018_NOTES,
  },
  {
    id: 'hle-female-2018',
    label: 'Healthy life expectancy at birth, females, 2018–20',
    shortLabel: 'HLE females 2018–20',
    unit: 'years',
    period: '2018–2020',
    source: HLE_2018_SOURCE,
    publisher: ONS,
    licence: OGL,
    direction: 'higher-is-better',
    notes: HLE_2018_NOTES,
  },
  {
    id: 'imd',
    label: 'Index of Multiple Deprivation 2019: rank of average rank (1 = most deprived)',
    shortLabel: 'IMD 2019 rank (1 = most deprived)',
    unit: 'rank among 314 districts',
    period: 'IoD2019',
    source: IMD_SOURCE,
    publisher: MHCLG,
    licence: OGL,
    // Rank 1 is the most deprived, so a larger rank number is the better position.
    direction: 'higher-is-better',
    notes: `The district’s average of its neighbourhoods’ deprivation ranks, weighted by population, then ranked. ${IMD_COMMON_NOTES}`,
  },
  {
    id: 'imd-score',
    label: 'Index of Multiple Deprivation 2019: average score',
    shortLabel: 'IMD 2019 average score',
    unit: 'score (higher = more deprived)',
    period: 'IoD2019',
    source: IMD_SOURCE,
    publisher: MHCLG,
    licence: OGL,
    direction: 'lower-is-better',
    notes: `Population-weighted average of the neighbourhoods’ deprivation scores, so very deprived and very affluent areas can offset each other. ${IMD_COMMON_NOTES}`,
  },
  {
    id: 'imd-prop10',
    label: 'Share of neighbourhoods among England’s most deprived 10% (IMD 2019)',
    shortLabel: 'Share in most deprived 10%',
    unit: 'proportion (0–1)',
    period: 'IoD2019',
    source: IMD_SOURCE,
    publisher: MHCLG,
    licence: OGL,
    direction: 'lower-is-better',
    notes: `Proportion of the district’s neighbourhoods (LSOAs) in the most deprived tenth nationally. Many districts have none; they share one rank. ${IMD_COMMON_NOTES}`,
  },
  {
    id: 'imd-extent',
    label: 'Index of Multiple Deprivation 2019: extent',
    shortLabel: 'IMD 2019 extent',
    unit: 'proportion of population (0–1)',
    period: 'IoD2019',
    source: IMD_SOURCE,
    publisher: MHCLG,
    licence: OGL,
    direction: 'lower-is-better',
    notes: `Proportion of the district’s population living in the most deprived neighbourhoods nationally (all of the most deprived 10%, and a sliding share of those between 10% and 30%). ${IMD_COMMON_NOTES}`,
  },
  {
    id: 'imd-local-concentration',
    label: 'Index of Multiple Deprivation 2019: local concentration',
    shortLabel: 'IMD 2019 local concentration',
    unit: 'average rank (higher = more deprived)',
    period: 'IoD2019',
    source: IMD_SOURCE,
    publisher: MHCLG,
    licence: OGL,
    direction: 'lower-is-better',
    notes: `Population-weighted average rank of the district’s most deprived neighbourhoods that together hold 10% of its population: how intense its worst pockets are. ${IMD_COMMON_NOTES}`,
  },
  {
    id: 'luf',
    label: 'Levelling Up Fund priority category (round 1, March 2021)',
    shortLabel: 'LUF priority category',
    unit: 'category (1 = highest priority)',
    period: 'March 2021',
    source: 'Levelling Up Fund: list of local authorities by priority category (published with the prospectus, 3 March 2021)',
    publisher: 'HM Treasury, Ministry of Housing, Communities and Local Government, and Department for Transport',
    licence: OGL,
    direction: 'categorical',
    notes:
      'Every district was placed in category 1, 2 or 3 (1 = most in need) by a government index of need built from productivity, unemployment, skills, journey times and vacancy rates. ' +
      'Not a measure of health. Read from a stored copy of the published spreadsheet; GSS codes were added by matching the published names, all 314 English districts matched.',
  },
  {
    id: 'towns-fund',
    label: 'Towns Fund: Town Deal and Future High Streets Fund places and grants',
    shortLabel: 'Towns Fund places',
    unit: 'places; pounds awarded',
    period: 'Places and awards as listed in 2023',
    source: 'Towns Fund reporting template (place and lead-authority lists) and grant-awarded file, from the department’s funding data service',
    publisher: 'Department for Levelling Up, Housing and Communities',
    licence: OGL,
    // A count of awards is neither good nor bad in itself.
    direction: 'categorical',
    notes:
      'Each place is counted in the district it lay in in March 2021. Most follow the lead council; 17 places whose council was created later were assigned by their town, and one lead council in the template was corrected (Staveley is in Chesterfield). ' +
      'Grants are the sums awarded to each place’s projects: about £2.35bn to 100 Town Deals and £831m to 72 Future High Streets Fund places. A town funded by both schemes is listed once but counted in both.',
  },
];
