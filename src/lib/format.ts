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
