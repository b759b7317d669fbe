import { describe, expect, it } from 'vitest';
import { INDICATORS } from './catalogue';
import { buildMeasures, linkNameOf, lookUpMeasure, measureById, MEASURE_GROUPS, MEASURES, periodKeyOf, periodOnSwitch, placeOf } from './measures';
import { DEFAULT_STATE, parseUrl, serialiseUrl } from '../state/url';
import { LAYERS } from './layers';

describe('measures and periods', () => {
  it('lists 24 measures in place of 74 indicators, each indicator one period of exactly one', () => {
    expect(INDICATORS).toHaveLength(74);
    expect(MEASURES).toHaveLength(24);
    expect(MEASURES.flatMap((measure) => measure.periods.map((period) => period.indicator)).sort()).toEqual(INDICATORS.map((entry) => entry.id).sort());
  });

  it('orders a measure’s periods newest first, the superseded 2018–20 after the re-estimate of the same years', () => {
    const hle = measureById('hle-male')!;
    expect(hle.label).toBe('Healthy life expectancy at birth, males');
    expect(hle.periods.map((period) => period.key)).toEqual([
      '2022-24', '2021-23', '2020-22', '2019-21', '2018-20', '2018-20-first-published', '2017-19', '2016-18', '2015-17', '2014-16', '2013-15', '2012-14', '2011-13', '2009-13',
    ]);
    expect(hle.periods[0]!.indicator).toBe('hle-male-2022-24');
    expect(hle.periods.at(-1)!.label).toBe('2009–13 (census-based, with estimates for shire districts)');
    expect(measureById('health-index')!.periods.map((period) => period.indicator)).toEqual([
      'health-index-2021', 'health-index-2020', 'health-index-2019', 'health-index-2018', 'health-index-2017', 'health-index-2016', 'health-index-2015',
    ]);
  });

  it('keeps a single-period indicator as its own measure, under its own group', () => {
    expect(placeOf('imd')).toEqual({ measure: expect.objectContaining({ id: 'imd', group: 'Deprivation and funding' }), period: expect.objectContaining({ key: 'iod2019', indicator: 'imd' }) });
    expect(MEASURE_GROUPS).toEqual(['Healthy life expectancy', 'Deprivation and funding', 'Levelling Up Fund awards', 'Population', 'Gap inside the district', 'Context', 'ONS Health Index']);
  });

  it('writes period keys a link can hold', () => {
    expect(periodKeyOf('October 2021 and January 2023')).toBe('october-2021-and-january-2023');
    expect(periodKeyOf('2020–2022 (mean of three years)')).toBe('2020-2022-mean-of-three-years');
  });

  it('keeps the years when the measure changes, where the new measure has them', () => {
    expect(periodOnSwitch(measureById('hle-female')!, 'hle-male-2015-17').indicator).toBe('hle-female-2015-17');
    expect(periodOnSwitch(measureById('health-index')!, 'hle-male-2015-17').indicator).toBe('health-index-2021');
    expect(periodOnSwitch(measureById('imd')!, null).indicator).toBe('imd');
  });

  it('reads a measure with or without a period, and an indicator’s own id as it always meant', () => {
    expect(lookUpMeasure('hle-male', '2022-24')).toEqual({ kind: 'found', indicator: 'hle-male-2022-24' });
    expect(lookUpMeasure('hle-male', null)).toEqual({ kind: 'found', indicator: 'hle-male' });
    expect(lookUpMeasure('health-index', null)).toEqual({ kind: 'found', indicator: 'health-index-2021' });
    expect(lookUpMeasure('hle-female-2013-15', '2011-13')).toEqual({ kind: 'found', indicator: 'hle-female-2011-13' });
    expect(lookUpMeasure('hle-male', '2030-32')).toEqual({ kind: 'no-such-period', indicator: 'hle-male-2022-24', measure: measureById('hle-male') });
    expect(lookUpMeasure('divergence', null)).toEqual({ kind: 'unknown' });
    expect(linkNameOf('hle-female-2018')).toEqual({ layer: 'hle-female', period: '2018-20-first-published' });
    expect(linkNameOf('luf')).toEqual({ layer: 'luf', period: null });
  });
});

describe('links', () => {
  it('opens every layer a link could name before periods were a dimension (all 76, the three added since included), and writes each back to itself', () => {
    expect(LAYERS).toHaveLength(76);
    for (const { id } of LAYERS) {
      const opened = parseUrl(`?layer=${id}`, '');
      expect(opened.problems, id).toEqual([]);
      expect(opened.state.layer, id).toBe(id);
      const written = serialiseUrl(opened.state).search;
      expect(parseUrl(written, '').state.layer, written).toBe(id);
    }
  });

  it('names a measure and its period', () => {
    expect(serialiseUrl({ ...DEFAULT_STATE, layer: 'hle-male-2022-24' }).search).toBe('?layer=hle-male&period=2022-24');
    expect(serialiseUrl({ ...DEFAULT_STATE, layer: 'health-index-people-2019' }).search).toBe('?layer=health-index-people&period=2019');
    expect(serialiseUrl({ ...DEFAULT_STATE, layer: 'imd' }).search).toBe('?layer=imd');
    expect(serialiseUrl({ ...DEFAULT_STATE, layer: 'divergence' }).search).toBe('?layer=divergence');
    expect(parseUrl('?period=2020-22', '').state.layer).toBe('hle-male-2020-22');
  });

  it('says plainly what it did with a period it cannot use', () => {
    expect(parseUrl('?layer=hle-male&period=2030-32', '')).toEqual({
      state: expect.objectContaining({ layer: 'hle-male-2022-24' }),
      problems: ['Healthy life expectancy at birth, males has no period “2030-32”, so its newest, 2022–24, is shown.'],
    });
    expect(parseUrl('?layer=divergence&period=2022-24', '').problems).toEqual(['The map layer “divergence” has no periods, so the period “2022-24” is ignored.']);
  });
});

describe('a fixture measure', () => {
  const base = INDICATORS.find((entry) => entry.id === 'imd')!;
  const period = (id: string, periodKey: string, start: number, superseded?: boolean) => ({
    ...base,
    id: id as typeof base.id,
    measure: { id: 'fixture-rate', label: 'Fixture rate', group: 'Fixtures', periodKey, periodLabel: periodKey.toUpperCase(), start, ...(superseded !== undefined && { superseded }) },
  });

  it('is one menu entry whatever the order its periods are written in, newest first, ties in catalogue order', () => {
    const measures = buildMeasures([
      period('fixture-2019', '2019', 2019),
      period('fixture-2021-first', '2021-first', 2021, true),
      period('fixture-2021', '2021', 2021),
      period('fixture-2021-b', '2021-b', 2021, false),
      { ...base, id: 'fixture-single' as typeof base.id, label: 'Single', group: 'Fixtures', period: 'Spring 2020' },
    ]);
    expect(measures).toEqual([
      {
        id: 'fixture-rate',
        label: 'Fixture rate',
        group: 'Fixtures',
        periods: [
          { key: '2021', label: '2021', indicator: 'fixture-2021', superseded: false },
          { key: '2021-b', label: '2021-B', indicator: 'fixture-2021-b', superseded: false },
          { key: '2021-first', label: '2021-FIRST', indicator: 'fixture-2021-first', superseded: true },
          { key: '2019', label: '2019', indicator: 'fixture-2019', superseded: false },
        ],
      },
      { id: 'fixture-single', label: 'Single', group: 'Fixtures', periods: [{ key: 'spring-2020', label: 'Spring 2020', indicator: 'fixture-single', superseded: false }] },
    ]);
  });
});
