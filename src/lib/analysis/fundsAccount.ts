// "Did health count later?": the place-based funds and targets since the research's March 2021 comparison,
// each with the document it comes from. Words only: none of these places' lists is in our data.

export interface AccountEntry {
  /** Month and year, as the documents date themselves. */
  date: string;
  what: string;
  source: string;
}

export const FUNDS_ACCOUNT: readonly AccountEntry[] = [
  {
    date: 'March 2021',
    what: 'Levelling Up Fund round 1 priority categories: need for economic recovery, transport and regeneration; no health measure.',
    source: 'HM Treasury, MHCLG and DfT, Levelling Up Fund prospectus and list of local authorities by priority category (3 March 2021)',
  },
  {
    date: 'February 2022',
    what: 'Levelling Up White Paper: a mission on healthy life expectancy.',
    source: 'DLUHC, Levelling Up the United Kingdom (White Paper, 2 February 2022)',
  },
  {
    date: 'March 2023',
    what: 'Levelling Up Partnerships: places ranked on skills, pay, productivity and healthy life expectancy.',
    source: 'DLUHC, Levelling Up Partnerships methodology note (March 2023)',
  },
  {
    date: 'October 2023',
    what:
      'Long-Term Plan for Towns, 55 places in Great Britain: English local authorities ranked on NVQ level 3+, healthy life expectancy ' +
      '(ONS, upper tier, 3-year averages 2016/18–2018/20), median weekly pay and GVA per hour.',
    source: 'DLUHC, “towns selection methodology note” (1 October 2023), and its extension of March 2024',
  },
  {
    date: 'November 2023',
    what:
      'Levelling Up Fund round 3: about £1bn to 55 projects from round 2 bids, targeted with “Levelling Up Needs metrics, which take into ' +
      'account skills, pay, productivity and health”.',
    source: 'Written ministerial statement on Levelling Up Fund round 3 (November 2023)',
  },
];

export const FUNDS_ACCOUNT_NOTE =
  'No place lists for these are in our data, so this app cannot say which areas they chose or whether health changed who was chosen; it names none.';
