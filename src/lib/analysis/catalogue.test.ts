// Every catalogue entry reaches every surface that shows indicators: adding an entry is enough.
import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../indicators/catalogue';
import { LAYERS } from '../indicators/layers';
import { indicatorScale } from '../indicators/scales';
import { publisherLine, sourceGroups, sourceLines } from '../indicators/attribution';
import { areaCsv } from './areaCsv';
import { code, makeFile } from '../indicators/testAreas';
import { buildTable, tableCsv } from './table';
import { hoverText } from './hoverText';
import { rankTables, summarise } from './areaSummary';
import { divergenceCsv } from './divergenceText';
import { classify, DEFAULT_DEFINITION, HEALTH_CHOICES } from './divergence';
import { csvColumns } from '../../../scripts/pipeline/csvOut';

const file = makeFile(Array.from({ length: 6 }, (_, i) => ({ code: code(i + 1), name: `Area ${i + 1}`, hleMale: 58 + i, imdRank: i + 1, luf: ((i % 3) + 1) as 1 | 2 | 3 })));
// Computed once, but inside the run rather than while the tests are collected: a module that throws here
// fails these tests instead of leaving the file without any (which Stryker would count as a survivor).
let divergence: ReturnType<typeof classify>;
let summary: ReturnType<typeof summarise>;
beforeAll(() => {
  divergence = classify(file, DEFAULT_DEFINITION);
  summary = summarise(file.areas[0]!, file, rankTables(file));
});

describe.each(INDICATORS.map((entry) => [entry.id, entry] as const))('catalogue entry %s', (id, entry) => {
  it('is a layer in its group', () => {
    expect(LAYERS.find((layer) => layer.id === id)).toEqual({ id, label: entry.label, shortLabel: entry.shortLabel, group: entry.group });
  });

  it('colours the map and the legend from one scale, every area in a class', () => {
    const scale = indicatorScale(file, id);
    expect(scale.title).toBe(entry.shortLabel);
    expect(scale.classes.reduce((sum, cls) => sum + cls.count, 0) + scale.noDataCount).toBe(file.areas.length);
    expect(scale.noDataCount).toBe(0);
  });

  it('has a table column with a value for every area, and goes into the table CSV', () => {
    const table = buildTable(file, id, null);
    expect(table.valueHeading).toContain(entry.label);
    expect(table.rows.every((row) => row.value !== 'No data' && row.value !== '')).toBe(true);
    expect(tableCsv(table, id, 'http://x/')).toContain(entry.label);
  });

  it('has hover text', () => {
    expect(hoverText(file, id, code(1), null)).not.toMatch(/^(No data|Missing)/);
  });

  it('has a line in the area panel', () => {
    expect(summary.find((line) => line.id === id)).toMatchObject({ label: entry.label, group: entry.group });
  });

  it('is credited in the CSV headers, on the PNG and in the Sources list', () => {
    expect(sourceLines()).toContain(entry.citation);
    expect(divergenceCsv(file, divergence, 'http://x/')).toContain(entry.citation.replace(/"/g, '""'));
    for (const publisher of entry.publisherShort.split(', ')) expect(publisherLine()).toContain(publisher);
    expect(sourceGroups().find((group) => group.source === entry.source)?.indicators).toContain(entry.shortLabel);
  });

  it('links its source’s publication page from the Sources list, over https', () => {
    expect(entry.links.length).toBeGreaterThan(0);
    for (const link of entry.links) {
      expect(link.url).toMatch(/^https:\/\/[a-z.]+\.(gov\.uk|com)\//);
      expect(sourceGroups().find((group) => group.source === entry.source)?.links).toContainEqual(link);
    }
  });

  it('is a row of the area CSV, with its period', () => {
    expect(areaCsv(file, file.areas[0]!, 'http://x/')).toContain(`,${entry.period},`);
  });

  it('is a column of areas.csv', () => {
    expect(csvColumns(Object.values(file.indicators)).map(([name]) => name)).toContain(id.replace(/-/g, '_'));
  });

  it('is offered as a health measure exactly when the catalogue says so', () => {
    expect(HEALTH_CHOICES.includes(id)).toBe(entry.healthMeasure);
  });
});
