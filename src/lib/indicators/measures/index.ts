// Every measure file and the ELS metadata files they name, imported as JSON: the one way to list files that
// the app (Vite), the tests (Vitest) and the data pipeline (tsx) all read. A new measure file needs its line
// here; measureIndex.test.ts fails, naming it, until it has one.
import cvdMortalityU75202224 from './cvd-mortality-u75-2022-24.json' with { type: 'json' };
import economicInactivity2023 from './economic-inactivity-2023.json' with { type: 'json' };
import healthIndexLives from './health-index-lives.json' with { type: 'json' };
import healthIndexPeople from './health-index-people.json' with { type: 'json' };
import healthIndexPlaces from './health-index-places.json' with { type: 'json' };
import healthIndex from './health-index.json' with { type: 'json' };
import hleFemaleMsoaGap from './hle-female-msoa-gap.json' with { type: 'json' };
import hleFemale from './hle-female.json' with { type: 'json' };
import hleMaleMsoaGap from './hle-male-msoa-gap.json' with { type: 'json' };
import hleMale from './hle-male.json' with { type: 'json' };
import imdExtent from './imd-extent.json' with { type: 'json' };
import imdLocalConcentration from './imd-local-concentration.json' with { type: 'json' };
import imdProp10 from './imd-prop10.json' with { type: 'json' };
import imdScore from './imd-score.json' with { type: 'json' };
import imd from './imd.json' with { type: 'json' };
import inactiveLongTermSick202022 from './inactive-long-term-sick-2020-22.json' with { type: 'json' };
import lufAwardsPerHead from './luf-awards-per-head.json' with { type: 'json' };
import lufAwardsR1 from './luf-awards-r1.json' with { type: 'json' };
import lufAwardsR2 from './luf-awards-r2.json' with { type: 'json' };
import lufAwards from './luf-awards.json' with { type: 'json' };
import luf from './luf.json' with { type: 'json' };
import population2019 from './population-2019.json' with { type: 'json' };
import townsFund from './towns-fund.json' with { type: 'json' };
import employmentRateEls from '../../../../data/raw/context/employment-rate.metadata.json' with { type: 'json' };
import preventableCvdEls from '../../../../data/raw/context/preventable-cardiovascular-mortality-england.metadata.json' with { type: 'json' };
import hleSeriesEls from '../../../../data/raw/hle/ons_els_2011_2024/hle_utla_2011-13_to_2022-24_ons_els_2026-02.metadata.json' with { type: 'json' };

/** By file name: catalogueFrom checks each is named after its measure. */
export const MEASURE_FILES: Readonly<Record<string, unknown>> = {
  'cvd-mortality-u75-2022-24.json': cvdMortalityU75202224,
  'economic-inactivity-2023.json': economicInactivity2023,
  'health-index-lives.json': healthIndexLives,
  'health-index-people.json': healthIndexPeople,
  'health-index-places.json': healthIndexPlaces,
  'health-index.json': healthIndex,
  'hle-female-msoa-gap.json': hleFemaleMsoaGap,
  'hle-female.json': hleFemale,
  'hle-male-msoa-gap.json': hleMaleMsoaGap,
  'hle-male.json': hleMale,
  'imd-extent.json': imdExtent,
  'imd-local-concentration.json': imdLocalConcentration,
  'imd-prop10.json': imdProp10,
  'imd-score.json': imdScore,
  'imd.json': imd,
  'inactive-long-term-sick-2020-22.json': inactiveLongTermSick202022,
  'luf-awards-per-head.json': lufAwardsPerHead,
  'luf-awards-r1.json': lufAwardsR1,
  'luf-awards-r2.json': lufAwardsR2,
  'luf-awards.json': lufAwards,
  'luf.json': luf,
  'population-2019.json': population2019,
  'towns-fund.json': townsFund,
};

/** By path under data/raw, as a measure file's `els.file` names them. */
export const ELS_METADATA_FILES: Readonly<Record<string, unknown>> = {
  'context/employment-rate.metadata.json': employmentRateEls,
  'context/preventable-cardiovascular-mortality-england.metadata.json': preventableCvdEls,
  'hle/ons_els_2011_2024/hle_utla_2011-13_to_2022-24_ons_els_2026-02.metadata.json': hleSeriesEls,
};
