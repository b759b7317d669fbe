// Area search: partial, case-insensitive, ignoring punctuation and "&" versus "and", best matches first.
export interface Searchable {
  code: string;
  name: string;
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Names that start with the query come first, then word starts, then anywhere; ties alphabetical. */
export function searchAreas<T extends Searchable>(items: readonly T[], query: string, limit = 10): T[] {
  const q = normalise(query);
  if (q === '') return [];
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const name = normalise(item.name);
    let score = -1;
    if (name.startsWith(q)) score = 0;
    else if (name.includes(` ${q}`)) score = 1;
    else if (name.includes(q)) score = 2;
    else if (item.code.toLowerCase() === q.replace(/ /g, '')) score = 0;
    if (score >= 0) scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score || a.item.name.localeCompare(b.item.name));
  return scored.slice(0, limit).map(({ item }) => item);
}
