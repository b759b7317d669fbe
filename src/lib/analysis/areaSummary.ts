// What the area panel says about one area: each figure with its England comparison, its rank and the
// plain-words caveats. Pure, so the wording is tested once and shared by the panel and the table.
import type { AreaRecord, AreasFile } from '../data/types';
import { HLE_LAYER_IDS, LAYER_LABELS, englandHle, hleProvenanceNote, hleReading, type HleLayerId } from '../indicators/layers';
import { ascendingRanks } from './divergence';
import { percent, pounds, signedYears, years } from '../format';

export interface SummaryLine {
  id: string;
  label: string;
  value: string;
  /** e.g. "2.3 years below England (63.5)". */
  comparison: string | null;
  /** e.g. "12th lowest of 314". */
  rank: string | null;
  interval: string | null;
  notes: string[];
}

export type RankTables = Record<HleLayerId, { ranks: Map<string, number>; of: number }>;

export function hleRankTables(areas: AreaRecord[]): RankTables {
  const tables = {} as RankTables;
  for (const id of HLE_LAYER_IDS) {
    const values = areas.flatMap((area) => {
      const reading = hleReading(area, id);
      return reading ? [{ code: area.code, value: reading.value }] : [];
    });
    tables[id] = { ranks: ascendingRanks(values), of: values.length };
  }
  return tables;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

function hleLine(area: AreaRecord, id: HleLayerId, file: AreasFile, ranks: RankTables): SummaryLine {
  const reading = hleReading(area, id);
  const label = LAYER_LABELS[id].label;
  if (!reading) {
    return { id, label, value: 'No data', comparison: null, rank: null, interval: null, notes: ['ONS published no figure for this area for this period.'] };
  }
  const england = englandHle(file.england, id);
  const table = ranks[id];
  const rank = table.ranks.get(area.code);
  const note = hleProvenanceNote(reading, area.name);
  return {
    id,
    label,
    value: years(reading.value),
    comparison: `${signedYears(reading.value - england)} England (${england.toFixed(1)})`,
    rank: rank ? `${ordinal(rank)} lowest of ${table.of}` : null,
    interval: reading.lci !== null && reading.uci !== null ? `95% confidence interval ${reading.lci.toFixed(1)} to ${reading.uci.toFixed(1)}` : null,
    notes: note ? [note] : [],
  };
}

export function summarise(area: AreaRecord, file: AreasFile, ranks: RankTables): SummaryLine[] {
  const total = file.areas.length;
  const imd = area.imd;
  const imdNotes = imd.derived
    ? [`Derived: Buckinghamshire became one council in April 2020, after IoD2019 was published. These are the published figures for Buckinghamshire county, which covers the same neighbourhoods, ranked among today's ${total} districts.`]
    : [];
  const lines: SummaryLine[] = HLE_LAYER_IDS.map((id) => hleLine(area, id, file, ranks));
  lines.push({
    id: 'imd',
    label: 'Deprivation: IMD 2019 rank of average rank',
    value: `${imd.rankAvgRank} of ${total} (1 = most deprived)`,
    comparison: null,
    rank: imd.publishedRankAvgRank317 !== null ? `Published rank ${imd.publishedRankAvgRank317} of 317 (2019 districts)` : null,
    interval: null,
    notes: imdNotes,
  });
  lines.push({
    id: 'imd-score',
    label: 'IMD 2019 average score',
    value: imd.avgScore.toFixed(1),
    comparison: null,
    rank: `${imd.rankAvgScore} of ${total} (1 = most deprived)`,
    interval: null,
    notes: [],
  });
  lines.push({
    id: 'imd-prop10',
    label: "Neighbourhoods in England's most deprived 10%",
    value: percent(imd.propMostDeprived10),
    comparison: null,
    rank: `${imd.rankPropMostDeprived10} of ${total} (1 = most deprived)`,
    interval: null,
    notes: [],
  });
  lines.push({
    id: 'luf',
    label: LAYER_LABELS.luf.label,
    value: `Category ${area.luf}${area.luf === 1 ? ' (highest priority)' : area.luf === 3 ? ' (lowest priority)' : ''}`,
    comparison: null,
    rank: null,
    interval: null,
    notes: [],
  });
  const tf = area.townsFund;
  const places = tf.townDeals + tf.futureHighStreets;
  lines.push({
    id: 'towns-fund',
    label: 'Towns Fund (Town Deals and Future High Streets Fund)',
    value: places === 0 ? 'None' : `${pounds(tf.totalGrantGbp)} to ${tf.places.join(', ')}`,
    comparison: null,
    rank: null,
    interval: null,
    notes: places === 0 ? [] : [`${tf.townDeals} Town Deal${tf.townDeals === 1 ? '' : 's'}, ${tf.futureHighStreets} Future High Streets Fund place${tf.futureHighStreets === 1 ? '' : 's'}.`],
  });
  return lines;
}
