import { describe, expect, it } from 'vitest';
import { deltaE, type Deficiency } from '../indicators/colourVision';
import { PALETTES } from '../indicators/catalogue';
import { CATEGORY_COLOURS, DIVERGENCE_PALETTE, NOT_RANKED_COLOUR } from './divergence';
import { WHAT_IF_PALETTE } from './mapLayer';
import { NO_DATA_FILL } from '../map/style';

const VISION: (Deficiency | null)[] = [null, 'protanopia', 'deuteranopia', 'tritanopia'];
// ΔE 10 and more reads as a clearly different colour at a glance; neighbours on a legend need that.
const DISTINCT = 10;

function smallestNeighbourGap(palette: readonly string[], vision: Deficiency | null): number {
  let smallest = Infinity;
  for (let i = 1; i < palette.length; i += 1) smallest = Math.min(smallest, deltaE(palette[i - 1]!, palette[i]!, vision));
  return smallest;
}

describe('palettes under colour-vision deficiencies', () => {
  it('reports white against black as a large difference and a colour against itself as none', () => {
    expect(deltaE('#ffffff', '#000000', null)).toBeCloseTo(100, 0);
    expect(deltaE('#d55e00', '#d55e00', 'deuteranopia')).toBe(0);
  });

  for (const vision of VISION) {
    const who = vision ?? 'typical vision';
    it(`keeps neighbouring classes of every sequential palette apart (${who})`, () => {
      for (const palette of Object.values(PALETTES)) expect(smallestNeighbourGap(palette, vision)).toBeGreaterThan(DISTINCT);
      expect(smallestNeighbourGap([CATEGORY_COLOURS[1], CATEGORY_COLOURS[2], CATEGORY_COLOURS[3]], vision)).toBeGreaterThan(DISTINCT);
    });

    it(`keeps the two kinds of divergence apart from each other and from agreement (${who})`, () => {
      const { 'need-not-priority': need, 'priority-not-need': priority, aligned } = DIVERGENCE_PALETTE;
      expect(deltaE(need, priority, vision)).toBeGreaterThan(2 * DISTINCT);
      expect(deltaE(need, aligned, vision)).toBeGreaterThan(2 * DISTINCT);
      expect(deltaE(priority, aligned, vision)).toBeGreaterThan(2 * DISTINCT);
    });
  }

  it('never uses the no-data fill for a class (the hatch is drawn over it)', () => {
    const classes = [...Object.values(PALETTES).flat(), ...Object.values(CATEGORY_COLOURS), ...Object.values(DIVERGENCE_PALETTE), ...Object.values(WHAT_IF_PALETTE)];
    expect(classes.map((c) => c.toLowerCase())).not.toContain(NO_DATA_FILL);
  });
});

describe('the what-if movers palette under colour-vision deficiencies', () => {
  for (const vision of VISION) {
    const who = vision ?? 'typical vision';
    it(`keeps every mover class apart from the others, the two kinds of move most of all (${who})`, () => {
      const { enters, leaves, 'stays-in': stays, 'stays-out': out } = WHAT_IF_PALETTE;
      expect(deltaE(enters, leaves, vision)).toBeGreaterThan(2 * DISTINCT);
      for (const mover of [enters, leaves]) for (const still of [stays, out]) expect(deltaE(mover, still, vision)).toBeGreaterThan(DISTINCT);
      expect(deltaE(stays, out, vision)).toBeGreaterThan(2 * DISTINCT);
    });

    it(`never looks like a divergence colour, so the two layers are not confused (${who})`, () => {
      // "Not ranked under this measure" means the same on both layers, so it is the one colour they share.
      const own = (palette: Record<string, string>) => Object.values(palette).filter((colour) => colour !== NOT_RANKED_COLOUR);
      for (const mover of own(WHAT_IF_PALETTE)) {
        for (const divergence of own(DIVERGENCE_PALETTE)) expect(deltaE(mover, divergence, vision)).toBeGreaterThan(DISTINCT);
      }
    });

    it(`keeps "not ranked" apart from every other class of both layers and from the no-data fill (${who})`, () => {
      const others = [...Object.values(WHAT_IF_PALETTE), ...Object.values(DIVERGENCE_PALETTE)].filter((colour) => colour !== NOT_RANKED_COLOUR);
      for (const colour of [...others, NO_DATA_FILL]) expect(deltaE(NOT_RANKED_COLOUR, colour, vision)).toBeGreaterThan(DISTINCT);
    });
  }
});
