// Zooms made by hand (the + and − buttons, the keyboard, the wheel, a pinch, a double click), told apart from
// the camera's own flights: MapLibre passes the input event along with every move a person makes, and none with
// a move the code asks for. A wheel's move often ends without it (the end comes from a timer once the wheel
// stops), so a move counts as made by hand when any zoom step in it carried one.

type MoveListener = (event: { originalEvent?: unknown }) => void;

/** What this needs of MapLibre's map. */
export interface ZoomEvents {
  getZoom(): number;
  on(type: 'zoom' | 'moveend', listener: MoveListener): unknown;
  off(type: 'zoom' | 'moveend', listener: MoveListener): unknown;
}

/** Calls `onZoom(from, to)` at the end of each hand move that changed the zoom; returns the function that stops. */
export function watchHandZoom(map: ZoomEvents, onZoom: (from: number, to: number) => void): () => void {
  let last = map.getZoom();
  let byHand = false;
  const onStep: MoveListener = (event) => {
    if (event.originalEvent !== undefined) byHand = true;
  };
  const onEnd: MoveListener = (event) => {
    const now = map.getZoom();
    if ((byHand || event.originalEvent !== undefined) && now !== last) onZoom(last, now);
    byHand = false;
    last = now;
  };
  map.on('zoom', onStep);
  map.on('moveend', onEnd);
  return () => {
    map.off('zoom', onStep);
    map.off('moveend', onEnd);
  };
}
