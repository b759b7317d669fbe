// Adding a measure is one metadata file in the measure folder: here a made-up measure of two periods, with an
// ELS metadata file of its own, is added to the real ones the way a new file would be, and every surface that
// shows measures is read for exactly what it shows of it.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';

vi.mock('../indicators/measureFolder', async (importOriginal) => {
  const real = await importOriginal<typeof import('../indicators/measureFolder')>();
  const measure = (await import('./fixtures/fixture-smokers.json')).default;
  const els = (await import('./fixtures/smokers.metadata.json')).default;
  return {
    ...real,
    readMeasureFolder: () => {
      const folder = real.readMeasureFolder();
      return { ...folder, measures: { ...folder.measures, 'fixture-smokers.json': measure }, els: { ...folder.els, 'fixture/smokers.metadata.json': els } };
    },
  };
});

// After the mock, so that the catalogue every module reads is the one with the fixture in it.
const { default: LayerControl } = await import('../components/LayerControl.svelte');
const { default: Sources } = await import('../components/Sources.svelte');
const { indicatorScale } = await import('../indicators/scales');
const { buildTable, tableCsv } = await import('./table');
const { hoverText } = await import('./hoverText');
const { panelSections, rankTables } = await import('./areaSummary');
const { areaCsv } = await import('./areaCsv');
const { publisherLine, sourceGroups } = await import('../indicators/attribution');
const { code, makeFile } = await import('../indicators/testAreas');
const { csvColumns } = await import('../../../scripts/pipeline/csvOut');

const OLDER = 'fixture-smokers-2019-23';
const NEWER = 'fixture-smokers-2020-24';
const file = makeFile(
  Array.from({ length: 6 }, (_, i) => ({
    code: code(i + 1),
    name: `Area ${i + 1}`,
    figures: { [OLDER]: { value: 10 + i, status: 'official' }, [NEWER]: { value: 9 + 2 * i, lci: 8 + 2 * i, uci: 10 + 2 * i, status: 'official' } },
  })),
);
file.indicators[NEWER]!.england = { value: 11.5 };

/** The options of a select in server-rendered HTML: value, words, and whether it is the one chosen. */
function options(html: string): [string, string, boolean][] {
  return [...html.matchAll(/<option value="([^"]+)"( selected="")?>([^<]*)<\/option>/g)].map((m) => [m[1]!, m[3]!, m[2] !== undefined]);
}

function select(html: string, testId: string): string {
  const start = html.indexOf(`data-testid="${testId}"`);
  return html.slice(start, html.indexOf('</select>', start));
}

