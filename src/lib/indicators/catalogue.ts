// What each indicator is, where it comes from, how to read it and how to draw it: the one place indicator
// metadata is written. Plain data shared by the app and the data pipeline (which writes it to
// static/data/indicators.json), so its entries hold no functions. Every surface that shows indicators (layers,
// legend, table, hover text, area panel, CSV files, the PNG's source line, the Sources list) iterates over
// INDICATORS; adding an indicator is adding an entry here and a reader in scripts/pipeline.
import type { FigureStatus } from '../data/figures';

export type IndicatorDirection =
  | 'higher-is-better'
  | 'lower-is-better'
  /** Neither: more is not better or worse in itself (money awarded, a category). */
  | 'neutral';

/** How values read: the unit words and number format. */
export type ValueFormat = 'years' | 'rank' | 'score' | 'share' | 'percent' | 'gbp' | 'count' | 'category';

// ColorBrewer sequential schemes (5 classes), darkest first, chosen for being safe under the common
// colour-vision deficiencies. Darker always means worse (fewer healthy years, more deprivation, higher
// priority) or, where no direction applies, more.
export const PALETTES = {
  health: ['#253494', '#2c7fb8', '#41b6c4', '#a1dab4', '#ffffcc'], // YlGnBu
  deprivation: ['#b30000', '#e34a33', '#fc8d59', '#fdcc8a', '#fef0d9'], // OrRd
  money: ['#006d2c', '#31a354', '#74c476', '#bae4b3', '#edf8e9'], // Greens
  people: ['#252525', '#636363', '#969696', '#cccccc', '#f7f7f7'], // Greys: more people is neither better nor worse
} as const;
export type PaletteName = keyof typeof PALETTES;

export type ScaleSpec =
  /** Fifths of the areas with a value (quintiles). */
  | { kind: 'quintiles'; palette: PaletteName }
  /** The value is a rank 1..n (1 = worst): fifths of the ranks. */
  | { kind: 'rank-fifths'; palette: PaletteName }
  /** Zero is a class of its own ("None"); the areas above zero in quarters. */
  | { kind: 'none-then-quartiles'; palette: PaletteName }
  /** A fixed set of values, each with its own label and colour. */
  | { kind: 'categories'; categories: readonly { value: number; label: string; colour: string }[] };

export interface SourceLink {
  /** The link's words, e.g. "ONS dataset page". */
  text: string;
  url: string;
}

export interface IndicatorDefinition {
  id: string;
  label: string;
  /** Short enough for a legend title or a table header. */
  shortLabel: string;
  unit: string;
  period: string;
  format: ValueFormat;
  /** Decimal places shown. */
  decimals: number;
  /** The layer menu's group this indicator is listed under. */
  group: string;
  /** The publication the figures come from. */
  source: string;
  /** Where to read it: the publication pages (or, where ons.gov.uk was not reachable, the repository the file was taken from) that data/raw's SOURCE.md files name. */
  links: readonly SourceLink[];
  publisher: string;
  /** The publishers' usual abbreviations, comma-separated, for one-line credits. */
  publisherShort: string;
  /** The one line that credits the source, in exports and on the PNG. */
  citation: string;
  licence: 'Open Government Licence v3.0';
  direction: IndicatorDirection;
  scale: ScaleSpec;
  /** Ranks count from this end: 1 = the lowest value, or 1 = the highest. */
  rankFrom: 'lowest' | 'highest';
  /** What rank 1 means, in words shown beside every rank (e.g. "1 = most deprived"). */
  rankMeaning: string;
  /** May be chosen as the health measure of the divergence definition and the what-if tool. */
  healthMeasure: boolean;
  /**
   * Plain words for a figure that is not the area's own published one, by its status. `{area}` is the
   * district's name, `{measuredFor}` the name of the area the figure belongs to. Statuses without an entry
   * use STATUS_NOTES.
   */
  statusNotes: Partial<Record<FigureStatus, string>>;
  /** Provenance and caveats, in plain words, fit to show to a reader. */
  notes: string;
  /** Members of one series (the same measure, period after period) share its key; the panel charts them. */
  series?: { key: string; label: string; period: string };
  /**
   * The measure this figure is one period of: the layer menu lists measures and a period control beside it
   * chooses among their periods. Absent: a measure of one period, named by the indicator itself.
   */
  measure?: MeasurePeriod;
  /** The fewest districts the sources give a value: the data build fails below it. */
  minimumCoverage: number;
  /** Values outside this range mean a reading error: the data build fails. */
  plausible: readonly [number, number];
}

export interface MeasurePeriod {
  /** Stable across releases: a new period adds a member, never renames the measure. */
  id: string;
  label: string;
  group: string;
  /** The period's key in links (`period=2022-24`). */
  periodKey: string;
  /** The period in the period control's words, with how it differs from its neighbours where it does. */
  periodLabel: string;
  /** First year of the period: the period control lists the newest first. */
  start: number;
  /** Replaced by a later publication for the same years: listed after the figures that replace it. */
  superseded?: boolean;
}

