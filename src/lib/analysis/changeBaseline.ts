// The baselines the gap view's change map measures from, as a link writes them (`change=2011-13`): ASCII
// hyphens, no en dash. Apart from hleChange.ts so that the URL's parser carries none of the map's code.
export const CHANGE_BASELINES = ['2011-13', '2018-20'] as const;
export type ChangeBaseline = (typeof CHANGE_BASELINES)[number];

export const isChangeBaseline = (value: string): value is ChangeBaseline => (CHANGE_BASELINES as readonly string[]).includes(value);
