// The districts and region borders as SVG path data for the SVG map (src/lib/map/svgRenderer.ts), which
// paints before MapLibre has started. Projected here, at build time, exactly as MapLibre projects
// (src/lib/map/projection.ts), onto whole world pixels at SVG_ZOOM: the page only sets a viewBox.
import type { Position } from 'geojson';
import type { SvgBoundaries } from '../../src/lib/map/svgBoundaries.ts';
import { worldX, worldY } from '../../src/lib/map/projection.ts';
import type { BoundaryLayers } from './layers.ts';

/**
 * One unit is an eighth of a pixel at zoom 5 (all of England on a laptop) and a sixteenth on a phone
 * (about zoom 4.9), finer than anyone can see at a national view; a district's detail beyond that is
 * what MapLibre's tiles are for once it has started. Neighbours share their border points in the source,
 * and each point rounds the same way wherever it appears, so rounding opens no gaps between them.
 */
export const SVG_ZOOM = 8;

/** A ring or line as path data: an absolute move, then relative lines, repeated points left out. */
function pathOf(points: readonly Position[], close: boolean): string {
  const grid = points.map(([lng, lat]) => [Math.round(worldX(lng ?? 0, SVG_ZOOM)), Math.round(worldY(lat ?? 0, SVG_ZOOM))] as const);
  const kept = grid.filter((point, i) => i === 0 || point[0] !== grid[i - 1]![0] || point[1] !== grid[i - 1]![1]);
  // A closed ring repeats its first point last; `z` closes it instead.
  if (close && kept.length > 1 && kept[0]![0] === kept.at(-1)![0] && kept[0]![1] === kept.at(-1)![1]) kept.pop();
  if (kept.length < (close ? 3 : 2)) return '';
  const [first, ...rest] = kept;
  const steps = rest.map((point, i) => `${point[0] - kept[i]![0]} ${point[1] - kept[i]![1]}`);
  const d = `M${first![0]} ${first![1]}${steps.length > 0 ? `l${steps.join(' ')}` : ''}`;
  return close ? `${d}z` : d;
}

export function svgPaths(layers: BoundaryLayers): SvgBoundaries {
  const areas = layers.areas.features.map((area): [string, string] => {
    const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
    return [area.properties.code, polygons.flatMap((rings) => rings.map((ring) => pathOf(ring, true))).join('')];
  });
  const lines = layers.regionBorders.geometry.coordinates;
  return { zoom: SVG_ZOOM, areas, regions: lines.map((line) => pathOf(line, false)).join('') };
}
