// Builds the catalogue from the measure files (./measures/*.json) and the ONS Explore Local Statistics metadata
// they name. Pure, so tests can build a catalogue of their own; catalogue.ts builds the real one once. Any
// file that does not fit stops with its name and what is wrong, before a surface could show it.
import * as v from 'valibot';
import {
  ELS_FIELDS,
  ElsFileSchema,
  ElsMetadataSchema,
  IndicatorSchema,
  MeasureFileSchema,
  type ElsField,
  type ElsMetadata,
  type IndicatorDefinition,
  type MeasureFile,
} from './measureSchema.ts';

/** Files by name: measure files (`hle-male.json`) or ELS metadata files (by their path under data/raw). */
export type Files = Readonly<Record<string, unknown>>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SOURCE_DATE = '{sourceDate}';

function parse<const TSchema extends v.GenericSchema>(schema: TSchema, value: unknown, where: string): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => {
    const path = issue.path?.map((item) => String(item.key)).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  throw new Error(`${where}: ${problems.join('; ')}`);
}

/** ELS writes dates as DD/MM/YYYY (the schema checks it); the catalogue as "4 November 2025". */
export function elsDateInWords(date: string): string {
  const [day, month, year] = date.split('/');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** An ELS indicator's metadata: the file's shared block, then the indicator's own fields over it. */
function elsMetadata(els: Files, file: string, key: string | undefined, where: string) {
  if (!(file in els)) throw new Error(`${where}: names ELS metadata ${file}, which is not loaded`);
  const block = parse(ElsFileSchema, els[file], file)['ess-beta-metadata'];
  if (key === undefined) return parse(ElsMetadataSchema, block, file);
  const own = block[key];
  if (typeof own !== 'object' || own === null) throw new Error(`${where}: ${file} has no indicator "${key}"`);
  return parse(ElsMetadataSchema, { ...(block['shared'] as object | undefined), ...own }, `${file} (${key})`);
}

/** The ELS metadata a release names, and the fields it gives the release's entries (all but those kept). */
function fromEls(reference: MeasureFile['releases'][number]['els'], els: Files, name: string): { meta: ElsMetadata | null; taken: Map<ElsField, unknown> } {
  const taken = new Map<ElsField, unknown>();
  if (!reference) return { meta: null, taken };
  const meta = elsMetadata(els, reference.file, reference.indicator, name);
  const values: Record<ElsField, unknown> = { label: meta.label, unit: meta.subText ?? meta.suffix, decimals: meta.decimalPlaces, publisher: meta.sourceOrg };
  for (const field of ELS_FIELDS) if (!(field in (reference.keep ?? {}))) taken.set(field, values[field]);
  if (taken.get('unit') === null) throw new Error(`${name}: ${reference.file} gives no unit: keep ours (els.keep.unit)`);
  return { meta, taken };
}

interface Placed {
  order: number;
  entry: IndicatorDefinition;
}

function entriesOf(name: string, file: MeasureFile, els: Files): Placed[] {
  const periods = file.releases.flatMap((release) => release.periods);
  const measureId = file.measure?.id ?? periods[0]!.id;
  if (name !== `${measureId}.json`) throw new Error(`${name}: a measure's file is named after it: ${measureId}.json`);
  if (!file.measure && periods.length > 1) throw new Error(`${name}: a measure of several periods needs "measure" (its id, label and group)`);
  const keys = new Set<string>();
  return file.releases.flatMap((release) => {
    const { meta, taken } = fromEls(release.els, els, name);
    return release.periods.map((period): Placed => {
      const where = `${name} (${period.id})`;
      for (const field of taken.keys()) {
        for (const fields of [file.fields, release.fields, period.fields]) {
          if (fields && field in fields) throw new Error(`${where}: ${field} comes from the ELS metadata; remove it, or keep ours with a reason in els.keep`);
        }
      }
      const merged = { ...file.fields, ...Object.fromEntries(taken), ...release.fields, ...period.fields };
      const { series, source, ...rest } = merged;
      if (source?.includes(SOURCE_DATE) && !meta) throw new Error(`${where}: ${SOURCE_DATE} needs an ELS metadata file`);
      let measure: IndicatorDefinition['measure'];
      if (file.measure) {
        const { periodKey, periodLabel, start, superseded } = period;
        if (periodKey === undefined || periodLabel === undefined || start === undefined) throw new Error(`${where}: each period of a measure needs periodKey, periodLabel and start`);
        if (keys.has(periodKey)) throw new Error(`${where}: period ${periodKey} is listed twice`);
        keys.add(periodKey);
        measure = { ...file.measure, periodKey, periodLabel, start, ...(superseded === undefined ? {} : { superseded }) };
      } else if (period.periodKey !== undefined || period.periodLabel !== undefined || period.start !== undefined || period.superseded !== undefined) {
        throw new Error(`${where}: a period key, label, start or superseded belongs to a measure of several periods ("measure")`);
      }
      if (series && !measure) throw new Error(`${where}: a series needs the measure's periods`);
      const entry = parse(
        IndicatorSchema,
        {
          id: period.id,
          ...rest,
          ...(source === undefined ? {} : { source: meta ? source.replaceAll(SOURCE_DATE, elsDateInWords(meta.sourceDate)) : source }),
          ...(series && measure ? { series: { ...series, period: measure.periodLabel } } : {}),
          ...(measure ? { measure } : {}),
        },
        where,
      );
      return { order: release.order, entry };
    });
  });
}

/**
 * The catalogue: every period of every measure, releases in their `order`, a release's periods as its file
 * lists them. Stops on a file that does not fit the schema, a repeated id, period or release order, or a
 * field written twice (ours and ELS's).
 */
export function catalogueFrom(measureFiles: Files, els: Files): IndicatorDefinition[] {
  const placed = Object.entries(measureFiles).flatMap(([name, raw]) => entriesOf(name, parse(MeasureFileSchema, raw, name), els));
  const orders = new Map<number, string>();
  const ids = new Set<string>();
  for (const { order, entry } of placed) {
    const owner = entry.measure?.id ?? entry.id;
    if ((orders.get(order) ?? owner) !== owner) throw new Error(`release order ${order} is used by both ${orders.get(order)} and ${owner}`);
    orders.set(order, owner);
    if (ids.has(entry.id)) throw new Error(`indicator ${entry.id} is listed twice`);
    ids.add(entry.id);
  }
  // The sort is stable: a release's periods keep the order its file lists them in.
  return placed.sort((a, b) => a.order - b.order).map(({ entry }) => entry);
}
