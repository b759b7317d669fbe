import { describe, expect, it } from 'vitest';
import { catalogueFrom, elsDateInWords } from './catalogueFrom';

/** Every field an entry needs, for files that test something else. */
const FIELDS = {
  label: 'A measure',
  shortLabel: 'Measure',
  unit: 'years',
  period: '2020',
  format: 'years',
  decimals: 1,
  group: 'Group',
  source: 'A survey',
  links: [{ text: 'Page', url: 'https://www.example.gov.uk/page' }],
  publisher: 'Office for National Statistics',
  publisherShort: 'ONS',
  citation: 'A survey: ONS',
  licence: 'Open Government Licence v3.0',
  direction: 'higher-is-better',
  scale: { kind: 'quintiles', palette: 'health' },
  rankFrom: 'lowest',
  rankMeaning: '1 = lowest',
  healthMeasure: false,
  statusNotes: {},
  notes: 'Notes.',
  minimumCoverage: 300,
  plausible: [0, 100],
};

const single = (id: string, order: number, extra: object = {}) => ({ fields: FIELDS, releases: [{ order, periods: [{ id }], ...extra }] });
const ELS_SHARED = { prefix: null, suffix: '%', subText: null, decimalPlaces: 2, sourceDate: '04/11/2025', sourceURL: 'https://www.example.gov.uk/els', sourceOrg: 'Office for Health Improvement and Disparities' };
const ELS = {
  'ctx/many.metadata.json': { 'ess-beta-metadata': { shared: ELS_SHARED, 'Smokers': { label: 'Cigarette smokers', subtitle: 'Adults who smoke' } } },
  'ctx/one.metadata.json': { 'ess-beta-metadata': { ...ELS_SHARED, label: 'Deaths', suffix: null, subText: 'per 100,000 population' } },
};
const { unit: _unit, decimals: _decimals, publisher: _publisher, label: _label, ...WITHOUT_ELS_FIELDS } = FIELDS;

