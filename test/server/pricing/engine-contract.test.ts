/** The engine's contract: the JSON shape, prepared rules, purity and malformed input. */
import { prepareRules, priceOrder } from '../../../server/src/pricing/engine';
import { pricedLineToJson, pricedOrderToJson } from '../../../server/src/pricing/priced-line-json';
import { expectInvariants } from './invariants';
import { buildLine, buildOrder, buildRule } from './rule-builder';

const rules = [
  buildRule({ planCode: 'Q1', version: 2, ruleCode: 'PCT20', value: '20' }),
  buildRule({ planCode: 'Q1', version: 2, ruleCode: 'AMT30', mechanic: 'AMOUNT_OFF', value: '30' }),
  buildRule({ planCode: 'Q1', version: 2, ruleCode: 'BUNDLE', mechanic: 'BUNDLE', value: '10' }),
];

describe('pricedLineToJson', () => {
  test('renders money as 2-decimal strings in the CLI shape', () => {
    const order = priceOrder(buildOrder([{ listUnitPrice: '500', qty: 2 }]), rules);
    const json = pricedLineToJson(order.lines[0]);

    expect(json).toEqual({
      orderNo: 'SO-1',
      lineNo: 1,
      sku: 'STENT-01',
      qty: 2,
      listUnitPrice: '500.00',
      grossAmount: '1000.00',
      discountAmount: '260.00',
      netAmount: '740.00',
      netUnitPrice: '370.00',
      applied: [
        { plan: 'Q1', version: 2, rule: 'PCT20', amount: '200.00', truncated: false },
        { plan: 'Q1', version: 2, rule: 'AMT30', amount: '60.00', truncated: false },
      ],
      freeGoods: [],
      findings: [],
      trace: order.lines[0].trace,
    });
    expect(json.trace.every((entry) => typeof entry.message === 'string')).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expectInvariants(order);
  });

  test('the order JSON carries the totals', () => {
    const order = priceOrder(
      buildOrder([{ listUnitPrice: '500' }, { listUnitPrice: '2.90' }]),
      rules,
    );
    const json = pricedOrderToJson(order);

    // Line 1: 500.00 − 100.00 − 30.00. Line 2: AMT30 goes first (benefit 2.90 > 0.58) and is cut
    // to 2.90; PCT20 then finds nothing left and is cut to 0.00.
    expect([json.grossAmount, json.discountAmount, json.netAmount]).toEqual([
      '502.90',
      '132.90',
      '370.00',
    ]);
    expect(json.lines.map((line) => line.netAmount)).toEqual(['370.00', '0.00']);
    expect(json.lines[1].applied.map((a) => [a.rule, a.amount, a.truncated])).toEqual([
      ['AMT30', '2.90', true],
      ['PCT20', '0.00', true],
    ]);
    expectInvariants(order);
  });
});

describe('prepared rules', () => {
  test('pricing with prepareRules(rules) gives the same result as with the rules', () => {
    const prepared = prepareRules(rules);
    const orders = [
      buildOrder([{ qty: 3 }, { listUnitPrice: '99.99', sku: 'X', category: 'STENT' }]),
    ];

    for (const order of orders) {
      expect(pricedOrderToJson(priceOrder(order, prepared))).toEqual(
        pricedOrderToJson(priceOrder(order, rules)),
      );
    }
  });

  test('one prepared index prices orders on different dates', () => {
    const prepared = prepareRules([buildRule({ start: '2026-03-01', end: '2026-03-31' })]);
    const inMarch = priceOrder(buildOrder([{}], '2026-03-31'), prepared);
    const inApril = priceOrder(buildOrder([{}], '2026-04-01'), prepared);

    expect(inMarch.lines[0].netAmount.toFixed(2)).toBe('450.00');
    expect(inApril.lines[0].netAmount.toFixed(2)).toBe('500.00');
  });
});

describe('purity', () => {
  test('pricing twice gives the same result and leaves the inputs untouched', () => {
    const order = buildOrder([{ qty: 3 }, { listUnitPrice: '0.10', qty: 7 }]);
    const before = JSON.stringify({ order, rules });
    deepFreeze(order);
    deepFreeze(rules);

    const first = pricedOrderToJson(priceOrder(order, rules));
    const second = pricedOrderToJson(priceOrder(order, rules));

    expect(second).toEqual(first);
    expect(JSON.stringify({ order, rules })).toBe(before);
  });
});

describe('malformed lines are the caller’s bug', () => {
  test.each([
    ['a zero qty', { qty: 0 }],
    ['a fractional qty', { qty: 1.5 }],
    ['a list price with 3 decimals', { listUnitPrice: '1.005' }],
    ['a negative list price', { listUnitPrice: '-1.00' }],
    ['a list price that is not a number', { listUnitPrice: 'abc' }],
  ])('%s throws RangeError', (_name, line) => {
    const order = { orderNo: 'SO-1', pricingDate: '2026-03-15', lines: [buildLine(line)] };
    expect(() => priceOrder(order, rules)).toThrow(RangeError);
  });

  test('an empty order prices to zero totals', () => {
    const order = priceOrder(buildOrder([]), rules);

    expect(order.lines).toEqual([]);
    expect(order.netAmount.toFixed(2)).toBe('0.00');
  });
});

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
