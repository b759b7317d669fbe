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
export type ValueFormat = 'years' | 'rank' | 'score' | 'share' | 'gbp' | 'category';

// ColorBrewer sequential schemes (5 classes), darkest first, chosen for being safe under the common
// colour-vision deficiencies. Darker always means worse (fewer healthy years, more deprivation, higher
// priority) or, where no direction applies, more.
export const PALETTES = {
  health: ['#253494', '#2c7fb8', '#41b6c4', '#a1dab4', '#ffffcc'], // YlGnBu
  deprivation: ['#b30000', '#e34a33', '#fc8d59', '#fdcc8a', '#fef0d9'], // OrRd
  money: ['#006d2c', '#31a354', '#74c476', '#bae4b3', '#edf8e9'], // Greens
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
  /** The fewest districts the sources give a value: the data build fails below it. */
  minimumCoverage: number;
  /** Values outside this range mean a reading error: the data build fails. */
  plausible: readonly [number, number];
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
  period: '2018–2020',
  source: HLE_2018_SOURCE,
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

const ENTRIES = [
  { id: 'hle-male', label: 'Healthy life expectancy at birth, males, 2009–13', shortLabel: 'HLE males 2009–13', ...HLE_2009 },
  { id: 'hle-female', label: 'Healthy life expectancy at birth, females, 2009–13', shortLabel: 'HLE females 2009–13', ...HLE_2009 },
  { id: 'hle-male-2018', label: 'Healthy life expectancy at birth, males, 2018–20', shortLabel: 'HLE males 2018–20', ...HLE_2018 },
  { id: 'hle-female-2018', label: 'Healthy life expectancy at birth, females, 2018–20', shortLabel: 'HLE females 2018–20', ...HLE_2018 },
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
    publisher: 'Department for Levelling Up, Housing and Communities',
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

export type IndicatorId = (typeof ENTRIES)[number]['id'];
/** A catalogue entry, with its id known to be one of the catalogue's. */
export type Indicator = IndicatorDefinition & { readonly id: IndicatorId };
export const INDICATORS: readonly Indicator[] = ENTRIES;

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