/** Short flags, for the table's note column and the hover text; the area's own figure has none. */
export const STATUS_FLAGS: Readonly<Record<FigureStatus, string>> = {
  official: '',
  estimate: 'Estimate',
  county: 'County figure',
  successor: "Successor authority's figure",
  derived: 'Derived',
  'missing-at-source': 'No figure published',
  damaged: 'Damaged in the data file',
};

/** Default plain words per status; an indicator's own statusNotes override them. */
export const STATUS_NOTES: Readonly<Record<FigureStatus, string>> = {
  official: '',
  estimate: 'Estimate: no figure was published for {area}; this is our estimate from smaller areas.',
  county: "County figure: this is {measuredFor}'s value, not {area}'s own.",
  successor: "Successor authority's figure: {area} was abolished in April 2021; this is {measuredFor}'s value.",
  derived: 'Derived: calculated by us from published figures for the same area.',
  'missing-at-source': 'The publisher gives no figure for this area for this period.',
  damaged: 'Missing (damaged file): this figure could not be read from the data file.',
};

const OGL = 'Open Government Licence v3.0' as const;
const ONS = 'Office for National Statistics';
const MHCLG = 'Ministry of Housing, Communities and Local Government';
const DLUHC = 'Department for Levelling Up, Housing and Communities';

