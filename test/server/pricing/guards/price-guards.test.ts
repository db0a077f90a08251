import { belowCost } from '../../../../server/src/pricing/guards/below-cost';
import { hospitalGift } from '../../../../server/src/pricing/guards/hospital-gift';
import { platformCap } from '../../../../server/src/pricing/guards/platform-cap';
import { platformUnlisted } from '../../../../server/src/pricing/guards/platform-unlisted';
import { priceLinkage } from '../../../../server/src/pricing/guards/price-linkage';
import type { ComplianceGuard, GuardInput } from '../../../../server/src/pricing/guards';
import { vbpLocked } from '../../../../server/src/pricing/guards/vbp-locked';
import { inputOf, lineOf, pricedOf } from './guard-fixtures';

/** Each row: the guard, a line priced by hand, and the rules it blames (null = no hit). */
interface Case {
  name: string;
  guard: ComplianceGuard;
  input: GuardInput;
  blames: string[] | null;
  /** Money the message must quote. */
  quotes?: string[];
}

const R = 'P@1/R1';
const R2 = 'Q@2/R2';
const hospital = lineOf();
const distributor = lineOf({
  audience: 'DISTRIBUTOR',
  hospital: null,
  distributor: 'D-SC01',
  tier: 'DELIVERY',
  channel: null,
  grade: null,
  listUnitPrice: '220.00',
});
const vbpLine = lineOf({ sku: 'DES-2518', category: '冠脉支架', listUnitPrice: '798.00' });
const award = { vbpAward: { program: 'VBP-2026', selectedPrice: '798.00' } };

