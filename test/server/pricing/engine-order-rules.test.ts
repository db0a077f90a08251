/** ORDER_PCT_OFF and ORDER_AMOUNT_OFF: whole-order gates, exclusion, allocation, caps, clamp. */
import { priceOrder } from '../../../server/src/pricing/engine';
import type { EngineRule, PricingLine } from '../../../server/src/pricing/types';
import { expectInvariants, nets, ruleTotal } from './invariants';
import { buildOrder, buildRule } from './rule-builder';

const orderPct = (overrides: Partial<EngineRule> = {}) =>
  buildRule({ ruleCode: 'O', mechanic: 'ORDER_PCT_OFF', ...overrides });
const orderAmount = (overrides: Partial<EngineRule> = {}) =>
  buildRule({ ruleCode: 'O', mechanic: 'ORDER_AMOUNT_OFF', ...overrides });

/** Each line's amount from rule O, "-" when the rule is not on the line. */
function partsOf(order: ReturnType<typeof priceOrder>, rule = 'O'): string[] {
  return order.lines.map(
    (line) => line.applied.find((a) => a.rule === rule)?.amount.toFixed(2) ?? '-',
  );
}

interface AllocationCase {
  name: string;
  lines: Partial<PricingLine>[];
  rules: EngineRule[];
  parts: string[];
  total: string;
}

const allocationCases: AllocationCase[] = [
  {
    name: 'ORDER_AMOUNT_OFF 100.00 over three equal lines',
    lines: [{ listUnitPrice: '100.00' }, { listUnitPrice: '100.00' }, { listUnitPrice: '100.00' }],
    rules: [orderAmount({ value: '100.00' })],
    parts: ['33.34', '33.33', '33.33'],
    total: '100.00',
  },
  {
    name: 'ORDER_PCT_OFF 10% of 333.33 = 33.333 → 33.33, pro rata to gross',
    lines: [{ listUnitPrice: '100.00' }, { listUnitPrice: '200.00' }, { listUnitPrice: '33.33' }],
    rules: [orderPct({ value: '10' })],
    // Shares in fen: 999.91, 1999.82, 333.27 → floors 3331, the 2 fen left to the two largest rests.
    parts: ['10.00', '20.00', '3.33'],
    total: '33.33',
  },
  {
    name: 'ORDER_PCT_OFF rounds once on the order: 5% of 0.30 = 0.015 → 0.02',
    lines: [{ listUnitPrice: '0.10' }, { listUnitPrice: '0.10' }, { listUnitPrice: '0.10' }],
    rules: [orderPct({ value: '5' })],
    parts: ['0.01', '0.01', '0.00'],
    total: '0.02',
  },
  {
    name: 'ORDER_PCT_OFF 10.5% of 1000.00 × 3 lines',
    lines: [
      { listUnitPrice: '1000.00' },
      { listUnitPrice: '1000.00' },
      { listUnitPrice: '1000.00' },
    ],
    rules: [orderPct({ value: '10.5' })],
    parts: ['105.00', '105.00', '105.00'],
    total: '315.00',
  },
  {
    name: 'OrderCap on an order rule: 10% of 3000.00 capped to 100.00',
    lines: [
      { listUnitPrice: '1000.00' },
      { listUnitPrice: '1000.00' },
      { listUnitPrice: '1000.00' },
    ],
    rules: [orderPct({ value: '10', orderCap: '100.00' })],
    parts: ['33.34', '33.33', '33.33'],
    total: '100.00',
  },
  {
    name: 'LineCap caps each allocated part',
    lines: [{ listUnitPrice: '1000.00' }, { listUnitPrice: '100.00' }],
    rules: [orderPct({ value: '10', lineCap: '50.00' })],
    // 10% of 1100.00 = 110.00 → 100.00 / 10.00 by gross; the first capped to 50.00.
    parts: ['50.00', '10.00'],
    total: '60.00',
  },
  {
    name: 'the rule’s filters pick the lines it is spread over',
    lines: [
      { listUnitPrice: '300.00' },
      { listUnitPrice: '500.00', sku: 'BALLOON-01', category: 'BALLOON' },
      { listUnitPrice: '100.00' },
    ],
    rules: [orderPct({ value: '10', categories: ['STENT'] })],
    parts: ['30.00', '-', '10.00'],
    total: '40.00',
  },
];