// Publication pages as data/raw/*/SOURCE.md name them.
const ELS_DATA_REPOSITORY: SourceLink = { text: 'ONS Explore Local Statistics data (GitHub)', url: 'https://github.com/ONSdigital/explore-local-statistics-data' };
const LINKS = {
  hle2009: [
    {
      text: 'ONS dataset page',
      url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/healthandlifeexpectancies/datasets/lifeexpectancyleandhealthylifeexpectancyhleatbirthbysexformiddlelayersuperoutputareasmsoasinengland',
    },
  ],
  hle2018: [{ text: 'ONS Subnational indicators explorer (GitHub)', url: 'https://github.com/ONSvisual/subnational-indicators' }],
  imd: [{ text: 'GOV.UK publication page', url: 'https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019' }],
  luf: [
    {
      text: 'GOV.UK file (prospectus annex)',
      url: 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/attachment_data/file/966137/Levelling_Up_Fund_list_of_local_authorities_by_priority_category.xlsx',
    },
  ],
  townsFund: [{ text: 'DLUHC funding data service (GitHub)', url: 'https://github.com/communitiesuk/funding-service-design-post-award-data-store' }],
  lufAwards: [
    { text: 'GOV.UK: round 1 successful bidders', url: 'https://www.gov.uk/government/publications/levelling-up-fund-first-round-successful-bidders' },
    { text: 'GOV.UK: round 2 successful bidders', url: 'https://www.gov.uk/government/publications/levelling-up-fund-round-2-successful-bidders' },
  ],
  population: [{ text: 'British Red Cross COVID-19 vulnerability index (GitHub)', url: 'https://github.com/britishredcrosssociety/covid-19-vulnerability' }],
  els: [ELS_DATA_REPOSITORY],
  sickness: [{ text: 'ONS Explore Local Statistics app (GitHub)', url: 'https://github.com/ONSdigital/explore-local-statistics-app' }],
  healthIndex: [
    { text: 'ONS dataset page', url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/healthandwellbeing/datasets/healthindexscoresengland' },
  ],
} as const satisfies Record<string, readonly SourceLink[]>;

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
  'These are the figures as first published (2022). ONS re-estimated 2018–20 with one method for the whole series in February 2026 (see the series 2011–13 to 2022–24): ' +
  'the first-published figures are superseded and differ from the re-estimate by up to 7.3 years (Westminster, males), so they are shown for the record and are not offered as a health measure of the analysis. ' +
  'Published for upper-tier authorities only (April 2021 boundaries) and without confidence intervals in this source. ' +
  'A shire district shows its county’s figure, labelled as the county’s, not its own. ' +
  'The seven Northamptonshire districts, abolished in April 2021, show the figure of North or West Northamptonshire, the unitary that replaced them. ' +
  'ONS gives no figure for the City of London or the Isles of Scilly; they are shown as missing.';

const IMD_SOURCE = 'English Indices of Deprivation 2019, File 10: local authority district summaries (File 11 for Buckinghamshire)';
const IMD_COMMON_NOTES =
  'Summarises the 32,844 neighbourhoods (LSOAs) of England; most underlying indicators relate to 2015/16. ' +
  'Ranks are recalculated among the 314 districts of 2020 (IoD2019 ranked the 317 districts of 2019) with the publisher’s rule, which reproduces every published rank; 1 = most deprived, ties share a rank. ' +
  'Buckinghamshire became one district in April 2020: it takes the published summary of the former county, which covers exactly the same neighbourhoods, and is marked as derived.';

const HLE_COMMON = {
  unit: 'years',
  format: 'years',
  decimals: 1,
  group: 'Healthy life expectancy',
  publisher: ONS,
  publisherShort: 'ONS',
  licence: OGL,
  direction: 'higher-is-better',
  scale: { kind: 'quintiles', palette: 'health' },
  rankFrom: 'lowest',
  rankMeaning: '1 = lowest',
  healthMeasure: true,
  plausible: [40, 90],
} as const;

const HLE_2009 = {
  ...HLE_COMMON,
  period: '2009–2013',
  source: HLE_2009_SOURCE,
  links: LINKS.hle2009,
  citation:
    'Healthy life expectancy 2009-13: ONS, Life expectancy and healthy life expectancy at birth by sex for MSOAs in England, 2009 to 2013 (reference table 2, 2015); shire districts estimated as the mean of their MSOAs',
  statusNotes: {
    estimate: "Estimate: ONS published no figure for {area}; this is the average of its neighbourhoods' (MSOA) figures from the same release.",
  },
  notes: HLE_2009_NOTES,
  // The release gives every district either its own official figure or MSOAs to estimate from.
  minimumCoverage: 314,
} as const;

const HLE_2018 = {
  ...HLE_COMMON,
  // Superseded by ONS's February 2026 re-estimate of the same years: shown, never ranked.
  healthMeasure: false,
  period: '2018–2020',
  source: HLE_2018_SOURCE,
  links: LINKS.hle2018,
  citation: 'Healthy life expectancy 2018-20: ONS, Health state life expectancies, UK: 2018 to 2020, via the ONS Subnational indicators explorer (upper-tier areas)',
  statusNotes: {
    county: "County figure: ONS publishes 2018–20 values for upper-tier areas only; this is {measuredFor}'s value, not {area}'s own.",
    'missing-at-source': 'ONS published no figure for this area for this period.',
  },
  notes: HLE_2018_NOTES,
  // NA at source for the City of London and the Isles of Scilly (too few survey responses).
  minimumCoverage: 312,
} as const;

const IMD_COMMON = {
  period: 'IoD2019',
  group: 'Deprivation and funding',
  source: IMD_SOURCE,
  links: LINKS.imd,
  publisher: MHCLG,
  publisherShort: 'MHCLG',
  citation: 'Deprivation: MHCLG, English Indices of Deprivation 2019, File 10 (local authority district summaries); Buckinghamshire from File 11',
  licence: OGL,
  rankMeaning: '1 = most deprived',
  healthMeasure: false,
  statusNotes: {
    derived:
      "Derived: {area} became one council in April 2020, after IoD2019 was published. These are the published figures for Buckinghamshire county, which covers the same neighbourhoods, ranked among today's districts.",
  },
  minimumCoverage: 314,
} as const;

/** One measure per sex across the three publications: its id is the 2009–13 figure's, so older links keep their meaning. */
const HLE_MEASURES = {
  male: { id: 'hle-male', label: 'Healthy life expectancy at birth, males', group: 'Healthy life expectancy' },
  female: { id: 'hle-female', label: 'Healthy life expectancy at birth, females', group: 'Healthy life expectancy' },
} as const;
const HLE_2009_PERIOD = { periodKey: '2009-13', periodLabel: '2009–13 (census-based, with estimates for shire districts)', start: 2009 } as const;
const HLE_2018_PERIOD = { periodKey: '2018-20-first-published', periodLabel: '2018–20 as first published (superseded)', start: 2018, superseded: true } as const;

const ENTRIES = [
  { id: 'hle-male', label: 'Healthy life expectancy at birth, males, 2009–13', shortLabel: 'HLE males 2009–13', ...HLE_2009, measure: { ...HLE_MEASURES.male, ...HLE_2009_PERIOD } },
  { id: 'hle-female', label: 'Healthy life expectancy at birth, females, 2009–13', shortLabel: 'HLE females 2009–13', ...HLE_2009, measure: { ...HLE_MEASURES.female, ...HLE_2009_PERIOD } },
  {
    id: 'hle-male-2018',
    label: 'Healthy life expectancy at birth, males, 2018–20, as first published (superseded by ONS’s 2026 re-estimate)',
    shortLabel: 'HLE males 2018–20 as first published (superseded)',
    ...HLE_2018,
    measure: { ...HLE_MEASURES.male, ...HLE_2018_PERIOD },
  },
  {
    id: 'hle-female-2018',
    label: 'Healthy life expectancy at birth, females, 2018–20, as first published (superseded by ONS’s 2026 re-estimate)',
    shortLabel: 'HLE females 2018–20 as first published (superseded)',
    ...HLE_2018,
    measure: { ...HLE_MEASURES.female, ...HLE_2018_PERIOD },
  },
  {
    id: 'imd',
    label: 'Index of Multiple Deprivation 2019: rank of average rank (1 = most deprived)',
    shortLabel: 'IMD 2019 rank (1 = most deprived)',
    unit: 'rank among the districts',
    format: 'rank',
    decimals: 0,
    // Rank 1 is the most deprived, so a larger rank number is the better position.
    direction: 'higher-is-better',
    scale: { kind: 'rank-fifths', palette: 'deprivation' },
    rankFrom: 'lowest',
    notes: `The district’s average of its neighbourhoods’ deprivation ranks, weighted by population, then ranked. ${IMD_COMMON_NOTES}`,
    plausible: [1, 400],
    ...IMD_COMMON,
  },
  {
    id: 'imd-score',
    label: 'Index of Multiple Deprivation 2019: average score',
    shortLabel: 'IMD 2019 average score',
    unit: 'score (higher = more deprived)',
    format: 'score',
    decimals: 1,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'deprivation' },
    rankFrom: 'highest',
    notes: `Population-weighted average of the neighbourhoods’ deprivation scores, so very deprived and very affluent areas can offset each other. ${IMD_COMMON_NOTES}`,
    plausible: [0, 100],
    ...IMD_COMMON,
  },
  {
    id: 'imd-prop10',
    label: 'Share of neighbourhoods among England’s most deprived 10% (IMD 2019)',
    shortLabel: 'Share in most deprived 10%',
    unit: 'share of neighbourhoods',
    format: 'share',
    decimals: 1,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'deprivation' },
    rankFrom: 'highest',
    notes: `Proportion of the district’s neighbourhoods (LSOAs) in the most deprived tenth nationally. Many districts have none; they share one rank. ${IMD_COMMON_NOTES}`,
    plausible: [0, 1],
    ...IMD_COMMON,
  },
  {
    id: 'imd-extent',
    label: 'Index of Multiple Deprivation 2019: extent',
    shortLabel: 'IMD 2019 extent',
    unit: 'share of population',
    format: 'share',
    decimals: 1,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'deprivation' },
    rankFrom: 'highest',
    notes: `Proportion of the district’s population living in the most deprived neighbourhoods nationally (all of the most deprived 10%, and a sliding share of those between 10% and 30%). ${IMD_COMMON_NOTES}`,
    plausible: [0, 1],
    ...IMD_COMMON,
  },
  {
    id: 'imd-local-concentration',
    label: 'Index of Multiple Deprivation 2019: local concentration',
    shortLabel: 'IMD 2019 local concentration',
    unit: 'average rank (higher = more deprived)',
    format: 'score',
    decimals: 0,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'deprivation' },
    rankFrom: 'highest',
    notes: `Population-weighted average rank of the district’s most deprived neighbourhoods that together hold 10% of its population: how intense its worst pockets are. ${IMD_COMMON_NOTES}`,
    plausible: [0, 40000],
    ...IMD_COMMON,
  },
  {
    id: 'luf',
    label: 'Levelling Up Fund priority category (round 1, March 2021)',
    shortLabel: 'LUF priority category',
    unit: 'category (1 = highest priority)',
    period: 'March 2021',
    format: 'category',
    decimals: 0,
    group: 'Deprivation and funding',
    source: 'Levelling Up Fund: list of local authorities by priority category (published with the prospectus, 3 March 2021)',
    links: LINKS.luf,
    publisher: 'HM Treasury, Ministry of Housing, Communities and Local Government, and Department for Transport',
    publisherShort: 'HM Treasury, MHCLG, DfT',
    citation: 'Levelling Up Fund: HM Treasury, MHCLG and DfT, Levelling Up Fund list of local authorities by priority category (March 2021)',
    licence: OGL,
    direction: 'neutral',
    scale: {
      kind: 'categories',
      // Purples: darker = higher priority.
      categories: [
        { value: 1, label: 'Category 1 (highest priority)', colour: '#54278f' },
        { value: 2, label: 'Category 2', colour: '#9e9ac8' },
        { value: 3, label: 'Category 3 (lowest priority)', colour: '#dadaeb' },
      ],
    },
    rankFrom: 'lowest',
    rankMeaning: '1 = highest priority',
    healthMeasure: false,
    statusNotes: {},
    notes:
      'Every district was placed in category 1, 2 or 3 (1 = most in need) by a government index of need built from productivity, unemployment, skills, journey times and vacancy rates. ' +
      'Not a measure of health. Read from a stored copy of the published spreadsheet; GSS codes were added by matching the published names, all 314 English districts matched.',
    // The round-1 list categorises every English district in force in March 2021.
    minimumCoverage: 314,
    plausible: [1, 3],
  },
  {
    id: 'towns-fund',
    label: 'Towns Fund: grants to Town Deal and Future High Streets Fund places',
    shortLabel: 'Towns Fund grants',
    unit: 'pounds awarded',
    period: 'Places and awards as listed in 2023',
    format: 'gbp',
    decimals: 0,
    group: 'Deprivation and funding',
    source: 'Towns Fund reporting template (place and lead-authority lists) and grant-awarded file, from the department’s funding data service',
    links: LINKS.townsFund,
    publisher: DLUHC,
    publisherShort: 'DLUHC',
    citation: 'Towns Fund: DLUHC, Towns Fund reporting template and grants awarded (2023)',
    licence: OGL,
    direction: 'neutral',
    scale: { kind: 'none-then-quartiles', palette: 'money' },
    rankFrom: 'highest',
    rankMeaning: '1 = most awarded',
    healthMeasure: false,
    statusNotes: {},
    notes:
      'Each place is counted in the district it lay in in March 2021. Most follow the lead council; 17 places whose council was created later were assigned by their town, and one lead council in the template was corrected (Staveley is in Chesterfield). ' +
      'Grants are the sums awarded to each place’s projects: about £2.35bn to 100 Town Deals and £831m to 72 Future High Streets Fund places. A town funded by both schemes is listed once but counted in both.',
    // Having no Towns Fund place is a value (zero), not a gap.
    minimumCoverage: 314,
    plausible: [0, 1e9],
  },
] as const satisfies readonly IndicatorDefinition[];

