import { BOUNDARY_SVG, BOUNDARY_TILEJSON } from '../../src/lib/map/boundaries.ts';
import { MEASURE_FILES } from './measureFiles.ts';
import { UPPER_TIER_HLE_PATH } from '../../src/lib/data/upperTierHle.ts';
import type { Geography } from '../../src/lib/data/geographies.ts';
import { BUILD_PATH, FIRST_VIEW_PATH, MEASURES_DIR } from '../../src/lib/data/dataFiles.ts';

// Every raw file the pipeline reads, relative to the raw-data folder. ensure-data uses this same list to
// decide whether the outputs are stale, so a new input added here is automatically watched.
export const RAW_FILES = {
  ladLookup: 'boundaries/lookup_lad_utla_rgn_england_2018_2023_derived.csv',
  ladBoundaries: 'boundaries/lad2020_buc_uk_derived.geojson',
  luf: 'funds/luf_r1_2021_priority_categories.csv',
  townsFund: 'funds/towns_fund_places_2023_template.csv',
  imdDistricts: 'imd/imd2019_file10_lad_summaries_IMD.csv',
  imdUpperTier: 'imd/imd2019_file11_utla_summaries_IMD.csv',
  hle2009Utla: 'hle/hle2009_13_utla_ons2015.csv',
  hle2009Msoa: 'hle/hle2009_13_msoa_ons2015.csv',
  hle2009Region: 'hle/hle2009_13_region_ons2015.csv',
  hle2018Utla: 'hle/hle2018_20_utla_ons_subnational_indicators.csv',
  msoaLookup: 'lookups/msoa11_lad_lookup_england_tidy.csv',
  postcodes: 'lookups/postcode/postcode_district_to_lad2020.csv',
  similarAllocation: 'similar_areas/cluster-allocation.csv',
  similarDescriptions: 'similar_areas/cluster-descriptions.json',
  similarGlobal: 'similar_areas/global-neighbours.csv',
  similarEconomic: 'similar_areas/economic-neighbours.csv',
  similarDemographic: 'similar_areas/demographic-neighbours.csv',
  msoaBoundaries: 'boundaries/msoa2011/msoa2011_england_bgc.topo.json',
  /** ONS's UK TopoJSON 2014–2025: its `utla` object gives the upper-tier areas of 2023 (upperTier.ts). */
  utlaBoundaries: 'boundaries/ons_uk_topo_2014_2025_bsc.json',
  ...MEASURE_FILES,
} as const;

/** Output files, relative to the output root (static/ in the repository). */
export const OUTPUT_FILES = {
  /** The first view's figures; the other periods and measures are in measuresDir, one file per measure (writer.ts). */
  areasJson: FIRST_VIEW_PATH,
  measuresDir: MEASURES_DIR,
  buildJson: BUILD_PATH,
  /** ONS's clusters and similar areas on the 2020 districts (similarAreas.ts), loaded when first shown. */
  similarJson: 'data/similar.json',
  areasCsv: 'data/areas.csv',
  indicatorsJson: 'data/indicators.json',
  /** Postcode district → districts, for the search box (src/lib/postcode.ts). */
  postcodes: 'data/postcodes.json',
  hleUpperTier: UPPER_TIER_HLE_PATH,
  topology: 'geo/lad2020.topo.json',
  /** The vector tile pyramid (replaced as a whole) and its TileJSON, which the map reads. */
  tileDir: BOUNDARY_TILEJSON.slice(0, BOUNDARY_TILEJSON.lastIndexOf('/')),
  tileJson: BOUNDARY_TILEJSON,
  /** The districts as SVG paths, for the map drawn before MapLibre starts (svgPaths.ts). */
  svgBoundaries: BOUNDARY_SVG,
} as const;

/**
 * Where a geography's own outputs go, from its entry in the list: its TileJSON, the folder of its tile pyramid
 * (replaced as a whole), and its figures file, fetched only when a view shows its areas.
 */
export function geographyPaths(g: Geography): { tileJson: string; tileDir: string; figures: string | null } {
  return { tileJson: g.tileJson, tileDir: g.tileJson.slice(0, g.tileJson.lastIndexOf('/')), figures: g.figuresFile };
}
