// One geography's polygons out of a TopoJSON file, each keeping only its GSS code: what the tiler needs.
// Shared by every geography read from TopoJSON (the 2011 MSOAs, the 2023 upper-tier areas).
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PipelineError } from './errors.ts';
import type { AreaFeatures } from './layers.ts';

export interface TopologyObject {
  /** The object (layer) of the topology to read. */
  object: string;
  /** The property holding each area's code. */
  codeProperty: string;
  codePattern: RegExp;
  /** Keeps only the geometries it accepts (e.g. those valid in one year); every one when absent. */
  keep?: (properties: Readonly<Record<string, unknown>>) => boolean;
}

/** The kept polygons of one object, each with its code; a code missing, malformed, repeated or without geometry is an error. */
export function topologyFeatures(text: string, file: string, options: TopologyObject): AreaFeatures {
  let topology: Topology;
  try {
    topology = JSON.parse(text) as Topology;
  } catch (error) {
    throw new PipelineError({ file }, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const object = topology.objects?.[options.object] as GeometryCollection<Record<string, unknown>> | undefined;
  if (object?.type !== 'GeometryCollection') throw new PipelineError({ file }, `no “${options.object}” collection`);
  const collection = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null, Record<string, unknown> | null>;
  const seen = new Set<string>();
  const features = collection.features.flatMap((f, i) => {
    const properties = f.properties ?? {};
    if (options.keep && !options.keep(properties)) return [];
    const code = properties[options.codeProperty];
    if (typeof code !== 'string' || !options.codePattern.test(code)) throw new PipelineError({ file, column: options.codeProperty }, `geometry ${i} has no valid code`);
    if (seen.has(code)) throw new PipelineError({ file, column: options.codeProperty }, `${code} appears twice`);
    if (f.geometry === null) throw new PipelineError({ file, column: options.codeProperty }, `${code} has no geometry`);
    seen.add(code);
    return [{ type: 'Feature' as const, properties: { code }, geometry: f.geometry }];
  });
  return { type: 'FeatureCollection', features };
}
