// The one schema of measure metadata: what a file in ./measures/ may say, what an ONS Explore Local Statistics
// (ELS) metadata file gives us, and what a catalogue entry is once they are merged (catalogueFrom.ts). The
// types the app uses are derived from these schemas, so a field is described once.
import * as v from 'valibot';
import { FIGURE_STATUSES } from '../data/schema.ts';
import { PALETTES, type PaletteName } from './palettes.ts';

const text = v.pipe(v.string(), v.nonEmpty());
const PALETTE_NAMES = Object.keys(PALETTES) as PaletteName[];

export const SourceLinkSchema = v.strictObject({
  /** The link's words, e.g. "ONS dataset page". */
  text,
  url: v.pipe(v.string(), v.url()),
});

const ScaleSchema = v.variant('kind', [
  /** Fifths of the areas with a value (quintiles). */
  v.strictObject({ kind: v.literal('quintiles'), palette: v.picklist(PALETTE_NAMES) }),
  /** The value is a rank 1..n (1 = worst): fifths of the ranks. */
  v.strictObject({ kind: v.literal('rank-fifths'), palette: v.picklist(PALETTE_NAMES) }),
  /** Zero is a class of its own ("None"); the areas above zero in quarters. */
  v.strictObject({ kind: v.literal('none-then-quartiles'), palette: v.picklist(PALETTE_NAMES) }),
  /** A fixed set of values, each with its own label and colour. */
  v.strictObject({
    kind: v.literal('categories'),
    categories: v.pipe(v.array(v.strictObject({ value: v.number(), label: text, colour: v.pipe(v.string(), v.hexColor()) })), v.readonly()),
  }),
]);

const DirectionSchema = v.picklist([
  'higher-is-better',
  'lower-is-better',
  /** Neither: more is not better or worse in itself (money awarded, a category). */
  'neutral',
]);

/** How values read: the unit words and number format. */
const FormatSchema = v.picklist(['years', 'rank', 'score', 'share', 'percent', 'gbp', 'count', 'category']);

/**
 * Everything a catalogue entry says about one period of a measure, but its id and its place among the
 * measure's periods. A measure file may give each field for the whole measure, for one release or for one
 * period; the most specific wins.
 */
const ENTRY_FIELDS = {
  label: text,
  /** Short enough for a legend title or a table header. */
  shortLabel: text,
  unit: text,
  period: text,
  format: FormatSchema,
  /** Decimal places shown. */
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The group the indicator belongs to (the layer menu groups measures by the measure's group). */
  group: text,
  /** The publication the figures come from. */
  source: text,
  /** Where to read it: the publication pages (or, where ons.gov.uk was not reachable, the repository the file was taken from) that data/raw's SOURCE.md files name. */
  links: v.pipe(v.array(SourceLinkSchema), v.readonly()),
  publisher: text,
  /** The publishers' usual abbreviations, comma-separated, for one-line credits. */
  publisherShort: text,
  /** The one line that credits the source, in exports and on the PNG. */
  citation: text,
  licence: v.literal('Open Government Licence v3.0'),
  direction: DirectionSchema,
  scale: ScaleSchema,
  /** Ranks count from this end: 1 = the lowest value, or 1 = the highest. */
  rankFrom: v.picklist(['lowest', 'highest']),
  /** What rank 1 means, in words shown beside every rank (e.g. "1 = most deprived"). */
  rankMeaning: text,
  /** May be chosen as the health measure of the divergence definition and the what-if tool. */
  healthMeasure: v.boolean(),
  /**
   * Plain words for a figure that is not the area's own published one, by its status. `{area}` is the
   * district's name, `{measuredFor}` the name of the area the figure belongs to. Statuses without an entry
   * use STATUS_NOTES.
   */
  statusNotes: v.pipe(v.partial(v.strictObject(Object.fromEntries(FIGURE_STATUSES.map((status) => [status, text])) as Record<(typeof FIGURE_STATUSES)[number], typeof text>)), v.readonly()),
  /** Provenance and caveats, in plain words, fit to show to a reader. */
  notes: text,
  /** The fewest districts the sources give a value: the data build fails below it. */
  minimumCoverage: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Values outside this range mean a reading error: the data build fails. */
  plausible: v.pipe(v.tuple([v.number(), v.number()]), v.readonly()),
};

const MeasurePeriodSchema = v.strictObject({
  /** Stable across releases: a new period adds a member, never renames the measure. */
  id: text,
  label: text,
  group: text,
  /** The period's key in links (`period=2022-24`). */
  periodKey: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  /** The period in the period control's words, with how it differs from its neighbours where it does. */
  periodLabel: text,
  /** First year of the period: the period control lists the newest first. */
  start: v.pipe(v.number(), v.integer()),
  /** Replaced by a later publication for the same years: listed after the figures that replace it. */
  superseded: v.optional(v.boolean()),
});

/** One catalogue entry: one period of one measure, as every surface reads it. */
export const IndicatorSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  ...ENTRY_FIELDS,
  /** Members of one series (the same measure, period after period) share its key; the panel charts them. */
  series: v.optional(v.strictObject({ key: text, label: text, period: text })),
  /**
   * The measure this figure is one period of: the layer menu lists measures and a period control beside it
   * chooses among their periods. Absent: a measure of one period, named by the indicator itself.
   */
  measure: v.optional(MeasurePeriodSchema),
});

