// The ONS healthy life expectancy series on its own geography, the upper-tier authorities of 2023: each
// area once, with its own figures. The gap view reads this file, never the district copies in areas.json.
import * as v from 'valibot';
import { UTLA_CODE } from './codes';
import { fetchJson, withFetchWords } from './fetchJson';

export const UPPER_TIER_HLE_PATH = 'data/hle-upper-tier.json';

const finite = v.pipe(v.number(), v.finite());
const text = v.pipe(v.string(), v.minLength(1));

const IntervalSchema = v.pipe(
  v.object({ value: finite, lci: finite, uci: finite }),
  v.check((i) => i.lci <= i.value && i.value <= i.uci, 'the value must lie inside its interval'),
);

/** One entry per period, in the order of `periods`; null where ONS published no figure. */
const BySexSchema = v.object({ male: v.array(v.nullable(IntervalSchema)), female: v.array(v.nullable(IntervalSchema)) });

export const UpperTierHleSchema = v.pipe(
  v.object({
    /** The raw file the figures were read from, relative to data/raw/. */
    source: text,
    /** Three-year periods, oldest first, written as on screen ("2011–13"). */
    periods: v.array(text),
    england: BySexSchema,
    areas: v.array(v.object({ code: v.pipe(v.string(), v.regex(UTLA_CODE)), name: text, values: BySexSchema })),
  }),
  v.check(
    (file) => [file.england, ...file.areas.map((a) => a.values)].every((s) => s.male.length === file.periods.length && s.female.length === file.periods.length),
    'every series needs one entry per period',
  ),
);

export type UpperTierHle = v.InferOutput<typeof UpperTierHleSchema>;
export type HleInterval = v.InferOutput<typeof IntervalSchema>;
export type HleSex = 'male' | 'female';

/** Fetches and checks the file; a failure says which file and why, in words. */
export async function loadUpperTierHle(base: string): Promise<UpperTierHle> {
  const raw = await withFetchWords(
    () => fetchJson(`${base}${UPPER_TIER_HLE_PATH}`),
    (failure) =>
      failure.kind === 'offline'
        ? `The upper-tier figures (${UPPER_TIER_HLE_PATH}) could not be downloaded: the connection failed.`
        : failure.kind === 'status'
          ? `The upper-tier figures (${UPPER_TIER_HLE_PATH}) could not be downloaded (HTTP ${failure.status}).`
          : `The upper-tier figures (${UPPER_TIER_HLE_PATH}) are not a JSON file.`,
  );
  const parsed = v.safeParse(UpperTierHleSchema, raw);
  if (!parsed.success) throw new Error(`The upper-tier figures (${UPPER_TIER_HLE_PATH}) are damaged, so the gap cannot be shown.`);
  return parsed.output;
}