const LUF_AWARDS_SOURCE =
  'Levelling Up Fund: first round successful bidders (27 October 2021) and Levelling Up Fund round 2: successful bidders (19 January 2023), as republished by Open Innovations (true-north)';
const LUF_AWARDS_NOTES =
  'Money awarded to bids led by this district’s own council (lead applicant names matched to codes with mySociety’s register of local authority names and codes). ' +
  'Bids led by a county council, a combined authority or the Greater London Authority are not divided among districts: they are listed for every district they cover and counted separately. ' +
  'Amounts are as announced; later changes, withdrawals and round 3 (November 2023) are not included. A district with no bid of its own shows £0.';

const LUF_AWARDS_COMMON = {
  group: 'Levelling Up Fund awards',
  source: LUF_AWARDS_SOURCE,
  links: LINKS.lufAwards,
  publisher: DLUHC,
  publisherShort: 'DLUHC',
  citation: 'Levelling Up Fund awards: DLUHC, successful bidders, round 1 (October 2021) and round 2 (January 2023)',
  licence: OGL,
  direction: 'neutral',
  scale: { kind: 'none-then-quartiles', palette: 'money' },
  rankFrom: 'highest',
  rankMeaning: '1 = most awarded',
  healthMeasure: false,
  statusNotes: {},
  notes: LUF_AWARDS_NOTES,
  // A district whose council led no bid has £0: a value, not a gap.
  minimumCoverage: 314,
} as const;

