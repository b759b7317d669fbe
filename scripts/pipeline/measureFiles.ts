// Raw files read by the one-figure-shape readers (newMeasures.ts), relative to the raw-data folder.
// files.ts spreads them into RAW_FILES, so freshness checks, vendoring and the manifest see them too.
export const MEASURE_FILES = {
  lufRound1: 'funds/luf_awards_r1_r2/levelling-up-fund-round-1.csv',
  lufRound2: 'funds/luf_awards_r1_r2/levelling-up-fund-round-2.csv',
  laRegister: 'funds/mysociety_la_names_codes/uk_local_authorities_current.csv',
  laNames: 'funds/mysociety_la_names_codes/lookup_name_to_registry.csv',
  /** The February 2026 vintage: see hleSeries.ts for why this one alone. */
  hleSeries: 'hle/ons_els_2011_2024/hle_utla_2011-13_to_2022-24_ons_els_2026-02.csv',
  healthIndexOverall: 'health_index/hi2021_table2_overall_scores_2015_2021.csv',
  healthIndexDomains2015: 'health_index/hi2021_table9_2015_domains_subdomains_indicators.csv',
  healthIndexDomains2016: 'health_index/hi2021_table8_2016_domains_subdomains_indicators.csv',
  healthIndexDomains2017: 'health_index/hi2021_table7_2017_domains_subdomains_indicators.csv',
  healthIndexDomains2018: 'health_index/hi2021_table6_2018_domains_subdomains_indicators.csv',
  healthIndexDomains2019: 'health_index/hi2021_table5_2019_domains_subdomains_indicators.csv',
  healthIndexDomains2020: 'health_index/hi2021_table4_2020_domains_subdomains_indicators.csv',
  healthIndexDomains2021: 'health_index/hi2021_table3_2021_domains_subdomains_indicators.csv',
  cvdMortality: 'context/preventable-cardiovascular-mortality-england.csv',
  employment: 'context/employment-rate.csv',
  sicknessInactivity: 'context/inactive-due-to-long-term-sickness.csv',
  cigaretteSmokers: 'context/cigarette-smokers.csv',
  // ELS's metadata beside its CSVs: the catalogue takes fields from them (src/lib/indicators/measureFolder.ts),
  // and the build reads them too (elsMetadata.ts), so they are vendored, checksummed and listed as inputs.
  cvdMortalityMetadata: 'context/preventable-cardiovascular-mortality-england.metadata.json',
  employmentMetadata: 'context/employment-rate.metadata.json',
  cigaretteSmokersMetadata: 'context/cigarette-smokers.metadata.json',
  hleSeriesMetadata: 'hle/ons_els_2011_2024/hle_utla_2011-13_to_2022-24_ons_els_2026-02.metadata.json',
} as const;

/**
 * Raw files no build reads but a test checks against: the colleague-built table of LUF leads with LAD20
 * codes, which the awards integration test must agree with (it is never an input).
 */
export const CROSS_CHECK_FILES = {
  lufDerivedBids: 'funds/luf_awards_r1_r2/luf_r1_r2_bids_with_lad20_derived.csv',
} as const;
