// The districts and region borders for the SVG map (src/lib/map/canvasRenderer.ts), which paints before
// MapLibre has started. Projected here, at build time, exactly as MapLibre projects (src/lib/map/projection.ts),
// onto whole world pixels at SVG_ZOOM, and written as shared arcs (svgBoundaries.ts reads them back into path
// data): each border between two districts is written once, not once per side.
import type { Position } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiLineString, MultiPolygon, Polygon } from 'topojson-specification';
import type { SvgBoundaryFile } from '../../src/lib/map/svgBoundaries.ts';
import { worldX, worldY } from '../../src/lib/map/projection.ts';
import type { BoundaryLayers } from './layers.ts';

/**
 * One unit is a quarter of a pixel at zoom 5 (all of England on a laptop) and about a tenth on a phone
 * (about zoom 3.7), finer than anyone can see at a national view; a district's detail beyond that is what
 * MapLibre's tiles are for once it has started. Neighbours share their border arcs, and each point rounds
 * the same way wherever it appears, so rounding opens no gaps between them. An eighth of a pixel (zoom 8)
 * cost 2.7 KB more gzip, in the same arcs, for a difference no one can see at that scale (bench/NOTES.md).
 */
export const SVG_ZOOM = 7;

/** An arc's points on the grid, repeated points left out: [x0, y0, dx1, dy1, …] with x0, y0 absolute. */
function gridArc(points: readonly Position[]): number[] {
  const grid = points.map(([lng, lat]) => [Math.round(worldX(lng ?? 0, SVG_ZOOM)), Math.round(worldY(lat ?? 0, SVG_ZOOM))] as const);
  const kept = grid.filter((point, i) => i === 0 || point[0] !== grid[i - 1]![0] || point[1] !== grid[i - 1]![1]);
  return kept.flatMap((point, i) => (i === 0 ? [point[0], point[1]] : [point[0] - kept[i - 1]![0], point[1] - kept[i - 1]![1]]));
}

export function svgPaths(layers: BoundaryLayers): SvgBoundaryFile {
  // Neighbours share exact coordinates in the layers (they come from one topology), so the arcs found here
  // are the borders themselves, and the region borders reuse the districts' arcs.
  const topo = topology({ areas: layers.areas, regions: layers.regionBorders });
  const absolute = topo.arcs.map(gridArc);
  // Each arc's first point relative to the one before it: neighbouring arcs start close together.
  const arcs = absolute.map((arc, i) => (i === 0 ? arc : [arc[0]! - absolute[i - 1]![0]!, arc[1]! - absolute[i - 1]![1]!, ...arc.slice(2)]));
  const areaObject = topo.objects.areas as GeometryCollection<{ code: string }>;
  const areas = areaObject.geometries.map((geometry): [string, number[][][]] => {
    const shape = geometry as Polygon<{ code: string }> | MultiPolygon<{ code: string }>;
    return [shape.properties!.code, shape.type === 'Polygon' ? [shape.arcs] : shape.arcs];
  });
  const regions = (topo.objects.regions as MultiLineString).arcs;
  return { zoom: SVG_ZOOM, arcs, areas, regions };
}
