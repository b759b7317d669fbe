// How a palette looks to people with the common colour-vision deficiencies, so a test can check that
// neighbouring classes stay apart. Simulation: Machado, Oliveira and Fernandes (2009), full severity,
// applied in linear RGB; distance: CIE 1976 ΔE in CIELAB (D65).
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = [[number, number, number], [number, number, number], [number, number, number]];

const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

type Rgb = [number, number, number];

function linearRgb(hex: string): Rgb {
  const value = parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(16), channel(8), channel(0)];
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

export function simulate(hex: string, deficiency: Deficiency | null): Rgb {
  const rgb = linearRgb(hex);
  if (!deficiency) return rgb;
  const m = MACHADO_2009[deficiency];
  return m.map((row) => clamp01(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as seen with `deficiency` (null = typical vision). */
export function deltaE(a: string, b: string, deficiency: Deficiency | null): number {
  const [l1, a1, b1] = lab(simulate(a, deficiency));
  const [l2, a2, b2] = lab(simulate(b, deficiency));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