describe('order rules: allocation by largest remainder', () => {
  test.each(allocationCases)('$name', ({ lines, rules, parts, total }) => {
    const order = priceOrder(buildOrder(lines), rules);

    expect(partsOf(order)).toEqual(parts);
    expect(ruleTotal(order, 'O')).toBe(total);
    expectInvariants(order);
  });
});

describe('order base: ON_BASE on gross, SEQUENTIAL on running nets', () => {
  // Line 1 carries a line rule of 20% (net 80.00); line 2 none (net 100.00).
  const lines = [{ listUnitPrice: '100.00' }, { listUnitPrice: '100.00', sku: 'STENT-02' }];
  const lineRule = buildRule({ ruleCode: 'L20', value: '20', skus: ['STENT-01'] });

  test.each<[string, Partial<EngineRule>, string[], string[]]>([
    // 10% of 200.00 = 20.00, by gross 100:100.
    ['ON_BASE', { stacking: 'ON_BASE' }, ['10.00', '10.00'], ['70.00', '90.00']],
    // 10% of 180.00 = 18.00, by running net 80:100.
    ['SEQUENTIAL', { stacking: 'SEQUENTIAL' }, ['8.00', '10.00'], ['72.00', '90.00']],
  ])('%s', (_name, stacking, parts, lineNets) => {
    const order = priceOrder(buildOrder(lines), [lineRule, orderPct({ value: '10', ...stacking })]);

    expect(partsOf(order)).toEqual(parts);
    expect(nets(order)).toEqual(lineNets);
    expectInvariants(order);
  });
});

describe('order gates are on the eligible lines’ sums, never one line', () => {
  const twoLines = [
    { listUnitPrice: '300.00', qty: 2 },
    { listUnitPrice: '300.00', qty: 3 },
  ];

  test.each<[string, Partial<EngineRule>, boolean]>([
    ['MinAmount 1500.00 reached by the order (600.00 + 900.00)', { minAmount: '1500.00' }, true],
    ['MinAmount 1500.01 not reached', { minAmount: '1500.01' }, false],
    ['MinQty 5 reached by 2 + 3', { minQty: 5 }, true],
    ['MaxQty 4 exceeded by 2 + 3', { maxQty: 4 }, false],
  ])('%s', (_name, gate, applies) => {
    const order = priceOrder(buildOrder(twoLines), [orderAmount({ value: '10.00', ...gate })]);

    expect(ruleTotal(order, 'O')).toBe(applies ? '10.00' : '0.00');
    const kinds = order.trace.map((entry) => entry.kind);
    expect(kinds).toContain(applies ? 'applied' : 'ineligible');
    expectInvariants(order);
  });
});

describe('exclusion among order rules', () => {
  const lines = [{ listUnitPrice: '1000.00' }];

  test('one winner per exclusion group (larger benefit)', () => {
    const rules = [
      orderPct({ ruleCode: 'O5', value: '5', exclusionGroup: 'G' }),
      orderPct({ ruleCode: 'O8', value: '8', exclusionGroup: 'G' }),
    ];
    const order = priceOrder(buildOrder(lines), rules);

    expect(partsOf(order, 'O8')).toEqual(['80.00']);
    expect(partsOf(order, 'O5')).toEqual(['-']);
    expect(order.lines[0].trace).toContainEqual(
      expect.objectContaining({ kind: 'excluded', rule: 'P1@1/O5', reason: 'EXCLUSION_GROUP' }),
    );
    expectInvariants(order);
  });

  test('an EXCLUSIVE order rule first in the tie-break excludes the other order rules', () => {
    const rules = [
      orderAmount({ ruleCode: 'OX', value: '30.00', stacking: 'EXCLUSIVE', priority: 5 }),
      orderPct({ ruleCode: 'O5', value: '5' }),
    ];
    const order = priceOrder(buildOrder(lines), rules);

    expect(partsOf(order, 'OX')).toEqual(['30.00']);
    expect(partsOf(order, 'O5')).toEqual(['-']);
    expect(order.trace).toContainEqual(
      expect.objectContaining({ kind: 'excluded', rule: 'P1@1/O5', reason: 'EXCLUSIVE' }),
    );
    expectInvariants(order);
  });

  test('order rules stack in tie-break order', () => {
    const rules = [
      orderPct({ ruleCode: 'O10', value: '10', stacking: 'SEQUENTIAL' }),
      orderAmount({ ruleCode: 'A50', value: '50.00', priority: 2 }),
    ];
    const order = priceOrder(buildOrder(lines), rules);

    // A50 first (priority 2): 50.00; then 10% of the running net 950.00 = 95.00.
    expect(order.lines[0].applied.map((a) => [a.rule, a.amount.toFixed(2)])).toEqual([
      ['A50', '50.00'],
      ['O10', '95.00'],
    ]);
    expectInvariants(order);
  });
});

