import type { PriceEntry } from '../../../server/src/db/pricing-repository';
import { listUnitPrice } from '../../../server/src/orders/list-price';

function entry(fields: Partial<PriceEntry>): PriceEntry {
  return {
    id: 1,
    priceList: 'PL',
    audience: 'HOSPITAL',
    sku: 'DES-3018',
    unitPrice: '1130.00',
    taxInclusive: true,
    vatRate: '0.13',
    validFrom: '2026-01-01',
    validTo: null,
    ...fields,
  };
}

describe('list unit price', () => {
  it.each([
    // hospitals are priced VAT-inclusive, distributors ex-VAT (SPEC 3.2)
    ['HOSPITAL', true, '1130.00', '1130.00'],
    ['HOSPITAL', false, '1000.00', '1130.00'],
    ['DISTRIBUTOR', false, '1000.00', '1000.00'],
    ['DISTRIBUTOR', true, '1130.00', '1000.00'],
    ['DISTRIBUTOR', true, '100.00', '88.50'], // 100 / 1.13 = 88.4955… → 88.50
    ['HOSPITAL', false, '88.46', '99.96'], // 88.46 × 1.13 = 99.9598 → 99.96
  ] as const)(
    '%s audience, tax-inclusive %s, stored %s → %s',
    (audience, taxInclusive, stored, expected) => {
      const entries = [entry({ audience, taxInclusive, unitPrice: stored })];
      expect(listUnitPrice(entries, 'DES-3018', audience, '2026-06-01')).toBe(expected);
    },
  );

  it('takes the price valid on the date, newest first, inclusive at both ends', () => {
    const entries = [
      entry({ unitPrice: '1200.00', validFrom: '2026-07-01' }),
      entry({ unitPrice: '1130.00', validFrom: '2026-01-01', validTo: '2026-06-30' }),
    ];
    expect(listUnitPrice(entries, 'DES-3018', 'HOSPITAL', '2026-06-30')).toBe('1130.00');
    expect(listUnitPrice(entries, 'DES-3018', 'HOSPITAL', '2026-07-01')).toBe('1200.00');
    expect(listUnitPrice(entries, 'DES-3018', 'HOSPITAL', '2025-12-31')).toBeNull();
  });

  it('has no price for another audience or SKU', () => {
    const entries = [entry({})];
    expect(listUnitPrice(entries, 'DES-3018', 'DISTRIBUTOR', '2026-06-01')).toBeNull();
    expect(listUnitPrice(entries, 'BC-2015', 'HOSPITAL', '2026-06-01')).toBeNull();
  });
});