const MSOA_GAP = {
  unit: 'years (highest minus lowest neighbourhood)',
  period: '2009–2013',
  format: 'years',
  decimals: 1,
  group: 'Gap inside the district',
  source: `${HLE_2009_SOURCE}; MSOA to district lookup`,
  links: LINKS.hle2009,
  publisher: ONS,
  publisherShort: 'ONS',
  citation: 'Gap inside the district: our range of the ONS neighbourhood (MSOA) estimates of healthy life expectancy 2009-13 (reference table 2, 2015)',
  licence: OGL,
  // A wider gap between a district's neighbourhoods is the worse inequality.
  direction: 'lower-is-better',
  scale: { kind: 'quintiles', palette: 'health' },
  rankFrom: 'highest',
  rankMeaning: '1 = widest gap',
  healthMeasure: false,
  statusNotes: { 'missing-at-source': '{area} has fewer than two neighbourhoods (MSOAs) with a figure, so there is no gap inside it to measure.' },
  notes:
    'The range of the district’s neighbourhood (MSOA, 2011) estimates of healthy life expectancy, 2009–13: the highest minus the lowest, in years, from the values ONS published to one decimal. ' +
    'It is the range of separate estimates, each with its own 95% confidence interval (typically about 3 years wide), not a statistic ONS published for the district; one unusual neighbourhood widens it. ' +
    'Districts with more neighbourhoods tend to show wider ranges (Birmingham has 132, Rutland 5). Each figure says how many neighbourhoods it spans and the values at its two ends; the district’s panel names those neighbourhoods. ' +
    'The City of London and the Isles of Scilly are one neighbourhood each and have no gap.',
  // Every district but the two that are a single MSOA.
  minimumCoverage: 312,
  plausible: [0, 40],
} as const;

