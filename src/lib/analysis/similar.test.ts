import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import { isIndicatorId } from '../indicators/catalogue';
import type { SimilarFile } from '../data/similar';
import { KEY_FIGURES, keyComparison, similarRows, similarSummary } from './similar';

const list = (cluster: 'A' | 'B' | null, ranks: string[], skipped = 0) => ({ cluster, ranks, skipped });
const kinds = (global: ReturnType<typeof list>) => ({ global, economic: list('A', []), demographic: list('A', []) });
const paragraphs = { A: 'Remote, rural.', B: 'Largely urban, many coastal towns.', C: 'Commuter belt.', D: 'London.' };

// Blackpool (1) with Hull (2) and a successor (9) standing for two districts (3, 4) of a county (E10000017);
// Kettering (5) merged into the successor; Scilly (6) not clustered.
const similar: SimilarFile = {
  descriptions: { global: paragraphs, economic: paragraphs, demographic: paragraphs },
  successors: { E06000061: { name: 'North Northamptonshire', districts: [code(3), code(4)] } },
  areas: {
    [code(1)]: { listOf: null, kinds: kinds(list('B', [code(2), 'E06000061'], 1)) },
    [code(5)]: { listOf: 'E06000061', kinds: kinds(list('B', [code(1)], 3)) },
    [code(6)]: { listOf: null, kinds: kinds(list(null, [])) },
  },
};

const county = (value: number) => ({ value, status: 'county' as const, measuredFor: 'E10000017' });
const file = makeFile([
  { code: code(1), name: 'Blackpool', figures: { 'hle-male-2022-24': { value: 53.4, status: 'official' } } },
  { code: code(2), name: 'Kingston upon Hull', figures: { 'hle-male-2022-24': { value: 57.1, status: 'official' } } },
  { code: code(3), name: 'Corby', figures: { 'hle-male-2022-24': county(60.3) } },
  { code: code(4), name: 'Kettering', figures: { 'hle-male-2022-24': county(60.3) } },
  { code: code(5), name: 'Wellingborough', figures: { 'hle-male-2022-24': county(60.3) } },
  { code: code(6), name: 'Isles of Scilly', figures: { 'hle-male-2022-24': { value: null, status: 'missing-at-source' } } },
]);
file.places = { E10000017: 'Northamptonshire' };

describe('similar areas', () => {
  it('names only catalogue indicators as key figures', () => {
    expect(KEY_FIGURES.filter(({ id }) => !isIndicatorId(id))).toEqual([]);
  });

  it('says which cluster the area is in, with ONS’s words, and how many neighbours are outside England', () => {
    const summary = similarSummary(similar, file, code(1), 'global');
    expect(summary.clusterLine).toBe('ONS puts Blackpool in its global cluster B.');
    expect(summary.description).toBe('Largely urban, many coastal towns.');
    expect(summary.listNote).toBeNull();
    expect(summary.skippedNote).toBe("1 of ONS's 20 most similar is in Wales, Scotland or Northern Ireland, not on this map.");
  });

  it('lists a successor neighbour as every district it stands for, at one rank, with their figures marked', () => {
    expect(similarRows(similar, file, code(1), 'global').map((row) => [row.rank, row.name, row.via, row.cells[0]])).toEqual([
      [1, 'Kingston upon Hull', null, { id: 'hle-male-2022-24', value: '57.1', of: null }],
      [2, 'Corby', 'North Northamptonshire', { id: 'hle-male-2022-24', value: '60.3', of: "Northamptonshire's" }],
      [2, 'Kettering', 'North Northamptonshire', { id: 'hle-male-2022-24', value: '60.3', of: "Northamptonshire's" }],
    ]);
  });

  it('compares with the average of the similar places, counting a shared county figure once', () => {
    expect(keyComparison(file, code(1), [code(2), code(3), code(4)], 'hle-male-2022-24')).toEqual({
      id: 'hle-male-2022-24',
      label: 'HLE males 2022–24 (ONS 2026)',
      value: '53.4 years',
      mark: null,
      // (57.1 + 60.3) / 2 = 58.7
      comparison: "5.3 years below the similar areas' average (58.7)",
      basis: "The average of 2 places' figures, 1 of them a county's or successor's.",
    });
  });

  it('marks a county figure as not the district’s own and leaves its own county out of the average', () => {
    const result = keyComparison(file, code(5), [code(1), code(3)], 'hle-male-2022-24');
    expect(result.mark).toBe("Northamptonshire's figure, not Wellingborough's own");
    expect(result.comparison).toBe("6.9 years above the similar areas' average (53.4)");
    expect(result.basis).toBe("The average of 1 place's figure.");
  });

  it('says a merged district uses its successor’s list', () => {
    const summary = similarSummary(similar, file, code(5), 'global');
    expect(summary.clusterLine).toBe('ONS puts North Northamptonshire, which replaced Wellingborough, in its global cluster B.');
    expect(summary.listNote).toBe("Wellingborough has no list of its own: these are North Northamptonshire's most similar areas.");
    expect(summary.skippedNote).toBe("3 of ONS's 20 most similar are in Wales, Scotland or Northern Ireland, not on this map.");
  });

  it('says when ONS left the area out of a kind’s clusters, and lists nothing', () => {
    const summary = similarSummary(similar, file, code(6), 'global');
    expect(summary.clusterLine).toBe('ONS does not place Isles of Scilly in any global cluster, so it lists no similar areas of this kind.');
    expect(summary.rows).toEqual([]);
  });

  it('gives the average alone where the area has no figure, and says so where no similar area has one', () => {
    expect(keyComparison(file, code(6), [code(1)], 'hle-male-2022-24')).toMatchObject({ value: 'No data', comparison: "The similar areas' average is 53.4." });
    expect(keyComparison(file, code(1), [code(6)], 'hle-male-2022-24')).toMatchObject({ comparison: null, basis: 'No similar area has a figure.' });
  });
});
