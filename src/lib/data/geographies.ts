// The geographies the map can draw, as data: each names its boundary tiles, the property in them that holds
// an area's code, the zooms at which it is drawn (and so cut into tiles) and the geography its areas sit in.
// The pipeline cuts tiles from this list and the map style reads it; neither names a geography itself.

import { UTLA_CODE } from './codes';
import type { GlossaryId } from '../glossary';

export type GeographyId = 'lad2020' | 'msoa2011' | 'utla2023';

export interface Geography {
  id: GeographyId;
  /** Its value of the URL's `geo` parameter. */
  param: string;
  /** Whether the district map can draw it under its borders (the `geo` parameter); false for one only its own view draws. */
  onMainMap: boolean;
  /** What one area is called, in running text. */
  singular: string;
  plural: string;
  /** Its statistical name for one area ("MSOA"; plural with an "s"), in brackets after the words above. */
  abbreviation?: string;
  /** The glossary entry that explains the abbreviation. */
  glossary?: GlossaryId;
  /** The year of its boundaries, said where its areas are counted ("MSOAs, 2011"). */
  vintage: string;
  /** Its boundaries' credit in the Sources list, licence and copyright line included. */
  boundaries: string;
  /** How many areas the build must produce: fewer or more is a pipeline error. */
  count: number;
  /** GSS code shape of an area. */
  codePattern: RegExp;
  /** The TileJSON, relative to the site root; its tile URLs are relative to it. */
  tileJson: string;
  /** The tile layer with one polygon per area. */
  sourceLayer: string;
  /** The only property of each polygon: the area's GSS code. */
  idProperty: 'code';
  /** The map draws this geography from `minZoom` on; tiles are cut from `minZoom` to `tileMaxZoom` and magnified beyond. */
  minZoom: number;
  tileMaxZoom: number;
  /**
   * Zooming in by hand past this shows these areas instead of their parent's (where the layer has a counterpart
   * here), and zooming back out below it shows the parent's again; null: shown only when asked for.
   */
  switchZoom: number | null;
  /** The geography each area lies wholly inside, or null for the top one. */
  parent: GeographyId | null;
  /** Its areas' own figures, relative to the site root, fetched only when shown; null where they are in areas.json. */
  figuresFile: string | null;
  /** Where the figures file's numbers come from, said under every list of them; null without a file. */
  figuresSource: string | null;
}

export const GEOGRAPHIES: Readonly<Record<GeographyId, Geography>> = {
  lad2020: {
    id: 'lad2020',
    param: 'lad',
    onMainMap: true,
    singular: 'district',
    plural: 'districts',
    count: 314,
    vintage: '2020',
    boundaries:
      'Boundaries: ONS local authority districts, December 2019, generalised (500 m), Buckinghamshire merged as in April 2020. Contains OS data © Crown copyright and database right 2019',
    codePattern: /^E0[6789]\d{6}$/,
    tileJson: 'geo/lad2020/tiles.json',
    sourceLayer: 'areas',
    idProperty: 'code',
    minZoom: 0,
    tileMaxZoom: 8,
    switchZoom: null,
    parent: null,
    figuresFile: null,
    figuresSource: null,
  },
  msoa2011: {
    id: 'msoa2011',
    param: 'msoa',
    onMainMap: true,
    singular: 'neighbourhood',
    plural: 'neighbourhoods',
    abbreviation: 'MSOA',
    glossary: 'msoa',
    count: 6791,
    vintage: '2011',
    boundaries:
      'Boundaries: ONS middle layer super output areas, 2011, generalised (20 m), clipped to the coastline. Contains OS data © Crown copyright and database right',
    codePattern: /^E02\d{6}$/,
    tileJson: 'geo/msoa2011/tiles.json',
    sourceLayer: 'msoa',
    idProperty: 'code',
    // England fills a 1280-pixel map at about zoom 5.5; from 6 a city's neighbourhoods are a few pixels wide.
    minZoom: 6,
    // At zoom 10 a tile unit is about 6 m, finer than the source's 9 m quantisation: deeper tiles add nothing.
    tileMaxZoom: 10,
    // At zoom 8 a town fills a hand's breadth of screen and its neighbourhoods are 10–20 pixels across.
    switchZoom: 8,
    parent: 'lad2020',
    figuresFile: 'data/msoa2011.json',
    figuresSource: "Healthy life expectancy by MSOA, ONS 2009–13; population mid-2019. Names are ONS's, from the 2011 districts.",
  },
  // The upper-tier authorities of 2023, the native geography of ONS's healthy life expectancy series: drawn
  // only by the gap view's change map, which reads their figures from hle-upper-tier.json. The 2020 districts
  // nest inside them, so they have no parent; the districts are not their children in this list either,
  // because the district map is the top of its own stack.
  utla2023: {
    id: 'utla2023',
    param: 'utla',
    onMainMap: false,
    singular: 'upper-tier area',
    plural: 'upper-tier areas',
    // 153 English counties, unitaries, metropolitan and London boroughs (City of London and the Isles of
    // Scilly among them, though ONS gives them no healthy life expectancy).
    count: 153,
    vintage: '2023',
    boundaries:
      "Boundaries: ONS counties and unitary authorities as in 2023, super-generalised (200 m), from ONS Data Visualisation's UK TopoJSON. Contains OS data © Crown copyright and database right 2023",
    codePattern: UTLA_CODE,
    tileJson: 'geo/utla2023/tiles.json',
    sourceLayer: 'utla',
    idProperty: 'code',
    // England fills a phone's change map at about zoom 4; the source is super-generalised (about 200 m), so
    // tiles deeper than 7 would add bytes and no detail.
    minZoom: 3,
    tileMaxZoom: 7,
    // Drawn only by the change map, never switched to by zooming the district map.
    switchZoom: null,
    parent: null,
    figuresFile: 'data/hle-upper-tier.json',
    figuresSource: null,
  },
};