/** Indicators added with the one figure shape: awards, population, context. */
const ADDED = [
  { id: 'luf-awards-r1', label: 'Levelling Up Fund round 1 awards to bids led by the district’s council', shortLabel: 'LUF round 1 awards', unit: 'pounds', period: 'October 2021', format: 'gbp', decimals: 0, plausible: [0, 1e9], ...LUF_AWARDS_COMMON },
  { id: 'luf-awards-r2', label: 'Levelling Up Fund round 2 awards to bids led by the district’s council', shortLabel: 'LUF round 2 awards', unit: 'pounds', period: 'January 2023', format: 'gbp', decimals: 0, plausible: [0, 1e9], ...LUF_AWARDS_COMMON },
  { id: 'luf-awards', label: 'Levelling Up Fund awards, rounds 1 and 2, to bids led by the district’s council', shortLabel: 'LUF awards, rounds 1–2', unit: 'pounds', period: 'October 2021 and January 2023', format: 'gbp', decimals: 0, plausible: [0, 2e9], ...LUF_AWARDS_COMMON },
  {
    ...LUF_AWARDS_COMMON,
    id: 'luf-awards-per-head',
    label: 'Levelling Up Fund awards, rounds 1 and 2, per head of the mid-2019 population',
    shortLabel: 'LUF awards per head',
    unit: 'pounds per person',
    period: 'October 2021 and January 2023',
    format: 'gbp',
    decimals: 2,
    source: `${LUF_AWARDS_SOURCE}; ONS mid-2019 MSOA population estimates`,
    links: [...LINKS.lufAwards, ...LINKS.population],
    notes: `${LUF_AWARDS_NOTES} Divided by the district’s mid-2019 population (the sum of its MSOAs).`,
    plausible: [0, 1e5],
  },
  {
    id: 'population-2019',
    label: 'Population, mid-2019',
    shortLabel: 'Population 2019',
    unit: 'people',
    period: 'mid-2019',
    format: 'count',
    decimals: 0,
    group: 'Population',
    source: 'Middle super output area population estimates, mid-2019 (as summed to all ages by the British Red Cross)',
    links: LINKS.population,
    publisher: ONS,
    publisherShort: 'ONS',
    citation: 'Population: ONS, MSOA population estimates, mid-2019 (persons, all ages)',
    licence: OGL,
    direction: 'neutral',
    scale: { kind: 'quintiles', palette: 'people' },
    rankFrom: 'highest',
    rankMeaning: '1 = most people',
    healthMeasure: false,
    statusNotes: {},
    notes:
      'The sum of the district’s 2011 MSOAs’ mid-2019 estimates, all ages, persons; England’s total is 56,286,961, ONS’s mid-2019 estimate. ' +
      'Used as the denominator of per-head figures.',
    minimumCoverage: 314,
    plausible: [1000, 2e6],
  },
  { id: 'hle-male-msoa-gap', label: 'Gap inside the district: healthy life expectancy, males, 2009–13, highest minus lowest neighbourhood (MSOA)', shortLabel: 'HLE gap inside, males 2009–13', ...MSOA_GAP },
  { id: 'hle-female-msoa-gap', label: 'Gap inside the district: healthy life expectancy, females, 2009–13, highest minus lowest neighbourhood (MSOA)', shortLabel: 'HLE gap inside, females 2009–13', ...MSOA_GAP },
  {
    id: 'cvd-mortality-u75-2022-24',
    label: 'Deaths under 75 from cardiovascular disease considered preventable, 2022–24',
    shortLabel: 'Preventable CVD deaths <75',
    unit: 'per 100,000 (age-standardised)',
    period: '2022–2024',
    format: 'score',
    decimals: 1,
    group: 'Context',
    source: 'OHID Fingertips, Public Health Outcomes Framework indicator 93722, as published in ONS Explore Local Statistics (source date 4 November 2025)',
    links: LINKS.els,
    publisher: 'Office for Health Improvement and Disparities',
    publisherShort: 'OHID',
    citation: 'Preventable cardiovascular mortality under 75, 2022-24: OHID, Public Health Outcomes Framework (indicator 93722), via ONS Explore Local Statistics',
    licence: OGL,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'health' },
    rankFrom: 'highest',
    rankMeaning: '1 = highest',
    healthMeasure: false,
    statusNotes: {
      derived: 'Combined figure: the source publishes {area} together with its neighbour; this is the value of {measuredFor}.',
    },
    notes:
      'Directly age-standardised rate of deaths under 75 from cardiovascular disease considered preventable, per 100,000, pooled over three years, with 95% confidence intervals. ' +
      'Published on 2023 districts: the districts replaced in 2021 (Northamptonshire) and 2023 (Cumbria, North Yorkshire, Somerset) show the value of the unitary that replaced them, labelled. ' +
      'The source publishes the City of London with Hackney and the Isles of Scilly with Cornwall: all four show their pair’s value, labelled.',
    // Every district, the City with Hackney and Scilly with Cornwall as the source combines them.
    minimumCoverage: 314,
    plausible: [0, 500],
  },
  {
    id: 'economic-inactivity-2023',
    label: 'Economically inactive, all reasons, % of people aged 16–64, 2023',
    shortLabel: 'Economically inactive (all reasons)',
    unit: '% of people aged 16–64',
    period: '2023',
    format: 'percent',
    decimals: 1,
    group: 'Context',
    source: 'Annual Population Survey, ONS local indicators (LI01), as published in ONS Explore Local Statistics (source date 16 April 2024)',
    links: LINKS.els,
    publisher: ONS,
    publisherShort: 'ONS',
    citation: 'Economic inactivity (all reasons), 2023: ONS, Annual Population Survey, via ONS Explore Local Statistics',
    licence: OGL,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'deprivation' },
    rankFrom: 'highest',
    rankMeaning: '1 = highest',
    healthMeasure: false,
    statusNotes: {},
    notes:
      'All reasons: students, carers, retired people and the long-term sick alike; it is not inactivity due to ill health. Survey estimate with a 95% confidence interval; ONS flags some small-sample estimates as unreliable, and says so on the figure. ' +
      'Published on 2023 districts: the districts replaced in 2021 (Northamptonshire) and 2023 (Cumbria, North Yorkshire, Somerset) show the value of the unitary that replaced them, labelled. ' +
      'ONS gives no estimate for the City of London or the Isles of Scilly.',
    // ONS withholds the City of London's and the Isles of Scilly's survey estimates.
    minimumCoverage: 312,
    plausible: [0, 100],
  },
  {
    id: 'inactive-long-term-sick-2020-22',
    label: 'Economically inactive due to long-term sickness, % of the economically inactive aged 16–64, mean of 2020–2022',
    shortLabel: 'Inactive due to long-term sickness',
    unit: '% of the economically inactive',
    period: '2020–2022 (mean of three years)',
    format: 'percent',
    decimals: 1,
    group: 'Context',
    source: 'Annual Population Survey: proportion of economically inactive people who are inactive due to long-term sickness, 2020, 2021 and 2022, from ONS Explore Local Statistics (October 2024)',
    links: LINKS.sickness,
    publisher: ONS,
    publisherShort: 'ONS',
    citation: 'Economic inactivity due to long-term sickness, mean of 2020-2022: ONS, Annual Population Survey, via ONS Explore Local Statistics',
    licence: OGL,
    direction: 'lower-is-better',
    scale: { kind: 'quintiles', palette: 'deprivation' },
    rankFrom: 'highest',
    rankMeaning: '1 = highest',
    healthMeasure: false,
    statusNotes: {
      successor: "Successor authority's figure: {area} was replaced by {measuredFor}, whose value this is.",
      'missing-at-source': 'No figure: ONS withheld this area’s estimate in at least two of the three years (2020–2022).',
    },
    notes:
      'Of the people aged 16–64 who are economically inactive, the share who are inactive because of long-term sickness: a share of the inactive, not of all people of working age. ' +
      'The mean of the 2020, 2021 and 2022 Annual Population Survey estimates, by us: a single year of a district is a small-sample estimate that moves by several points from year to year, and ONS publishes no interval for it. ' +
      'Where ONS withheld one of the three years, the mean of the other two is shown and says so; where it withheld two or all three, no figure is shown. ' +
      'Published on 2023 districts: the districts replaced in 2021 (Northamptonshire) and 2023 (Cumbria, North Yorkshire, Somerset) show the value of the unitary that replaced them, labelled.',
    // At least two of the three years for 281 of the 314 (coverage report in docs/DATA.md).
    minimumCoverage: 281,
    plausible: [0, 100],
  },
] as const satisfies readonly IndicatorDefinition[];

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
export const HEALTH_INDEX_YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021] as const;
const LATEST_HEALTH_INDEX = HEALTH_INDEX_YEARS[HEALTH_INDEX_YEARS.length - 1];

