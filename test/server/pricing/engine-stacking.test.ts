/** Line mechanics, stacking and rounding (SPEC 4 steps 4-5), with the spec's acceptance examples. */
import { priceOrder } from '../../../server/src/pricing/engine';
import type { EngineRule, PricingLine } from '../../../server/src/pricing/types';
import { appliedOf, expectInvariants } from './invariants';
import { buildOrder, buildRule } from './rule-builder';

interface Case {
  name: string;
  line: Partial<PricingLine>;
  rules: Partial<EngineRule>[];
  net: string;
  /** [rule, amount, truncated] in application order. */
  applied: [string, string, boolean][];
}

const cases: Case[] = [
  {
    name: 'acceptance: 20% off and 30.00 off, both ON_BASE',
    line: { listUnitPrice: '500.00' },
    rules: [
      { ruleCode: 'PCT20', value: '20' },
      { ruleCode: 'AMT30', mechanic: 'AMOUNT_OFF', value: '30.00' },
    ],
    net: '370.00',
    applied: [
      ['PCT20', '100.00', false],
      ['AMT30', '30.00', false],
    ],
  },
  {
    name: 'acceptance: both SEQUENTIAL, the 30.00 rule at higher priority',
    line: { listUnitPrice: '500.00' },
    rules: [
      { ruleCode: 'PCT20', value: '20', stacking: 'SEQUENTIAL', priority: 1 },
      {
        ruleCode: 'AMT30',
        mechanic: 'AMOUNT_OFF',
        value: '30.00',
        stacking: 'SEQUENTIAL',
        priority: 2,
      },
    ],
    net: '376.00',
    applied: [
      ['AMT30', '30.00', false],
      ['PCT20', '94.00', false],
    ],
  },
  {
    name: 'both SEQUENTIAL, the 20% rule first: 20% of 500.00, then 30.00',
    line: { listUnitPrice: '500.00' },
    rules: [
      { ruleCode: 'PCT20', value: '20', stacking: 'SEQUENTIAL', priority: 2 },
      { ruleCode: 'AMT30', mechanic: 'AMOUNT_OFF', value: '30.00', stacking: 'SEQUENTIAL' },
    ],
    net: '370.00',
    applied: [
      ['PCT20', '100.00', false],
      ['AMT30', '30.00', false],
    ],
  },
  {
    name: 'acceptance: 2.90 at 5% off is 0.145, rounded half-up to 0.15 (binary floats give 0.14)',
    line: { listUnitPrice: '2.90' },
    rules: [{ value: '5' }],
    net: '2.75',
    applied: [['R1', '0.15', false]],
  },
  {
    name: '10.5% of 99.99 is 10.49895, rounded to 10.50',
    line: { listUnitPrice: '99.99' },
    rules: [{ value: '10.5' }],
    net: '89.49',
    applied: [['R1', '10.50', false]],
  },
  {
    name: '10.5% of 200.00 × 3',
    line: { listUnitPrice: '200.00', qty: 3 },
    rules: [{ value: '10.5' }],
    net: '537.00',
    applied: [['R1', '63.00', false]],
  },
  {
    name: 'rounded once per line, never per unit: 5% of 0.10 × 3 is 0.015 → 0.02 (per unit: 0.03)',
    line: { listUnitPrice: '0.10', qty: 3 },
    rules: [{ value: '5' }],
    net: '0.28',
    applied: [['R1', '0.02', false]],
  },
  {
    name: 'AMOUNT_OFF is per unit',
    line: { listUnitPrice: '100.00', qty: 3 },
    rules: [{ mechanic: 'AMOUNT_OFF', value: '12.50' }],
    net: '262.50',
    applied: [['R1', '37.50', false]],
  },
  {
    name: 'SEQUENTIAL under MaxDiscountedQty works on the discounted units’ share of the running net',
    line: { listUnitPrice: '100.00', qty: 4 },
    rules: [
      { ruleCode: 'A', mechanic: 'AMOUNT_OFF', value: '10.00', priority: 2 },
      { ruleCode: 'B', value: '50', stacking: 'SEQUENTIAL', maxDiscountedQty: 2 },
    ],
    // A: 10.00 × 4 = 40.00, net 360.00; B: 50% of 360.00 × 2/4 = 90.00.
    net: '270.00',
    applied: [
      ['A', '40.00', false],
      ['B', '90.00', false],
    ],
  },
  {
    name: 'ON_BASE after SEQUENTIAL still works on the list amount',
    line: { listUnitPrice: '200.00' },
    rules: [
      { ruleCode: 'A', value: '50', stacking: 'SEQUENTIAL', priority: 2 },
      { ruleCode: 'B', value: '10' },
    ],
    net: '80.00',
    applied: [
      ['A', '100.00', false],
      ['B', '20.00', false],
    ],
  },
  {
    name: 'a 0% rule applies with amount 0.00',
    line: { listUnitPrice: '200.00' },
    rules: [{ value: '0' }],
    net: '200.00',
    applied: [['R1', '0.00', false]],
  },
];

describe('line mechanics and stacking', () => {
  test.each(cases)('$name', ({ line, rules, net, applied }) => {
    const order = priceOrder(buildOrder([line]), rules.map(buildRule));
    const [priced] = order.lines;

    expect(priced.netAmount.toFixed(2)).toBe(net);
    expect(appliedOf(priced)).toEqual(applied);
    expectInvariants(order);
  });
});

describe('netUnitPrice', () => {
  test('is netAmount / qty rounded half-up, for display', () => {
    // 10% on 1 of 3 units of 100.00: net 290.00; 290 / 3 = 96.666… → 96.67.
    const rules = [buildRule({ maxDiscountedQty: 1 })];
    const order = priceOrder(buildOrder([{ listUnitPrice: '100.00', qty: 3 }]), rules);

    expect(order.lines[0].netAmount.toFixed(2)).toBe('290.00');
    expect(order.lines[0].netUnitPrice.toFixed(2)).toBe('96.67');
    expectInvariants(order);
  });
});

describe('the applied trace entry', () => {
  test('names plan@version/rule, the base, the unrounded and the rounded amount', () => {
    const rules = [buildRule({ planCode: 'Q1-2026', version: 3, ruleCode: 'R7', value: '5' })];
    const order = priceOrder(buildOrder([{ listUnitPrice: '2.90' }]), rules);
    const entry = order.lines[0].trace.find((e) => e.kind === 'applied');

    expect(entry).toMatchObject({
      rule: 'Q1-2026@3/R7',
      base: '2.90',
      discountedQty: 1,
      unrounded: '0.145',
      rounded: '0.15',
    });
    expect(entry?.message).toContain('Q1-2026@3/R7');
    expectInvariants(order);
  });
});
