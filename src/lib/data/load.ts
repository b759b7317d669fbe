import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { AreasFile } from './types';
import { DataFileError, validateAreasFile } from './validate';
import type { AreaProperties, MapGeometry } from '../map/controller';

export const AREAS_URL = 'data/areas.json';
export const GEOMETRY_URL = 'geo/lad2020.topo.json';

export interface LoadedData {
  data: AreasFile;
  problems: string[];
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataFileError(url, 'could not be downloaded. Check your connection and try again.');
  }
  if (!response.ok) throw new DataFileError(url, `could not be downloaded (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(url, 'is damaged: it is not valid JSON.');
  }
}

export async function loadAreas(base: string): Promise<LoadedData> {
  const { file, problems } = validateAreasFile(await fetchJson(`${base}${AREAS_URL}`), AREAS_URL);
  return { data: file, problems };
}

export async function loadTopology(base: string): Promise<Topology> {
  const json = await fetchJson(`${base}${GEOMETRY_URL}`);
  const lad = (json as { objects?: { lad?: { type?: string } } })?.objects?.lad;
  if ((json as { type?: string })?.type !== 'Topology' || lad?.type !== 'GeometryCollection') {
    throw new DataFileError(GEOMETRY_URL, 'is damaged: it has no “lad” boundaries.');
  }
  return json as Topology;
}

/** Areas as GeoJSON, plus the lines where neighbouring areas lie in different regions. */
export function toMapGeometry(topology: Topology, regionOf: ReadonlyMap<string, string>): MapGeometry {
  const object = topology.objects.lad as GeometryCollection<AreaProperties>;
  const areas = feature(topology, object) as FeatureCollection<Geometry, AreaProperties>;
  const regionBorders = mesh(topology, object, (a, b) => {
    const codeA = (a.properties as AreaProperties | undefined)?.code ?? '';
    const codeB = (b.properties as AreaProperties | undefined)?.code ?? '';
    return a !== b && regionOf.get(codeA) !== regionOf.get(codeB);
  }) as MultiLineString;
  return { areas, regionBorders };
}
