/** Pricing on worker threads gives, order for order, what priceOrder gives on one thread. */
import { prepareRules, priceOrder } from '../../../server/src/pricing/engine';
import { priceOrderBook } from '../../../server/src/pricing/price-order-book';
import {
  pricedOrderToJson,
  type PricedOrderJson,
} from '../../../server/src/pricing/priced-line-json';
import type { PricingOrder } from '../../../server/src/pricing/types';
import { buildOrder, buildRule } from './rule-builder';

// Two rules, one in force only in March: orders in March get 10% + 5.00, orders in May 10%.
const rules = [
  buildRule({ ruleCode: 'R1', value: '10' }),
  buildRule({
    ruleCode: 'R2',
    mechanic: 'AMOUNT_OFF',
    value: '5.00',
    planCode: 'P2',
    planStart: '2026-03-01',
    planEnd: '2026-03-31',
  }),
];

function book(count: number): PricingOrder[] {
  return Array.from({ length: count }, (_, i) => ({
    ...buildOrder(
      [{ qty: 1 + (i % 3) }, { sku: 'STENT-02', qty: 2 }],
      i % 2 ? '2026-05-02' : '2026-03-15',
    ),
    orderNo: `SO-${i}`,
  }));
}

describe('priceOrderBook', () => {
  it('hands back every order once, equal to priceOrder, with its position', async () => {
    const orders = book(23);
    const got = new Map<number, PricedOrderJson>();
    await priceOrderBook(
      orders,
      rules,
      { threads: 2, batchOrders: 4, traceLevel: 'compact' },
      (priced, first) =>
        priced.forEach((order, k) => {
          expect(got.has(first + k)).toBe(false);
          got.set(first + k, order);
        }),
    );
    expect(got.size).toBe(23);
    const prepared = prepareRules(rules);
    orders.forEach((order, position) => {
      const single = pricedOrderToJson(priceOrder(order, prepared, { traceLevel: 'compact' }));
      expect(got.get(position)).toEqual(single);
    });
    // By hand: SO-0 on 15 March, qty 1 × 500.00, 10% (50.00) and 5.00 off → 445.00.
    expect(got.get(0)?.lines[0].netAmount).toBe('445.00');
    // SO-1 on 2 May, qty 2 × 500.00: only the 10% rule is in force → 900.00.
    expect(got.get(1)?.lines[0].netAmount).toBe('900.00');
  });

  it('resolves at once for an empty book', async () => {
    const seen: number[] = [];
    await priceOrderBook([], rules, { threads: 2 }, (_, first) => seen.push(first));
    expect(seen).toEqual([]);
  });
});
