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
  const [whole = '0', fraction = ''] = shortestDecimal(value).split('.');
  let digits = whole + fraction.padEnd(places, '0').slice(0, places);
  if ((fraction[places] ?? '0') >= '5') digits = addOneToDigits(digits);
  const wholeDigits = digits.slice(0, digits.length - places) || '0';
  const thousands = wholeDigits.replace(/\B(?=(\d{3})+$)/g, ',');
  return places > 0 ? `${thousands}.${digits.slice(-places).padStart(places, '0')}` : thousands;
}

/** The shortest decimal that reads back as the number, without an exponent. */
function shortestDecimal(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  // Below 1e-6 or from 1e21 up, JavaScript writes an exponent; no sum or count is that large, and that small rounds to 0.
  return value < 1 ? '0' : BigInt(Math.round(value)).toString();
}

function addOneToDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
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
