// The map view a link can carry, and its limits: shared by the URL (state/url.ts) and the map (map/).

export interface View {
  zoom: number;
  lat: number;
  lng: number;
}

/** England fits the screen from about zoom 5; 3 leaves room to pull back, 14 is street level. */
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 14;