const FieldsSchema = v.partial(v.strictObject({ ...ENTRY_FIELDS, series: v.strictObject({ key: text, label: text }) }));

/** The ELS metadata fields a measure file may take, and the catalogue field each fills. */
export const ELS_FIELDS = ['label', 'unit', 'decimals', 'publisher'] as const;
export type ElsField = (typeof ELS_FIELDS)[number];

const PeriodSchema = v.strictObject({
  /** The indicator's id: links and the data files name it. */
  id: IndicatorSchema.entries.id,
  /** Only in a measure of several periods (a file with `measure`). */
  periodKey: v.optional(MeasurePeriodSchema.entries.periodKey),
  periodLabel: v.optional(text),
  start: v.optional(MeasurePeriodSchema.entries.start),
  superseded: v.optional(v.boolean()),
  /** What this period says differently from its release and measure. */
  fields: v.optional(FieldsSchema),
});

const ReleaseSchema = v.strictObject({
  /**
   * Where the release's periods stand in the catalogue, among every release of every measure: the order of the
   * layer menu (a measure stands where its first release does), the Sources list, the CSV files' rows.
   */
  order: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /**
   * The ELS metadata this release's figures came with: its file (under data/raw, as in
   * scripts/pipeline/measureFiles.ts) and the indicator's key in it (absent where the file describes one
   * indicator). Its label, unit, decimals and publisher fill the entries, and our file may not write them,
   * but for the fields in `keep`, each with the reason ours is kept. `{sourceDate}` in `source` is ELS's date.
   */
  els: v.optional(
    v.strictObject({
      file: v.pipe(v.string(), v.endsWith('.metadata.json')),
      indicator: v.optional(text),
      keep: v.optional(v.record(v.picklist(ELS_FIELDS), text)),
    }),
  ),
  fields: v.optional(FieldsSchema),
  periods: v.pipe(v.array(PeriodSchema), v.minLength(1)),
});

/** One file of ./measures/: a measure and its periods, grouped by the release they were published in. */
export const MeasureFileSchema = v.strictObject({
  /** Present for a measure of several periods (the menu's label and group); absent, the one period names it. */
  measure: v.optional(v.strictObject({ id: MeasurePeriodSchema.entries.id, label: text, group: text })),
  fields: v.optional(FieldsSchema),
  releases: v.pipe(v.array(ReleaseSchema), v.minLength(1)),
});

/** ELS writes dates DD/MM/YYYY. */
const ELS_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** An ELS indicator's metadata, its file's `shared` block merged under the indicator's own. */
export const ElsMetadataSchema = v.object({
  label: text,
  prefix: v.optional(v.nullable(v.string())),
  suffix: v.nullable(v.string()),
  subText: v.nullable(v.string()),
  decimalPlaces: v.pipe(v.number(), v.integer(), v.minValue(0)),
  sourceDate: v.pipe(v.string(), v.regex(ELS_DATE)),
  sourceOrg: text,
  sourceURL: v.pipe(v.string(), v.url()),
  subtitle: v.optional(v.string()),
  longDescription: v.optional(v.string()),
  caveats: v.optional(v.string()),
});

export const ElsFileSchema = v.object({ 'ess-beta-metadata': v.record(v.string(), v.unknown()) });

export type IndicatorDefinition = v.InferOutput<typeof IndicatorSchema>;
export type MeasurePeriod = NonNullable<IndicatorDefinition['measure']>;
export type IndicatorDirection = IndicatorDefinition['direction'];
export type ValueFormat = IndicatorDefinition['format'];
export type ScaleSpec = IndicatorDefinition['scale'];
export type SourceLink = IndicatorDefinition['links'][number];
export type MeasureFile = v.InferOutput<typeof MeasureFileSchema>;
export type ElsMetadata = v.InferOutput<typeof ElsMetadataSchema>;
