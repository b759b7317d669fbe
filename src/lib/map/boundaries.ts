// Names shared by the data pipeline, which cuts the boundaries into vector tiles (scripts/pipeline/tiles.ts),
// and the map, which draws them: a change on one side must be a change on both.
import { GEOGRAPHIES } from '../data/geographies';

/** The tile set's TileJSON, relative to the site root; its tile URLs are relative to it. */
export const BOUNDARY_TILEJSON = GEOGRAPHIES.lad2020.tileJson;

/** The districts as SVG path data (src/lib/map/svgBoundaries.ts), relative to the site root. */
export const BOUNDARY_SVG = 'geo/lad2020.svg.json';

/** Layer in every tile with one polygon per district; its only property is `code` (LAD 2020 GSS code). */
export const AREA_LAYER = GEOGRAPHIES.lad2020.sourceLayer;

/** Layer in every tile with the lines where neighbouring districts lie in different regions. */
export const REGION_LAYER = 'regions';
