// Number formats in one place, so every panel, list and export says the same thing the same way.

// Sums and counts are written out here rather than asked of Intl (toLocaleString): the first number format
// a page asks Intl for costs a phone a long pause, and the panels need dozens as they first render. Both
// round half away from zero on the number as JavaScript writes it, and group thousands, as en-GB does.

/** "£1,234" or, with places, "£1,234.50"; a loss "-£5". */
export function pounds(value: number, places = 0): string {
  // Never a sum: shown as a figure nobody has, not as "£NaN".
  if (!Number.isFinite(value)) return '—';
  return `${signOf(value)}£${grouped(Math.abs(value), places)}`;
}

/** A whole number with thousands separators: "12,345". */
export function count(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return `${signOf(value)}${grouped(Math.abs(value), 0)}`;
}

function signOf(value: number): string {
  return value < 0 || Object.is(value, -0) ? '-' : '';
}

/** A number of at least 0, rounded to `places` and grouped in thousands: "1,234.50". */
function grouped(value: number, places: number): string {
  const text = shortestDecimal(value);
  const point = text.indexOf('.');
  const [whole, fraction] = point < 0 ? [text, ''] : [text.slice(0, point), text.slice(point + 1)];
  const kept = BigInt(whole + fraction.padEnd(places, '0').slice(0, places));
  const rounded = (fraction.charAt(places) >= '5' ? kept + 1n : kept).toString().padStart(places + 1, '0');
  const thousands = rounded.slice(0, rounded.length - places).replace(/\B(?=(\d{3})+$)/g, ',');
  return places > 0 ? `${thousands}.${rounded.slice(-places)}` : thousands;
}

/** The shortest decimal that reads back as the number, without an exponent (which JavaScript writes below 1e-6 and from 1e21 up). */
function shortestDecimal(value: number): string {
  const text = String(value);
  return text.includes('e') ? BigInt(Math.round(value)).toString() : text;
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Pounds in three significant figures, for a narrow column: "£19.2m", "£850k", "£1.59bn", "£0". */
export function poundsShort(value: number): string {
  const steps = [
    [1e9, 'bn'],
    [1e6, 'm'],
    [1e3, 'k'],
  ] as const;
  for (const [size, suffix] of steps) {
    if (Math.abs(value) >= size) return `£${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return pounds(value);
}

/** A label inside a sentence: "Healthy life expectancy…" becomes "healthy life expectancy…"; "ONS Health Index" stays. */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? `${label[0]!.toLowerCase()}${label.slice(1)}` : label;
}

/** A name as part of a file name: "Kingston upon Hull, City of" becomes "kingston-upon-hull-city-of", "2009–13" "2009-13". */
export function fileSlug(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
