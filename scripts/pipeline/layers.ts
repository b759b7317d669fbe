// The simplified TopoJSON as the two GeoJSON layers the map draws. Kept apart from the tiler (tiles.ts),
// which needs Node-side libraries, so that the benchmark's browser pages can draw the same layers as GeoJSON.
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AreaFeatures = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

export interface BoundaryLayers {
  areas: AreaFeatures;
  /** Where neighbouring districts lie in different regions: drawn heavier, so regions read at a glance. */
  regionBorders: Feature<MultiLineString, Record<string, never>>;
}

/** The districts of the TopoJSON object `lad`, and the region borders between them, as GeoJSON. */
export function boundaryLayers(topology: Topology, regionOf: ReadonlyMap<string, string>): BoundaryLayers {
  const object = topology.objects.lad as GeometryCollection<{ code: string }> | undefined;
  if (object?.type !== 'GeometryCollection') throw new Error('the topology has no “lad” collection');
  const districts = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  const areas: AreaFeatures = {
    type: 'FeatureCollection',
    // Only the code travels in the tiles; names and figures come from areas.json.
    features: districts.features.map((district) => ({ type: 'Feature', properties: { code: district.properties.code }, geometry: district.geometry })),
  };
  const codeOf = (geometry: { properties?: { code?: string } | null }): string => geometry.properties?.code ?? '';
  const borders = mesh(topology, object, (a, b) => a !== b && regionOf.get(codeOf(a)) !== regionOf.get(codeOf(b)));
  return { areas, regionBorders: { type: 'Feature', properties: {}, geometry: borders } };
}