const cases: Case[] = [
  // VBP_LOCKED: the hospital pays exactly the 中选价 798.00.
  {
    name: 'VBP at the 中选价, no rule',
    guard: vbpLocked,
    input: inputOf(vbpLine, pricedOf(vbpLine), award),
    blames: null,
  },
  // 798.00 × 5% = 39.90 → 758.10
  {
    name: 'VBP with a 5% hospital discount',
    guard: vbpLocked,
    input: inputOf(
      vbpLine,
      pricedOf(vbpLine, [{ rule: R, amount: '39.90', mechanic: 'PCT_OFF' }]),
      award,
    ),
    blames: [R],
    quotes: ['798.00', '758.10'],
  },
  // FIXED_PRICE from 3880.00 to the 中选价: 3880.00 − 3082.00 = 798.00 is the award price itself.
  {
    name: 'VBP reached by a FIXED_PRICE at the 中选价',
    guard: vbpLocked,
    input: inputOf(
      { ...vbpLine, listUnitPrice: '3880.00' },
      pricedOf({ ...vbpLine, listUnitPrice: '3880.00' }, [
        { rule: R, amount: '3082.00', mechanic: 'FIXED_PRICE' },
      ]),
      award,
    ),
    blames: null,
  },
  {
    name: 'VBP price list above the 中选价, no rule: the line, not a rule',
    guard: vbpLocked,
    input: inputOf(
      { ...vbpLine, listUnitPrice: '3880.00' },
      pricedOf({ ...vbpLine, listUnitPrice: '3880.00' }),
      award,
    ),
    blames: [],
    quotes: ['3880.00'],
  },
  {
    name: 'VBP with free goods at the exact price',
    guard: vbpLocked,
    input: inputOf(vbpLine, pricedOf(vbpLine, [], [{ sku: 'DES-2518', qty: 1, rule: R }]), award),
    blames: [R],
  },
  {
    name: 'VBP does not bind a distributor price',
    guard: vbpLocked,
    input: inputOf(
      { ...distributor, sku: 'DES-2518' },
      pricedOf({ ...distributor, sku: 'DES-2518' }, [{ rule: R, amount: '10.00' }]),
      award,
    ),
    blames: null,
  },
  {
    name: 'no award',
    guard: vbpLocked,
    input: inputOf(vbpLine, pricedOf(vbpLine, [{ rule: R, amount: '39.90' }])),
    blames: null,
  },

  // PLATFORM_CAP: 330.00 − 18.00 = 312.00 above the 298.00 listing.
  {
    name: 'hospital price 312.00 over a 298.00 listing',
    guard: platformCap,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '18.00' }]), {
      listedPrice: '298.00',
    }),
    blames: [R],
    quotes: ['312.00', '298.00'],
  },
  {
    name: 'hospital price exactly at the listing',
    guard: platformCap,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '32.00' }]), {
      listedPrice: '298.00',
    }),
    blames: null,
  },
  // 3 units: 990.00 − 95.97 = 894.03 > 3 × 298.00 = 894.00 (298.01 a unit).
  {
    name: 'a fen over the cap on three units',
    guard: platformCap,
    input: inputOf(
      { ...hospital, qty: 3 },
      pricedOf({ ...hospital, qty: 3 }, [{ rule: R, amount: '95.97' }]),
      { listedPrice: '298.00' },
    ),
    blames: [R],
    quotes: ['298.01'],
  },
  {
    name: 'list price over the cap with no rule',
    guard: platformCap,
    input: inputOf(hospital, pricedOf(hospital), { listedPrice: '298.00' }),
    blames: [],
  },
  {
    name: 'cap is for hospital prices only',
    guard: platformCap,
    input: inputOf(distributor, pricedOf(distributor), { listedPrice: '198.00' }),
    blames: null,
  },
  {
    name: 'no listing, no cap',
    guard: platformCap,
    input: inputOf(hospital, pricedOf(hospital), { listedPrice: null }),
    blames: null,
  },

  // PLATFORM_UNLISTED: a public-hospital promotion needs a listing.
  {
    name: 'public hospital promotion, SKU unlisted',
    guard: platformUnlisted,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '10.00' }]), {
      listedPrice: null,
    }),
    blames: [R],
  },
  {
    name: 'unlisted but no promotion',
    guard: platformUnlisted,
    input: inputOf(hospital, pricedOf(hospital), { listedPrice: null }),
    blames: null,
  },
  {
    name: 'unlisted, private hospital',
    guard: platformUnlisted,
    input: inputOf(
      { ...hospital, channel: 'PRIVATE_HOSPITAL' },
      pricedOf(hospital, [{ rule: R, amount: '10.00' }]),
      { listedPrice: null },
    ),
    blames: null,
  },
  {
    name: 'listed',
    guard: platformUnlisted,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '10.00' }])),
    blames: null,
  },

  // PRICE_LINKAGE: below the lowest listing anywhere (298.00 in 四川).
  {
    name: 'a fen below the lowest listing',
    guard: priceLinkage,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '32.01' }])),
    blames: [R],
    quotes: ['297.99', '298.00'],
  },
  {
    name: 'at the lowest listing',
    guard: priceLinkage,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '32.00' }])),
    blames: null,
  },
  {
    name: 'linkage is about hospital prices',
    guard: priceLinkage,
    input: inputOf(distributor, pricedOf(distributor, [{ rule: R, amount: '100.00' }])),
    blames: null,
  },

  // HOSPITAL_GIFT: any free goods to a hospital.
  {
    name: 'free goods to a hospital',
    guard: hospitalGift,
    input: inputOf(hospital, pricedOf(hospital, [], [{ sku: 'GW-0335', qty: 2, rule: R }])),
    blames: [R],
  },
  {
    name: 'free goods to a distributor',
    guard: hospitalGift,
    input: inputOf(distributor, pricedOf(distributor, [], [{ sku: 'GW-0335', qty: 2, rule: R }])),
    blames: null,
  },
  {
    name: 'a discount is no gift',
    guard: hospitalGift,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '10.00' }])),
    blames: null,
  },

  // BELOW_COST: standard cost 85.00 ex-VAT.
  {
    name: 'distributor at cost',
    guard: belowCost,
    input: inputOf(distributor, pricedOf(distributor, [{ rule: R, amount: '135.00' }])),
    blames: null,
  },
  {
    name: 'distributor a fen below cost',
    guard: belowCost,
    input: inputOf(distributor, pricedOf(distributor, [{ rule: R, amount: '135.01' }])),
    blames: [R],
    quotes: ['84.99', '85.00'],
  },
  // 96.05 / 1.13 = 85.00 exactly: at cost. 96.04 / 1.13 = 84.99 (84.9911…): below.
  {
    name: 'hospital 96.05 with VAT is cost',
    guard: belowCost,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '233.95' }])),
    blames: null,
  },
  {
    name: 'hospital 96.04 with VAT is below cost',
    guard: belowCost,
    input: inputOf(hospital, pricedOf(hospital, [{ rule: R, amount: '233.96' }])),
    blames: [R],
    quotes: ['84.99'],
  },
  {
    name: 'below cost with a SLOW_MOVING plan',
    guard: belowCost,
    input: inputOf(distributor, pricedOf(distributor, [{ rule: R, amount: '200.00' }]), {
      planReasons: { 'P@1': 'SLOW_MOVING' },
    }),
    blames: null,
  },
  {
    name: 'below cost, one plan excused and one not',
    guard: belowCost,
    input: inputOf(
      distributor,
      pricedOf(distributor, [
        { rule: R, amount: '100.00' },
        { rule: R2, amount: '100.00' },
      ]),
      { planReasons: { 'P@1': 'NEAR_EXPIRY', 'Q@2': 'LAUNCH' } },
    ),
    blames: [R2],
  },
  {
    name: 'no standard cost',
    guard: belowCost,
    input: inputOf(distributor, pricedOf(distributor, [{ rule: R, amount: '200.00' }]), {
      product: { category: '导丝', deviceClass: 'II', certValidTo: null, standardCost: null },
    }),
    blames: null,
  },
];

describe.each(cases)('$guard.code: $name', ({ guard, input, blames, quotes }) => {
  test(blames === null ? 'no finding' : `finding blaming [${blames.join(', ')}]`, () => {
    const hit = guard.check(input);
    if (blames === null) {
      expect(hit).toBeNull();
      return;
    }
    expect(hit).not.toBeNull();
    expect(hit!.rules).toEqual(blames);
    for (const amount of quotes ?? []) expect(hit!.message).toContain(amount);
  });
});

test('the priced lines of the table are consistent: net = gross − discounts, never negative', () => {
  for (const { input } of cases) {
    const { grossAmount, discountAmount, netAmount } = input.priced;
    expect(grossAmount.minus(discountAmount).eq(netAmount)).toBe(true);
    expect(netAmount.isNegative()).toBe(false);
  }
});
