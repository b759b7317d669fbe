// Number formats in one place, so every panel, list and export says the same thing the same way.
const gbp = [0, 1, 2].map((places) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: places, maximumFractionDigits: places }));
const integer = new Intl.NumberFormat('en-GB');

export function years(value: number, places = 1): string {
  return `${value.toFixed(places)} years`;
}

export function signedYears(difference: number): string {
  const rounded = Number(difference.toFixed(1));
  if (rounded === 0) return 'the same as';
  return `${Math.abs(rounded).toFixed(1)} years ${rounded > 0 ? 'above' : 'below'}`;
}

export function pounds(value: number, places = 0): string {
  return (gbp[places] ?? gbp[0]!).format(value);
}

export function count(value: number): string {
  return integer.format(value);
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