/** The geographies below the districts, which the map shows on request (read from the list at each call). */
export function subGeographies(): Geography[] {
  return Object.values(GEOGRAPHIES).filter((g) => g.parent !== null);
}

/** The top of the district map's stack: the districts, whose areas everything else on that map lies inside. */
export function districtGeography(): Geography {
  const top = Object.values(GEOGRAPHIES).find((g) => g.onMainMap && g.parent === null);
  if (!top) throw new Error('the geography list has no top geography for the district map');
  return top;
}

/** The first geography in the list whose areas lie directly inside `id`'s, or undefined. */
export function childGeography(id: GeographyId): Geography | undefined {
  return Object.values(GEOGRAPHIES).find((g) => g.onMainMap && g.parent === id);
}

/** Whether the map shows areas below the districts (the `geo` parameter names one). */
export function showsSubAreas(shown: GeographyId): boolean {
  return GEOGRAPHIES[shown].parent !== null;
}

/**
 * The areas below the districts that the map, the district panel and search are about: those of the geography
 * shown when it is below the districts, else the districts' own children.
 */
export function subAreaGeography(shown: GeographyId): Geography | undefined {
  return showsSubAreas(shown) ? GEOGRAPHIES[shown] : childGeography(districtGeography().id);
}

/** The plural words, with the abbreviation in brackets where there is one: "neighbourhoods (MSOAs)". */
export function pluralWithAbbreviation(g: Geography): string {
  return g.abbreviation ? `${g.plural} (${g.abbreviation}s)` : g.plural;
}

/** The singular words, with the abbreviation in brackets where there is one: "neighbourhood (MSOA)". */
export function singularWithAbbreviation(g: Geography): string {
  return g.abbreviation ? `${g.singular} (${g.abbreviation})` : g.singular;
}

/** A geography's words at the start of a sentence or label. */
export function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The geography below the districts whose codes look like this one (GSS codes name their entity: E02 an MSOA). */
export function geographyOfCode(code: string): Geography | undefined {
  return subGeographies().find((g) => g.codePattern.test(code));
}

/** The Sources list's line for each geography's boundaries, in the list's order. */
export function boundaryCredits(): string[] {
  return Object.values(GEOGRAPHIES).map((g) => `${g.boundaries}. Source: Office for National Statistics licensed under the Open Government Licence v3.0.`);
}

/** The district map's geography a URL's `geo` value names, or undefined. */
export function geographyByParam(param: string): Geography | undefined {
  return Object.values(GEOGRAPHIES).find((g) => g.onMainMap && g.param === param);
}

/** Whether a geography is `ancestor` or lies inside it, by the list's parents. */
export function liesWithin(id: GeographyId, ancestor: GeographyId): boolean {
  for (let g: GeographyId | null = id; g !== null; g = GEOGRAPHIES[g].parent) if (g === ancestor) return true;
  return false;
}

export function isGeographyId(value: string): value is GeographyId {
  return Object.hasOwn(GEOGRAPHIES, value);
}