describe('catalogueFrom', () => {
  it('gives each period the measure’s fields, then its release’s, then its own, with its place in the measure', () => {
    const file = {
      measure: { id: 'm', label: 'Measure M', group: 'Menu group' },
      fields: { ...FIELDS, series: { key: 'm-series', label: 'M, 2019 to 2021' } },
      releases: [
        { order: 2, fields: { source: 'Second release' }, periods: [{ id: 'm-2021', periodKey: '2021', periodLabel: '2021 (new)', start: 2021, fields: { healthMeasure: true } }] },
        { order: 1, periods: [{ id: 'm-2019', periodKey: '2019', periodLabel: '2019', start: 2019, superseded: true }] },
      ],
    };
    const [first, second] = catalogueFrom({ 'm.json': file }, {});
    expect(first).toStrictEqual({ id: 'm-2019', ...FIELDS, series: { key: 'm-series', label: 'M, 2019 to 2021', period: '2019' }, measure: { id: 'm', label: 'Measure M', group: 'Menu group', periodKey: '2019', periodLabel: '2019', start: 2019, superseded: true } });
    expect(second).toStrictEqual({
      id: 'm-2021',
      ...FIELDS,
      source: 'Second release',
      healthMeasure: true,
      series: { key: 'm-series', label: 'M, 2019 to 2021', period: '2021 (new)' },
      measure: { id: 'm', label: 'Measure M', group: 'Menu group', periodKey: '2021', periodLabel: '2021 (new)', start: 2021 },
    });
  });

  it('lists releases of every file by their order, a release’s periods as written; a measure of one period has no measure block', () => {
    const period = (n: number) => ({ id: `b-${n}`, periodKey: String(n), periodLabel: String(n), start: n });
    const threePeriods = { measure: { id: 'b', label: 'B', group: 'G' }, fields: FIELDS, releases: [{ order: 3, periods: [period(2), period(3), period(1)] }] };
    const entries = catalogueFrom({ 'b.json': threePeriods, 'a.json': single('a', 2), 'c.json': single('c', 1) }, {});
    expect(entries.map((entry) => entry.id)).toEqual(['c', 'a', 'b-2', 'b-3', 'b-1']);
    expect('measure' in entries[0]!).toBe(false);
    expect('series' in entries[0]!).toBe(false);
  });

  it('takes label, unit, decimals and publisher from the ELS metadata, the file’s shared block under the indicator’s own, but those kept', () => {
    const file = { fields: WITHOUT_ELS_FIELDS, releases: [{ order: 1, els: { file: 'ctx/many.metadata.json', indicator: 'Smokers', keep: {} }, periods: [{ id: 's' }] }] };
    const [entry] = catalogueFrom({ 's.json': file }, ELS);
    expect([entry!.label, entry!.unit, entry!.decimals, entry!.publisher]).toEqual(['Cigarette smokers', '%', 2, 'Office for Health Improvement and Disparities']);
    const kept = { fields: { ...WITHOUT_ELS_FIELDS, label: 'Ours' }, releases: [{ order: 1, els: { file: 'ctx/many.metadata.json', indicator: 'Smokers', keep: { label: 'Ours says the period.' } }, periods: [{ id: 's' }] }] };
    expect(catalogueFrom({ 's.json': kept }, ELS)[0]!.label).toBe('Ours');
  });

  it('reads a file of one indicator without a key, prefers its subText for the unit, and writes its source date in words', () => {
    const file = { fields: { ...WITHOUT_ELS_FIELDS, source: 'Deaths (source date {sourceDate})' }, releases: [{ order: 1, els: { file: 'ctx/one.metadata.json' }, periods: [{ id: 'd' }] }] };
    const [entry] = catalogueFrom({ 'd.json': file }, ELS);
    expect([entry!.label, entry!.unit, entry!.source]).toEqual(['Deaths', 'per 100,000 population', 'Deaths (source date 4 November 2025)']);
  });

  it('writes ELS dates in words', () => {
    expect(elsDateInWords('04/11/2025')).toBe('4 November 2025');
    expect(elsDateInWords('16/04/2024')).toBe('16 April 2024');
    const months = Array.from({ length: 12 }, (_, i) => elsDateInWords(`01/${String(i + 1).padStart(2, '0')}/2021`).split(' ')[1]);
    expect(months).toEqual(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
  });

  describe('stops, naming the file and what is wrong, when', () => {
    const els = (extra: object = {}, fields: object = WITHOUT_ELS_FIELDS) => ({ fields, releases: [{ order: 1, els: { file: 'ctx/many.metadata.json', indicator: 'Smokers', ...extra }, periods: [{ id: 's' }] }] });
    const cases: [string, Record<string, unknown>, string][] = [
      ['a field ELS gives is written at the measure', { 's.json': els({}, { ...WITHOUT_ELS_FIELDS, decimals: 1 }) }, 's.json (s): decimals comes from the ELS metadata; remove it, or keep ours with a reason in els.keep'],
      [
        'a field ELS gives is written at the release',
        { 's.json': { fields: WITHOUT_ELS_FIELDS, releases: [{ order: 1, els: { file: 'ctx/many.metadata.json', indicator: 'Smokers' }, fields: { unit: '%' }, periods: [{ id: 's' }] }] } },
        's.json (s): unit comes from the ELS metadata; remove it, or keep ours with a reason in els.keep',
      ],
      [
        'a field ELS gives is written at the period',
        { 's.json': { fields: WITHOUT_ELS_FIELDS, releases: [{ order: 1, els: { file: 'ctx/many.metadata.json', indicator: 'Smokers' }, periods: [{ id: 's', fields: { publisher: 'Us' } }] }] } },
        's.json (s): publisher comes from the ELS metadata; remove it, or keep ours with a reason in els.keep',
      ],
      ['the ELS file is not loaded', { 's.json': els({ file: 'ctx/other.metadata.json' }) }, 's.json: names ELS metadata ctx/other.metadata.json, which is not loaded'],
      ['the ELS file has no such indicator', { 's.json': els({ indicator: 'Drinkers' }) }, 's.json: ctx/many.metadata.json has no indicator "Drinkers"'],
      ['ELS gives no unit and ours is not kept', { 'd.json': { fields: WITHOUT_ELS_FIELDS, releases: [{ order: 1, els: { file: 'ctx/bare.metadata.json' }, periods: [{ id: 'd' }] }] } }, 'd.json: ctx/bare.metadata.json gives no unit: keep ours (els.keep.unit)'],
      ['a file is not named after its measure', { 'x.json': single('a', 1) }, 'x.json: a measure\'s file is named after it: a.json'],
      ['several periods have no measure', { 'a.json': { fields: FIELDS, releases: [{ order: 1, periods: [{ id: 'a' }, { id: 'a-2' }] }] } }, 'a.json: a measure of several periods needs "measure" (its id, label and group)'],
      ['a period of a measure has no key', { 'm.json': { measure: { id: 'm', label: 'M', group: 'G' }, fields: FIELDS, releases: [{ order: 1, periods: [{ id: 'm-1', periodLabel: '1', start: 1 }] }] } }, 'm.json (m-1): each period of a measure needs periodKey, periodLabel and start'],
      ['a period of a measure has no label', { 'm.json': { measure: { id: 'm', label: 'M', group: 'G' }, fields: FIELDS, releases: [{ order: 1, periods: [{ id: 'm-1', periodKey: '1', start: 1 }] }] } }, 'm.json (m-1): each period of a measure needs periodKey, periodLabel and start'],
      ['a period of a measure has no start', { 'm.json': { measure: { id: 'm', label: 'M', group: 'G' }, fields: FIELDS, releases: [{ order: 1, periods: [{ id: 'm-1', periodKey: '1', periodLabel: '1' }] }] } }, 'm.json (m-1): each period of a measure needs periodKey, periodLabel and start'],
      [
        'a period is listed twice',
        { 'm.json': { measure: { id: 'm', label: 'M', group: 'G' }, fields: FIELDS, releases: [{ order: 1, periods: [{ id: 'm-1', periodKey: '1', periodLabel: '1', start: 1 }, { id: 'm-2', periodKey: '1', periodLabel: '1', start: 1 }] }] } },
        'm.json (m-2): period 1 is listed twice',
      ],
      ...(['periodKey', 'periodLabel', 'start', 'superseded'] as const).map((key): [string, Record<string, unknown>, string] => [
        `a measure of one period gives its period a ${key}`,
        { 'a.json': { fields: FIELDS, releases: [{ order: 1, periods: [{ id: 'a', [key]: key === 'start' ? 1 : key === 'superseded' ? false : 'x' }] }] } },
        'a.json (a): a period key, label, start or superseded belongs to a measure of several periods ("measure")',
      ]),
      ['an indicator is in two files', { 'a.json': single('a', 1), 'b.json': { measure: { id: 'b', label: 'B', group: 'G' }, fields: FIELDS, releases: [{ order: 2, periods: [{ id: 'a', periodKey: '1', periodLabel: '1', start: 1 }] }] } }, 'indicator a is listed twice'],
      ['two measures share a release order', { 'a.json': single('a', 1), 'b.json': single('b', 1) }, 'release order 1 is used by both a and b'],
      ['a source names an ELS date without ELS metadata', { 'a.json': { fields: { ...FIELDS, source: 'S ({sourceDate})' }, releases: [{ order: 1, periods: [{ id: 'a' }] }] } }, 'a.json (a): {sourceDate} needs an ELS metadata file'],
      ['a measure of one period has a series', { 'a.json': { fields: { ...FIELDS, series: { key: 'k', label: 'L' } }, releases: [{ order: 1, periods: [{ id: 'a' }] }] } }, 'a.json (a): a series needs the measure\'s periods'],
      ['an entry lacks a field', { 'a.json': { fields: { ...FIELDS, notes: undefined }, releases: [{ order: 1, periods: [{ id: 'a' }] }] } }, 'a.json (a): notes: Invalid type: Expected string but received undefined'],
      ['an entry has no source', { 'a.json': { fields: { ...FIELDS, source: undefined }, releases: [{ order: 1, periods: [{ id: 'a' }] }] } }, 'a.json (a): source: Invalid key: Expected "source" but received undefined'],
      ['an entry has two fields wrong', { 'a.json': { fields: { ...FIELDS, notes: 1, decimals: -1 }, releases: [{ order: 1, periods: [{ id: 'a' }] }] } }, 'a.json: fields.decimals: Invalid value: Expected >=0 but received -1; fields.notes: Invalid type: Expected string but received 1'],
      ['a measure file is not an object', { 'a.json': null }, 'a.json: Invalid type: Expected Object but received null'],
      ['an ELS indicator lacks a field', { 's.json': els({ file: 'ctx/broken.metadata.json' }) }, 'ctx/broken.metadata.json (Smokers): sourceOrg: Invalid type: Expected string but received undefined'],
      ['a file has a field the schema does not know', { 'a.json': { fields: { ...FIELDS, colour: 'red' }, releases: [{ order: 1, periods: [{ id: 'a' }] }] } }, 'a.json: fields.colour: Invalid key: Expected never but received "colour"'],
    ];
    it.each(cases)('%s', (_, files, message) => {
      const broken = { 'ess-beta-metadata': { shared: { ...ELS_SHARED, sourceOrg: undefined }, Smokers: { label: 'Smokers' } } };
      const bare = { 'ess-beta-metadata': { ...ELS_SHARED, label: 'Bare', suffix: null, subText: null } };
      expect(() => catalogueFrom(files, { ...ELS, 'ctx/bare.metadata.json': bare, 'ctx/broken.metadata.json': broken })).toThrow(new Error(message));
    });
  });

  it('reads an ELS block that is not an object as no indicator, and an ELS file of another shape as an error naming it', () => {
    const file = { fields: WITHOUT_ELS_FIELDS, releases: [{ order: 1, els: { file: 'ctx/odd.metadata.json', indicator: 'Smokers' }, periods: [{ id: 's' }] }] };
    expect(() => catalogueFrom({ 's.json': file }, { 'ctx/odd.metadata.json': { 'ess-beta-metadata': { Smokers: null } } })).toThrow(new Error('s.json: ctx/odd.metadata.json has no indicator "Smokers"'));
    expect(() => catalogueFrom({ 's.json': file }, { 'ctx/odd.metadata.json': { metadata: {} } })).toThrow(new Error('ctx/odd.metadata.json: ess-beta-metadata: Invalid key: Expected "ess-beta-metadata" but received undefined'));
  });
});
