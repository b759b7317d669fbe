// Number formats in one place, so every panel, list and export says the same thing the same way.

export function pounds(value: number, places = 0): string {
  return value.toLocaleString('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: places, maximumFractionDigits: places });
}

export function count(value: number): string {
  return value.toLocaleString('en-GB');
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
