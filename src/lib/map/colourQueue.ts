// Colours handed to MapLibre as feature-state a slice at a time: what changed since the last painting, cut
// into slices that each go in with one frame, so that recolouring thousands of areas never holds the main
// thread in one long task.

export type AreaColours = ReadonlyMap<string, string | null>;

/** The areas whose colour in `colours` differs from what was painted, in `colours`' order (null: no figure). */
export function colourChanges(painted: AreaColours, colours: AreaColours): [code: string, colour: string | null][] {
  const changes: [string, string | null][] = [];
  for (const [code, colour] of colours) if (!painted.has(code) || painted.get(code) !== colour) changes.push([code, colour]);
  return changes;
}

/** The first `size` items of a queue, taken out of it (all of them when fewer are left). */
export function takeSlice<T>(queue: T[], size: number): T[] {
  if (!(size >= 1)) throw new Error(`a slice holds at least one item, not ${size}`);
  return queue.splice(0, Math.floor(size));
}
