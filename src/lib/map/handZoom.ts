// Zooms made by hand (the + and − buttons, the keyboard, the wheel, a pinch, a double click), told apart from
// the camera's own flights: MapLibre passes the input event along with every move a person makes, and none with
// a move the code asks for.

/** What this needs of MapLibre's map. */
export interface ZoomEvents {
  getZoom(): number;
  on(type: 'moveend', listener: (event: { originalEvent?: unknown }) => void): unknown;
  off(type: 'moveend', listener: (event: { originalEvent?: unknown }) => void): unknown;
}

/** Calls `onZoom(from, to)` at the end of each hand move that changed the zoom; returns the function that stops. */
export function watchHandZoom(map: ZoomEvents, onZoom: (from: number, to: number) => void): () => void {
  let last = map.getZoom();
  const onEnd = (event: { originalEvent?: unknown }): void => {
    const now = map.getZoom();
    if (event.originalEvent !== undefined && now !== last) onZoom(last, now);
    last = now;
  };
  map.on('moveend', onEnd);
  return () => map.off('moveend', onEnd);
}