describe('lines an order rule may not touch', () => {
  test('a FIXED_PRICE line is closed: the order rule goes to the other lines only', () => {
    const fixed = buildRule({
      ruleCode: 'FIX',
      mechanic: 'FIXED_PRICE',
      value: '80.00',
      skus: ['STENT-01'],
    });
    const lines = [{ listUnitPrice: '100.00' }, { listUnitPrice: '100.00', sku: 'STENT-02' }];
    const order = priceOrder(buildOrder(lines), [fixed, orderAmount({ value: '30.00' })]);

    expect(partsOf(order)).toEqual(['-', '30.00']);
    expect(order.lines[0].trace).toContainEqual(
      expect.objectContaining({
        kind: 'excluded',
        rule: 'P1@1/O',
        reason: 'LINE_TERMINAL',
        by: 'P1@1/FIX',
      }),
    );
    expectInvariants(order);
  });

  test('a line with an EXCLUSIVE line rule is closed too', () => {
    const exclusive = buildRule({ ruleCode: 'EX', stacking: 'EXCLUSIVE', skus: ['STENT-01'] });
    const lines = [{ listUnitPrice: '100.00' }, { listUnitPrice: '100.00', sku: 'STENT-02' }];
    const order = priceOrder(buildOrder(lines), [exclusive, orderAmount({ value: '30.00' })]);

    expect(partsOf(order)).toEqual(['-', '30.00']);
    expectInvariants(order);
  });

  test('a line that used the exclusion group already is not eligible', () => {
    const lineRule = buildRule({ ruleCode: 'L', exclusionGroup: 'G', skus: ['STENT-01'] });
    const lines = [{ listUnitPrice: '100.00' }, { listUnitPrice: '100.00', sku: 'STENT-02' }];
    const order = priceOrder(buildOrder(lines), [
      lineRule,
      orderAmount({ value: '30.00', exclusionGroup: 'G' }),
    ]);

    expect(partsOf(order)).toEqual(['-', '30.00']);
    expect(order.lines[0].trace).toContainEqual(
      expect.objectContaining({
        kind: 'excluded',
        rule: 'P1@1/O',
        reason: 'GROUP_USED_ON_LINE',
        by: 'P1@1/L',
      }),
    );
    expectInvariants(order);
  });
});

describe('clamp on order rules', () => {
  test('ORDER_AMOUNT_OFF above the order total truncates each line at 0.00', () => {
    const lines = [{ listUnitPrice: '10.00' }, { listUnitPrice: '20.00' }];
    const order = priceOrder(buildOrder(lines), [orderAmount({ value: '50.00' })]);

    // 50.00 by gross 10:20 → 16.67 / 33.33, cut to 10.00 / 20.00.
    expect(
      order.lines.map((line) => [line.applied[0].amount.toFixed(2), line.applied[0].truncated]),
    ).toEqual([
      ['10.00', true],
      ['20.00', true],
    ]);
    expect(nets(order)).toEqual(['0.00', '0.00']);
    expectInvariants(order);
  });
});
