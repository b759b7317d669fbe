// Raw files read by the one-figure-shape readers (newMeasures.ts), relative to the raw-data folder.
// files.ts spreads them into RAW_FILES, so freshness checks, vendoring and the manifest see them too.
export const MEASURE_FILES = {
  lufRound1: 'funds/luf_awards_r1_r2/levelling-up-fund-round-1.csv',
  lufRound2: 'funds/luf_awards_r1_r2/levelling-up-fund-round-2.csv',
  laRegister: 'funds/mysociety_la_names_codes/uk_local_authorities_current.csv',
  laNames: 'funds/mysociety_la_names_codes/lookup_name_to_registry.csv',
  /** The February 2026 vintage: see hleSeries.ts for why this one alone. */
  hleSeries: 'hle/ons_els_2011_2024/hle_utla_2011-13_to_2022-24_ons_els_2026-02.csv',
} as const;
