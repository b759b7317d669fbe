// The contract between the pipeline (scripts/pipeline/similarAreas.ts) and the app for static/data/similar.json:
// ONS's clusters and most similar areas, already translated to the 2020 districts the map draws.
import * as v from 'valibot';
import { LAD_CODE } from './codes';

export const SIMILAR_KINDS = ['global', 'economic', 'demographic'] as const;
export type SimilarKind = (typeof SIMILAR_KINDS)[number];

const text = v.pipe(v.string(), v.minLength(1));
const kinds = <T extends v.GenericSchema>(schema: T) => v.object({ global: schema, economic: schema, demographic: schema });

const SimilarListSchema = v.object({
  /** ONS's cluster letter (A–D), or null where ONS left the authority out of that kind's clusters ("[x]"). */
  cluster: v.nullable(v.picklist(['A', 'B', 'C', 'D'])),
  /**
   * English neighbours, most similar first: a 2020 district code, or the code of an authority that replaced
   * several 2020 districts (then `successors` lists them). Empty when the authority is not clustered.
   */
  ranks: v.array(text),
  /** Neighbours in Wales, Scotland or Northern Ireland, which this map does not hold, left out of `ranks`. */
  skipped: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const SimilarFileSchema = v.object({
  /** ONS's paragraph describing each cluster, by kind and letter. */
  descriptions: kinds(v.record(v.string(), text)),
  /** Authorities of 2021 and 2023 that replaced several 2020 districts: their name and those districts. */
  successors: v.record(text, v.object({ name: text, districts: v.array(v.pipe(v.string(), v.regex(LAD_CODE))) })),
  /** By 2020 district code. */
  areas: v.record(
    v.pipe(v.string(), v.regex(LAD_CODE)),
    v.object({
      /** The successor whose lists a merged district uses (ONS publishes none of its own), else null. */
      listOf: v.nullable(text),
      kinds: kinds(SimilarListSchema),
    }),
  ),
});

export type SimilarFile = v.InferOutput<typeof SimilarFileSchema>;
export type SimilarList = v.InferOutput<typeof SimilarListSchema>;