const HEALTH_INDEX_ENTRIES: readonly Indicator[] = HEALTH_INDEX_MEASURES.flatMap((measure) =>
  HEALTH_INDEX_YEARS.map((year): Indicator => ({
    id: measure.key === null ? `health-index-${year}` : `health-index-${measure.key}-${year}`,
    label: `${measure.label}, ${year}`,
    shortLabel: `${measure.short} ${year}`,
    unit: 'index (England 2015 = 100)',
    period: String(year),
    format: 'score',
    decimals: 1,
    group: measure.group,
    source: HEALTH_INDEX_SOURCE,
    links: LINKS.healthIndex,
    publisher: ONS,
    publisherShort: 'ONS',
    citation: 'Health Index 2015-2021: ONS, Health Index scores for England [experimental], release of 16 June 2023',
    licence: OGL,
    direction: 'higher-is-better',
    scale: { kind: 'quintiles', palette: 'health' },
    rankFrom: 'lowest',
    rankMeaning: '1 = lowest',
    // The overall index of the latest year is the other health measure the analysis can use.
    healthMeasure: measure.key === null && year === LATEST_HEALTH_INDEX,
    statusNotes: { 'missing-at-source': 'ONS gives no Health Index score for this area.' },
    notes: HEALTH_INDEX_NOTES,
    series: { key: measure.key === null ? 'health-index' : `health-index-${measure.key}`, label: `${measure.label}, 2015 to 2021`, period: String(year) },
    measure: {
      id: measure.key === null ? 'health-index' : `health-index-${measure.key}`,
      label: measure.label,
      group: 'ONS Health Index',
      periodKey: String(year),
      periodLabel: String(year),
      start: year,
    },
    // Every district but the City of London and the Isles of Scilly.
    minimumCoverage: 312,
    plausible: [50, 150],
  })),
);

