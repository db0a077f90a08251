import {
  isBeyondTolerance,
  measureDispersion,
  type ProvincePrice,
} from '../../../server/src/matrix/dispersion';
import { Decimal } from '../../../server/src/pricing/money';

const at = (province: string, net: string | null): ProvincePrice => ({
  province,
  net: net === null ? null : new Decimal(net),
});

// spread = (max − min) / min × 100, 2 decimals half-up; flagged when strictly above 5.
const cases: [string, ProvincePrice[], string | null, boolean][] = [
  ['equal prices', [at('330000', '100.00'), at('320000', '100.00')], '0.00', false],
  ['exactly at the tolerance', [at('330000', '100.00'), at('320000', '105.00')], '5.00', false],
  ['just above it', [at('330000', '100.00'), at('320000', '105.01')], '5.01', true],
  // 214.40 / 2465.60 = 8.6957%: the demo's R01 stent case.
  ['8% off in one province', [at('330000', '2465.60'), at('320000', '2680.00')], '8.70', true],
  ['one province only', [at('440000', '560.00')], '0.00', false],
  ['unpriced cells are left out', [at('330000', '100.00'), at('320000', null)], '0.00', false],
  ['a free cell against a paid one', [at('330000', '0.00'), at('320000', '10.00')], null, true],
  ['nothing priced', [at('330000', null)], null, false],
];

describe('dispersion across provinces', () => {
  it.each(cases)('%s', (_name, prices, spread, flagged) => {
    const dispersion = measureDispersion(prices);
    expect(dispersion.spreadPct?.toFixed(2) ?? null).toBe(spread);
    expect(isBeyondTolerance(dispersion, new Decimal(5))).toBe(flagged);
    // Invariant: min ≤ every priced net ≤ max.
    for (const price of prices.filter((p) => p.net !== null)) {
      expect(price.net!.gte(dispersion.min!)).toBe(true);
      expect(price.net!.lte(dispersion.max!)).toBe(true);
    }
  });

  it('names the cheapest and dearest provinces and counts provinces, not cells', () => {
    const dispersion = measureDispersion([
      at('330000', '2465.60'),
      at('330000', '2465.60'),
      at('320000', '2680.00'),
    ]);
    expect(dispersion).toMatchObject({
      provinces: 2,
      minProvince: '330000',
      maxProvince: '320000',
    });
  });
});
