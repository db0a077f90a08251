import { DEMO_MASTER, DEMO_PLANS } from '../../../server/src/demo';
import type { RuleSpec } from '../../../server/src/domain/plan';
import { Decimal } from '../../../server/src/pricing/money';
import { reachedParties, reachedSkus } from '../../../server/src/plans/rule-guards/rule-reach';
import { representativeQty } from '../../../server/src/plans/rule-guards/rule-quantity';

const master = {
  products: DEMO_MASTER.products,
  hospitals: DEMO_MASTER.hospitals,
  distributors: DEMO_MASTER.distributors,
};
const base = DEMO_PLANS[0].rules[0];
const rule = (fields: Partial<RuleSpec>): RuleSpec => ({
  ...base,
  skus: [],
  categories: [],
  provinces: [],
  tiers: [],
  value: '5',
  ...fields,
});

describe('the cells a rule reaches', () => {
  test.each([
    // 广东 public 3A: GDH001 only (GDH002 is 1A, GDH003 private).
    [
      '广东 public 3A hospitals',
      rule({
        audience: 'HOSPITAL',
        provinces: ['440000'],
        channels: ['PUBLIC_HOSPITAL'],
        grades: ['3A'],
      }),
      ['GDH001'],
    ],
    // Private hospitals in the demo: ZJH003, JSH002, SHH002, GDH003.
    [
      'private hospitals anywhere',
      rule({ audience: 'HOSPITAL', channels: ['PRIVATE_HOSPITAL'] }),
      ['ZJH003', 'JSH002', 'SHH002', 'GDH003'],
    ],
    [
      'a named hospital outside the rule province reaches nothing',
      rule({ audience: 'HOSPITAL', hospitals: ['ZJH001'], provinces: ['440000'] }),
      [],
    ],
  ])('%s', (_name, spec, hospitals) => {
    expect(reachedParties(spec, master).map((party) => party.hospital)).toEqual(hospitals);
  });

  test('T1 distributors in 浙江 and 江苏, with no channel or grade named', () => {
    const parties = reachedParties(
      rule({ tiers: ['T1'], provinces: ['330000', '320000'] }),
      master,
    );
    expect(parties).toEqual([
      { hospital: null, distributor: 'D-ZJ01', province: null, channel: null, grade: null },
      { hospital: null, distributor: 'D-JS01', province: null, channel: null, grade: null },
    ]);
  });

  test('a retail rule, which no hospital matches, gets scenario lines per province', () => {
    const parties = reachedParties(
      rule({ audience: 'HOSPITAL', channels: ['RETAIL'], provinces: ['330000', '510000'] }),
      master,
    );
    expect(parties.map(({ province, channel }) => [province, channel])).toEqual([
      ['330000', 'RETAIL'],
      ['510000', 'RETAIL'],
    ]);
  });

  test('products: SKUs or categories, everything when empty, bundle SKUs only', () => {
    expect(reachedSkus(rule({ categories: ['球囊导管'] }), master)).toEqual([
      'BC-2015',
      'NCB-3012',
    ]);
    expect(reachedSkus(rule({}), master)).toHaveLength(DEMO_MASTER.products.length);
    const bundle = rule({
      mechanic: 'BUNDLE',
      categories: ['冠脉支架'],
      bundleSkus: ['DES-3018', 'BC-2015'],
    });
    expect(reachedSkus(bundle, master)).toEqual(['DES-3018']);
  });
});

describe('the representative quantity', () => {
  test.each([
    ['one unit by default', {}, '32.00', 1],
    ['MinQty', { minQty: 50 }, '880.00', 50],
    ['free goods every 8', { mechanic: 'FREE_GOODS' as const, everyN: 8 }, '32.00', 8],
    // ceil(20000.00 / 32.00) = 625
    ['MinAmount 20000.00 on masks at 32.00', { minAmount: '20000.00' }, '32.00', 625],
    // ceil(20000.00 / 3880.00) = 6 (5 units are 19400.00)
    ['MinAmount 20000.00 on stents at 3880.00', { minAmount: '20000.00' }, '3880.00', 6],
    ['MaxQty below what MinAmount needs', { minAmount: '20000.00', maxQty: 100 }, '32.00', null],
  ])('%s', (_name, fields, price, qty) => {
    expect(representativeQty(rule(fields), new Decimal(price))).toBe(qty);
  });
});