const HLE_SERIES_SOURCE =
  'Health state life expectancies, UK: healthy life expectancy at birth by sex, upper-tier local authorities, 2011–13 to 2022–24, as published in ONS Explore Local Statistics (February 2026)';
const HLE_SERIES_NOTES =
  'Years a newborn could expect to live in "very good" or "good" health, from the Annual Population Survey and deaths of each 3-year period, with 95% confidence intervals. ' +
  'All periods come from ONS’s February 2026 release, which re-estimated the whole series with one method (an interim fix for the shrinking survey sample), so periods can be compared with one another. ' +
  'These survey-based figures differ in method from the census-based 2009–13 figures, and from the 2018–20 figures as first published: do not compare across those series. ' +
  'Published for upper-tier authorities (2023 boundaries): a shire district shows its county’s figure, labelled as the county’s; the Northamptonshire districts (abolished 2021) and the districts that became Cumberland, Westmorland and Furness, North Yorkshire and Somerset (2023) show the figure of the unitary that replaced them. ' +
  'Barnsley and Sheffield are published under their 2024 codes (a small boundary change between them). ONS gives no figure for the City of London or the Isles of Scilly. Intervals are wide for small areas.';
/** First years of the 3-year periods ONS published, 2011–13 to 2022–24. */
export const HLE_SERIES_STARTS = Array.from({ length: 12 }, (_, i) => 2011 + i);
const LATEST_HLE_START = HLE_SERIES_STARTS[HLE_SERIES_STARTS.length - 1];

const HLE_SERIES_ENTRIES: readonly Indicator[] = (['male', 'female'] as const).flatMap((sex) =>
  HLE_SERIES_STARTS.map((start): Indicator => {
    const end = String((start + 2) % 100).padStart(2, '0');
    const sexWord = sex === 'male' ? 'males' : 'females';
    return {
      ...HLE_COMMON,
      id: `hle-${sex}-${start}-${end}`,
      // "(ONS 2026)": hle-male-2018 is 2018–20 as first published, a different (superseded) number for the same years.
      label: `Healthy life expectancy at birth, ${sexWord}, ${start}–${end} (ONS February 2026 estimates)`,
      shortLabel: `HLE ${sexWord} ${start}–${end} (ONS 2026)`,
      period: `${start}–${start + 2}`,
      group: `Healthy life expectancy, ${sexWord}, 2011–13 to 2022–24`,
      source: HLE_SERIES_SOURCE,
      links: LINKS.els,
      citation: 'Healthy life expectancy 2011-13 to 2022-24: ONS, Health state life expectancies (February 2026 estimates), via ONS Explore Local Statistics (upper-tier areas)',
      statusNotes: {
        county: "County figure: ONS publishes these values for upper-tier areas only; this is {measuredFor}'s value, not {area}'s own.",
        successor: "Successor authority's figure: {area} was replaced by {measuredFor}, whose value this is.",
        'missing-at-source': 'ONS published no figure for this area for this period.',
      },
      notes: HLE_SERIES_NOTES,
      healthMeasure: start === LATEST_HLE_START,
      series: { key: `hle-${sex}-ons2026`, label: `Healthy life expectancy at birth, ${sexWord}, 2011–13 to 2022–24 (survey-based)`, period: `${start}–${end}` },
      measure: { ...HLE_MEASURES[sex], periodKey: `${start}-${end}`, periodLabel: `${start}–${end}`, start },
      minimumCoverage: 312,
    };
  }),
);

type SeriesId = `hle-${'male' | 'female'}-${number}-${string}` | `health-index-${number}` | `health-index-${'people' | 'lives' | 'places'}-${number}`;
export type IndicatorId = (typeof ENTRIES)[number]['id'] | SeriesId | (typeof ADDED)[number]['id'];
/** A catalogue entry, with its id known to be one of the catalogue's. */
export type Indicator = IndicatorDefinition & { readonly id: IndicatorId };
export const INDICATORS: readonly Indicator[] = [...ENTRIES, ...ADDED, ...HEALTH_INDEX_ENTRIES, ...HLE_SERIES_ENTRIES];

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((entry) => [entry.id, entry]));

export function isIndicatorId(value: string): value is IndicatorId {
  return BY_ID.has(value);
}

export function indicator(id: IndicatorId): Indicator {
  // Total by construction: every IndicatorId is an entry's id.
  return BY_ID.get(id)!;
}

/** The measures the divergence definition and the what-if tool may use for health. */
export const HEALTH_MEASURES: readonly IndicatorId[] = INDICATORS.filter((entry) => entry.healthMeasure).map((entry) => entry.id);

export function isHealthMeasure(value: string): value is IndicatorId {
  return (HEALTH_MEASURES as readonly string[]).includes(value);
}