function optgroup(html: string, label: string): string {
  const start = html.indexOf(`<optgroup label="${label}">`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</optgroup>', start));
}

describe('a measure added as one metadata file', () => {
  it('is in the layer menu under its group, after every other measure, and its period control lists both periods, newest first', () => {
    const html = render(LayerControl, { props: { layer: NEWER, onChange: () => {} } }).body;
    const groups = [...select(html, 'layer-select').matchAll(/<optgroup label="([^"]+)">/g)].map((m) => m[1]);
    expect(groups.slice(-2)).toEqual(['Fixture measures', 'Analysis']);
    expect(options(optgroup(html, 'Fixture measures'))).toEqual([['fixture-smokers', 'Adults who smoke (fixture)', true]]);
    expect(options(select(html, 'period-select'))).toEqual([
      [NEWER, '2020–24', true],
      [OLDER, '2019–23', false],
    ]);
    const older = render(LayerControl, { props: { layer: OLDER, onChange: () => {} } }).body;
    expect(options(select(older, 'period-select')).map(([, words, chosen]) => [words, chosen])).toEqual([
      ['2020–24', false],
      ['2019–23', true],
    ]);
  });

  it('has a legend titled with its short label, in fifths, with the unit format and decimals the ELS metadata gives', () => {
    const scale = indicatorScale(file, NEWER);
    expect(scale.title).toBe('Smokers 2020–24');
    expect(scale.classes.map(({ label, colour, count }) => [label, colour, count])).toEqual([
      ['9.0% to under 11.0%', '#fef0d9', 1],
      ['11.0% to under 13.0%', '#fdcc8a', 1],
      ['13.0% to under 15.0%', '#fc8d59', 1],
      ['15.0% to under 17.0%', '#e34a33', 1],
      ['17.0% to 19.0%', '#b30000', 2],
    ]);
    expect(scale.england).toEqual({ label: 'England 11.5%', classIndex: 1 });
  });

  it('is a table column and the table CSV, ranked from the highest, credited', () => {
    const table = buildTable(file, NEWER, null);
    expect(table.valueHeading).toBe('Adults who smoke, 2020–24 (fixture)');
    expect(table.rows.map((row) => [row.name, row.value, row.rank])).toEqual([
      ['Area 1', '9.0%', 6],
      ['Area 2', '11.0%', 5],
      ['Area 3', '13.0%', 4],
      ['Area 4', '15.0%', 3],
      ['Area 5', '17.0%', 2],
      ['Area 6', '19.0%', 1],
    ]);
    const lines = tableCsv(table, NEWER, 'http://x/').split(/\r?\n/);
    expect(lines[0]).toBe('# Health Gap Map: Adults who smoke, 2020–24 (fixture)');
    expect(lines[1]).toBe('# Rank: 1 = highest of 6');
    expect(lines).toContain('# Source: Adult smoking (fixture): FSO, Fixture survey of adult smoking');
    const header = lines.findIndex((line) => line.startsWith('code,'));
    expect(lines.slice(header, header + 2)).toEqual(['code,name,region,"Adults who smoke, 2020–24 (fixture) (% of adults)",rank,luf_priority_category,note', 'E07000001,Area 1,North East,9,6,2,']);
  });

  it('has hover text and a column of areas.csv per period', () => {
    expect(hoverText(file, NEWER, code(1), null)).toContain('9.0%');
    expect(csvColumns(Object.values(file.indicators)).map(([name]) => name)).toEqual(expect.arrayContaining(['fixture_smokers_2019_23', 'fixture_smokers_2020_24']));
  });

  it('has a section of the area panel: its newest period, compared with England and ranked, and a chart of both periods', () => {
    const section = panelSections(file.areas[0]!, file, rankTables(file)).find((candidate) => candidate.group === 'Fixture measures');
    expect(section?.lines).toEqual([
      {
        id: NEWER,
        group: 'Fixture measures',
        label: 'Adults who smoke, 2020–24 (fixture)',
        value: '9.0%',
        comparison: '2.5 percentage points below England (11.5%)',
        rank: '6th highest of 6',
        interval: '95% confidence interval 8.0% to 10.0%',
        notes: [],
      },
    ]);
    expect(section?.trend?.label).toBe('Adults who smoke, 2019–23 to 2020–24 (fixture)');
    expect(section?.trend?.points.map((point) => [point.period, point.value])).toEqual([
      ['2019–23', 10],
      ['2020–24', 9],
    ]);
  });

  it('is two rows of the area CSV, one per period, with the unit from the ELS metadata and its citation', () => {
    const lines = areaCsv(file, file.areas[0]!, 'http://x/').split(/\r?\n/);
    expect(lines.slice(-3)).toEqual([
      '"Adults who smoke, 2019–23 (fixture)",2019–2023,10,% of adults,,,official,,"Adult smoking (fixture): FSO, Fixture survey of adult smoking"',
      '"Adults who smoke, 2020–24 (fixture)",2020–2024,9,% of adults,8,10,official,,"Adult smoking (fixture): FSO, Fixture survey of adult smoking"',
      '',
    ]);
  });

  it('is credited on the PNG’s source line and in the Sources list, with the publisher and date from the ELS metadata', () => {
    expect(publisherLine()).toBe('Sources: ONS, MHCLG, HM Treasury, DfT, DLUHC, OHID, FSO. Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2019.');
    expect(sourceGroups().at(-1)).toEqual({
      source: 'Fixture survey of adult smoking (source date 4 November 2025)',
      publisher: 'Fixture Statistics Office',
      indicators: ['Smokers 2019–23', 'Smokers 2020–24'],
      notes: 'A measure made up for tests: two periods, one ELS metadata file.',
      links: [{ text: 'Fixture publication page', url: 'https://www.fixture.gov.uk/smoking' }],
    });
    const html = render(Sources, {}).body;
    const items = [...html.matchAll(/<li data-testid="source-line">([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, '').trim());
    expect(items.at(-1)).toBe(
      'Smokers 2019–23; Smokers 2020–24: Fixture Statistics Office, Fixture survey of adult smoking (source date 4 November 2025). A measure made up for tests: two periods, one ELS metadata file. Fixture publication page',
    );
  });
});
