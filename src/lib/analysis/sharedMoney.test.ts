import { describe, expect, it } from 'vitest';
import { code, makeFile } from '../indicators/testAreas';
import type { Bid } from '../data/types';
import { groupMoney, type MoneyRow } from './awards';
import {
  concentrationSentence,
  median,
  moneyCsv,
  moneyCsvComments,
  moneyView,
  ROUND_CATEGORIES_NOTE,
  sharedAwards,
  sharedMoneySentence,
  shareDistricts,
} from './sharedMoney';

const money = (gbp: number | null, people: number | null) => ({
  'luf-awards': gbp === null ? { value: null, status: 'damaged' as const } : { value: gbp, status: 'official' as const },
  'population-2019': people === null ? { value: null, status: 'damaged' as const } : { value: people, status: 'official' as const },
});
// A won £10m of its own; the county's £40m covers A, B and D (D has no population figure); the GLA-like body's
// £8m covers A, B and C but its source names C alone.
const file = makeFile([
  { code: code(1), name: 'Ash', figures: money(10_000_000, 100_000) },
  { code: code(2), name: 'Birch', figures: money(0, 300_000) },
  { code: code(3), name: 'Cedar', figures: money(0, 100_000) },
  { code: code(4), name: 'Damson', figures: money(2_000_000, null) },
]);
const bid = (patch: Partial<Bid>): Bid => ({ id: 'x', name: 'Bid', round: 2, amountGbp: 0, lead: 'Lead', leadKind: 'county', leadCode: 'E10000001', covers: [], named: [], ...patch });
file.bids = [
  bid({ id: 'own', leadKind: 'district', leadCode: code(1), covers: [code(1)], amountGbp: 10_000_000 }),
  bid({ id: 'county', amountGbp: 40_000_000, covers: [code(1), code(2), code(4)] }),
  bid({ id: 'gla', leadKind: 'gla', amountGbp: 8_000_000, covers: [code(1), code(2), code(3)], named: [code(3)] }),
  bid({ id: 'scotland', leadKind: 'outside-england', amountGbp: 99_000_000 }),
];
const codes = [code(1), code(2), code(3)];
const row: MoneyRow = { id: 'need-not-priority', label: 'High health need, not top priority', money: groupMoney(file, codes), codes };

describe('sharedAwards', () => {
  it('shares a wider bid by population among the districts it covers, or those its source names', () => {
    const shared = sharedAwards(file);
    expect(shareDistricts(file.bids[2]!)).toEqual([code(3)]);
    expect([...shared.byArea]).toEqual([
      [code(1), 20_000_000],
      [code(2), 30_000_000],
      [code(3), 8_000_000],
      // No population figure: no share, own money only.
      [code(4), 2_000_000],
    ]);
    expect([shared.bids, shared.sharedGbp, shared.unsharedGbp]).toEqual([2, 48_000_000, 0]);
  });

  it('leaves a bid unshared, and counts it, when none of its districts has a population figure', () => {
    const alone = makeFile([{ code: code(4), figures: money(0, null) }]);
    alone.bids = [bid({ amountGbp: 5_000_000, covers: [code(4)] })];
    expect(sharedAwards(alone)).toMatchObject({ bids: 0, sharedGbp: 0, unsharedGbp: 5_000_000 });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, null]);
  });
});

describe('moneyView', () => {
  const shared = sharedAwards(file);
  it("keeps the council's own sums, with the median area's money per head beside the mean", () => {
    const own = moneyView(file, row, codes, 'own', shared);
    expect([own.won, own.totalGbp, own.population, own.perHeadGbp, own.spread.medianPerHeadGbp]).toEqual([1, 10_000_000, 500_000, 20, 0]);
    expect(own.spread.largest).toEqual({ code: code(1), name: 'Ash', gbp: 10_000_000, share: 1 });
  });

  it('gives the same group with wider bodies’ money shared in', () => {
    const view = moneyView(file, row, codes, 'shared', shared);
    expect([view.won, view.totalGbp, view.population, view.perHeadGbp, view.spread.medianPerHeadGbp]).toEqual([3, 58_000_000, 500_000, 116, 100]);
    expect(sharedMoneySentence(view, view, shared)).toBe(
      'Counting also the £48,000,000 of bids led by counties, combined authorities and the GLA, shared among the districts each covers by population, areas with high health need outside priority category 1 got £116.00 a head; category 1 areas £116.00 a head.',
    );
  });

  it('says when one area holds a quarter or more of a group’s money', () => {
    expect(concentrationSentence(moneyView(file, row, codes, 'shared', shared))).toBe(
      'Birch alone holds 52% of the money of "High health need, not top priority" (£30,000,000); the median area got £100.00 a head.',
    );
    const spread = moneyView(file, { ...row, codes: [code(1)] }, [code(1)], 'own', shared);
    expect(concentrationSentence(spread)).toBeNull();
  });
});

describe('moneyCsv', () => {
  it('writes both views of each group with the method in # lines', () => {
    const shared = sharedAwards(file);
    const views = (['own', 'shared'] as const).map((basis) => moneyView(file, row, codes, basis, shared));
    const text = moneyCsv(views, moneyCsvComments(shared, 'Definition.', 'http://localhost/?layer=divergence', ['ONS']));
    expect(text.split('\r\n')).toEqual([
      '# Health Gap Map: where the Levelling Up Fund money went (rounds 1 and 2), by group',
      '# Definition.',
      '# Bids led by the council itself: awards to bids led by each area\'s own council; bids led by counties, combined authorities and the GLA are not in these sums.',
      '# Also wider bodies’ bids, shared by population: the same, plus the 2 bids led by counties, combined authorities and the GLA (£48,000,000) shared among the districts each covers (or those its source names) in proportion to mid-2019 population. A model of who benefits, not money a council received.',
      `# ${ROUND_CATEGORIES_NOTE}`,
      "# gbp_per_head: the group's money over its people. median_area_gbp_per_head: the middle area's own money per head.",
      '# View: http://localhost/?layer=divergence',
      '# Source: ONS',
      'group,money_counted,areas,areas_with_money,gbp_total,people,gbp_per_head,median_area_gbp_per_head,largest_area,largest_area_share_of_total',
      '"High health need, not top priority",Bids led by the council itself,3,1,10000000,500000,20,0,Ash,1',
      '"High health need, not top priority","Also wider bodies’ bids, shared by population",3,3,58000000,500000,116,100,Birch,0.517',
      '',
    ]);
  });
});
