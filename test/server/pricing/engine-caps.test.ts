/** LineCap, OrderCap (allocated by largest remainder) and the clamp at zero (SPEC 4 steps 6-7). */
import { priceOrder } from '../../../server/src/pricing/engine';
import type { EngineRule, PricingLine } from '../../../server/src/pricing/types';
import { appliedOf, expectInvariants, nets, ruleTotal } from './invariants';
import { buildOrder, buildRule } from './rule-builder';

describe('LineCap', () => {
  test.each<[string, string | null, string, string]>([
    ['caps the rounded amount', '300.00', '300.00', '1700.00'],
    ['at the cap exactly, nothing changes', '400.00', '400.00', '1600.00'],
    ['no cap', null, '400.00', '1600.00'],
  ])('%s', (_name, lineCap, amount, net) => {
    const rules = [buildRule({ value: '20', lineCap })];
    const order = priceOrder(buildOrder([{ listUnitPrice: '1000.00', qty: 2 }]), rules);
    const [line] = order.lines;

    expect(appliedOf(line)).toEqual([['R1', amount, false]]);
    expect(line.netAmount.toFixed(2)).toBe(net);
    const capped = line.trace.filter((e) => e.kind === 'capped');
    expect(capped).toHaveLength(lineCap === '300.00' ? 1 : 0);
    expectInvariants(order);
  });
});

interface OrderCapCase {
  name: string;
  lines: Partial<PricingLine>[];
  rule: Partial<EngineRule>;
  parts: string[];
  total: string;
}

const orderCapCases: OrderCapCase[] = [
  {
    name: 'three lines of 100.00 off under a 100.00 cap',
    lines: [{ listUnitPrice: '200.00' }, { listUnitPrice: '200.00' }, { listUnitPrice: '200.00' }],
    rule: { mechanic: 'AMOUNT_OFF', value: '100.00', orderCap: '100.00' },
    parts: ['33.34', '33.33', '33.33'],
    total: '100.00',
  },
  {
    name: 'pro rata to the uncapped amounts 50 / 30 / 20, the odd fen to the largest remainder',
    lines: [{ listUnitPrice: '500.00' }, { listUnitPrice: '300.00' }, { listUnitPrice: '200.00' }],
    rule: { value: '10', orderCap: '10.01' },
    parts: ['5.01', '3.00', '2.00'],
    total: '10.01',
  },
  {
    name: 'under the cap nothing is capped',
    lines: [{ listUnitPrice: '500.00' }, { listUnitPrice: '300.00' }],
    rule: { value: '10', orderCap: '80.00' },
    parts: ['50.00', '30.00'],
    total: '80.00',
  },
  {
    name: 'only the lines the rule reaches share the cap',
    lines: [
      { listUnitPrice: '500.00' },
      { listUnitPrice: '500.00', sku: 'BALLOON-01', category: 'BALLOON' },
      { listUnitPrice: '300.00' },
    ],
    rule: { value: '10', categories: ['STENT'], orderCap: '40.00' },
    parts: ['25.00', '0', '15.00'],
    total: '40.00',
  },
];

describe('OrderCap on a line rule', () => {
  test.each(orderCapCases)('$name', ({ lines, rule, parts, total }) => {
    const order = priceOrder(buildOrder(lines), [buildRule(rule)]);
    const amounts = order.lines.map((line) => line.applied[0]?.amount.toFixed(2) ?? '0');

    expect(amounts).toEqual(parts);
    expect(ruleTotal(order, 'R1')).toBe(total);
    expectInvariants(order);
  });

  test('a capped line says so in its trace', () => {
    const lines = [
      { listUnitPrice: '200.00' },
      { listUnitPrice: '200.00' },
      { listUnitPrice: '200.00' },
    ];
    const rules = [buildRule({ mechanic: 'AMOUNT_OFF', value: '100.00', orderCap: '100.00' })];
    const order = priceOrder(buildOrder(lines), rules);

    expect(order.lines[0].trace).toContainEqual(
      expect.objectContaining({ kind: 'capped', cap: 'ORDER_CAP', from: '100.00', to: '33.34' }),
    );
    expectInvariants(order);
  });

  test('a SEQUENTIAL rule after a capped one works on the capped running net', () => {
    const rules = [
      buildRule({
        ruleCode: 'A',
        mechanic: 'AMOUNT_OFF',
        value: '50.00',
        orderCap: '60.00',
        priority: 5,
      }),
      buildRule({ ruleCode: 'B', value: '10', stacking: 'SEQUENTIAL' }),
    ];
    const order = priceOrder(
      buildOrder([{ listUnitPrice: '100.00' }, { listUnitPrice: '100.00' }]),
      rules,
    );

    // A: 50.00 + 50.00 capped to 60.00 → 30.00 each; B: 10% of 70.00 = 7.00 each.
    expect(appliedOf(order.lines[0])).toEqual([
      ['A', '30.00', false],
      ['B', '7.00', false],
    ]);
    expect(nets(order)).toEqual(['63.00', '63.00']);
    expect(ruleTotal(order, 'A')).toBe('60.00');
    expectInvariants(order);
  });
});

describe('clamp at zero', () => {
  test('the rule that would push the line below 0 is truncated', () => {
    const rules = [
      buildRule({ ruleCode: 'P60', value: '60' }),
      buildRule({ ruleCode: 'P50', value: '50' }),
    ];
    const order = priceOrder(buildOrder([{ listUnitPrice: '100.00' }]), rules);
    const [line] = order.lines;

    expect(appliedOf(line)).toEqual([
      ['P60', '60.00', false],
      ['P50', '40.00', true],
    ]);
    expect(line.netAmount.toFixed(2)).toBe('0.00');
    expect(line.trace).toContainEqual(
      expect.objectContaining({ kind: 'truncated', rule: 'P1@1/P50', from: '50.00', to: '40.00' }),
    );
    expectInvariants(order);
  });

  test('an amount off larger than the price stops at 0.00', () => {
    const rules = [buildRule({ mechanic: 'AMOUNT_OFF', value: '150.00' })];
    const order = priceOrder(buildOrder([{ listUnitPrice: '100.00', qty: 2 }]), rules);

    expect(appliedOf(order.lines[0])).toEqual([['R1', '200.00', true]]);
    expect(order.lines[0].netUnitPrice.toFixed(2)).toBe('0.00');
    expectInvariants(order);
  });

  test('a rule after the line reached 0 is truncated to 0.00', () => {
    const rules = [
      buildRule({ ruleCode: 'A', mechanic: 'AMOUNT_OFF', value: '100.00', priority: 2 }),
      buildRule({ ruleCode: 'B', value: '10' }),
    ];
    const order = priceOrder(buildOrder([{ listUnitPrice: '100.00' }]), rules);

    expect(appliedOf(order.lines[0])).toEqual([
      ['A', '100.00', false],
      ['B', '0.00', true],
    ]);
    expectInvariants(order);
  });
});
