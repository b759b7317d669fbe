// Catalogue metadata for the indicators the one-figure-shape readers add (scripts/pipeline/newMeasures.ts),
// for the catalogue to take in. Plain data, like catalogue.ts: no functions, no imports.

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
];
