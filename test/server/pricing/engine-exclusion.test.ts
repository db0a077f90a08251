/** Exclusion groups, the tie-break, EXCLUSIVE and FIXED_PRICE (SPEC 4 steps 3-4). */
import { priceOrder } from '../../../server/src/pricing/engine';
import type { TraceEntry } from '../../../server/src/pricing/trace';
import type { EngineRule } from '../../../server/src/pricing/types';
import { appliedOf, expectInvariants } from './invariants';
import { buildOrder, buildRule } from './rule-builder';

function excludedEntries(trace: TraceEntry[]) {
  return trace.filter((entry) => entry.kind === 'excluded');
}

interface TieCase {
  level: string;
  a: Partial<EngineRule>;
  b: Partial<EngineRule>;
  winner: 'A' | 'B';
  /** How the trace explains the win. */
  because: string;
}

// Both rules are PCT_OFF in exclusion group G on a 500.00 line; they differ only where the case says.
const tieCases: TieCase[] = [
  {
    level: 'higher priority beats a larger benefit',
    a: { value: '10', priority: 5 },
    b: { value: '30', priority: 1 },
    winner: 'A',
    because: 'higher priority 5 > 1',
  },
  {
    level: 'more specific beats a larger benefit',
    a: { value: '10', provinces: ['330000'], inventory: null },
    b: { value: '30' },
    winner: 'A',
    because: 'more specific: 1 > 0 filters',
  },
  {
    level: 'the inventory condition counts as a filter',
    a: { value: '30', categories: ['STENT'] },
    b: {
      value: '10',
      categories: ['STENT'],
      inventory: { kind: 'EXPIRY_WITHIN_DAYS', days: 365 },
    },
    winner: 'B',
    because: 'more specific: 2 > 1 filters',
  },
  {
    level: 'larger benefit to the customer',
    a: { value: '10' },
    b: { value: '30' },
    winner: 'B',
    because: 'larger benefit 150.00 > 50.00',
  },
  {
    level: 'earlier start: rule start, else plan start',
    a: { value: '20', start: '2026-02-01' },
    b: { value: '20', start: null, planStart: '2026-01-01' },
    winner: 'B',
    because: 'earlier start 2026-01-01 < 2026-02-01',
  },
  {
    level: 'lower rule code',
    a: { value: '20', ruleCode: 'R2' },
    b: { value: '20', ruleCode: 'R1' },
    winner: 'B',
    because: 'lower rule code R1 < R2',
  },
  {
    level: 'lower plan code when rule codes are equal',
    a: { value: '20', ruleCode: 'R1', planCode: 'P2' },
    b: { value: '20', ruleCode: 'R1', planCode: 'P1' },
    winner: 'B',
    because: 'lower plan code P1 < P2',
  },
];

describe('exclusion group: one winner by the tie-break', () => {
  test.each(tieCases)('$level', ({ a, b, winner, because }) => {
    const ruleA = buildRule({ ruleCode: 'A', exclusionGroup: 'G', ...a });
    const ruleB = buildRule({ ruleCode: 'B', exclusionGroup: 'G', ...b });
    const order = priceOrder(buildOrder([{ lotExpiry: '2026-06-30' }]), [ruleA, ruleB]);
    const [line] = order.lines;
    const [won, lost] = winner === 'A' ? [ruleA, ruleB] : [ruleB, ruleA];
    const ref = (rule: EngineRule) => `${rule.planCode}@1/${rule.ruleCode}`;

    expect(line.applied.map((x) => `${x.plan}/${x.rule}`)).toEqual([
      `${won.planCode}/${won.ruleCode}`,
    ]);
    expect(excludedEntries(line.trace)).toEqual([
      expect.objectContaining({ rule: ref(lost), reason: 'EXCLUSION_GROUP', by: ref(won) }),
    ]);
    expect(excludedEntries(line.trace)[0].message).toContain(because);
    expectInvariants(order);
  });

  test('rules in different groups both apply', () => {
    const rules = [
      buildRule({ ruleCode: 'A', exclusionGroup: 'G1', value: '10' }),
      buildRule({ ruleCode: 'B', exclusionGroup: 'G2', value: '20' }),
    ];
    const order = priceOrder(buildOrder([{}]), rules);

    expect(order.lines[0].netAmount.toFixed(2)).toBe('350.00');
    expect(excludedEntries(order.lines[0].trace)).toEqual([]);
    expectInvariants(order);
  });
});

describe('EXCLUSIVE', () => {
  const others = [
    buildRule({ ruleCode: 'PCT20', value: '20', priority: 3 }),
    buildRule({ ruleCode: 'AMT30', mechanic: 'AMOUNT_OFF', value: '30.00', priority: 3 }),
  ];

  test('an EXCLUSIVE rule first in the tie-break is the only rule on its line', () => {
    const exclusive = buildRule({
      ruleCode: 'EX',
      stacking: 'EXCLUSIVE',
      value: '15',
      priority: 5,
    });
    const order = priceOrder(buildOrder([{}]), [...others, exclusive]);
    const [line] = order.lines;

    expect(appliedOf(line)).toEqual([['EX', '75.00', false]]);
    expect(
      excludedEntries(line.trace).map((e) => [e.rule, e.kind === 'excluded' && e.reason]),
    ).toEqual([
      ['P1@1/PCT20', 'EXCLUSIVE'],
      ['P1@1/AMT30', 'EXCLUSIVE'],
    ]);
    expectInvariants(order);
  });

  test('an EXCLUSIVE rule outranked by another candidate does not apply; the others stack', () => {
    const exclusive = buildRule({
      ruleCode: 'EX',
      stacking: 'EXCLUSIVE',
      value: '15',
      priority: 1,
    });
    const order = priceOrder(buildOrder([{}]), [...others, exclusive]);
    const [line] = order.lines;

    expect(appliedOf(line)).toEqual([
      ['PCT20', '100.00', false],
      ['AMT30', '30.00', false],
    ]);
    expect(excludedEntries(line.trace)).toEqual([
      expect.objectContaining({ rule: 'P1@1/EX', reason: 'EXCLUSIVE_OUTRANKED', by: 'P1@1/PCT20' }),
    ]);
    expectInvariants(order);
  });

  test('an EXCLUSIVE rule alone applies', () => {
    const order = priceOrder(buildOrder([{}]), [buildRule({ stacking: 'EXCLUSIVE', value: '15' })]);

    expect(order.lines[0].netAmount.toFixed(2)).toBe('425.00');
    expectInvariants(order);
  });
});

describe('FIXED_PRICE', () => {
  test('replaces the base price and ends every other line discount, whatever their priority', () => {
    const rules = [
      buildRule({ ruleCode: 'PCT10', value: '10', priority: 9 }),
      buildRule({ ruleCode: 'FIX', mechanic: 'FIXED_PRICE', value: '420.00' }),
      buildRule({
        ruleCode: 'AMT30',
        mechanic: 'AMOUNT_OFF',
        value: '30.00',
        stacking: 'SEQUENTIAL',
      }),
    ];
    const order = priceOrder(buildOrder([{ listUnitPrice: '500.00', qty: 2 }]), rules);
    const [line] = order.lines;

    expect(appliedOf(line)).toEqual([['FIX', '160.00', false]]);
    expect(line.netAmount.toFixed(2)).toBe('840.00');
    expect(excludedEntries(line.trace)).toEqual([
      expect.objectContaining({ rule: 'P1@1/PCT10', reason: 'FIXED_PRICE', by: 'P1@1/FIX' }),
      expect.objectContaining({ rule: 'P1@1/AMT30', reason: 'FIXED_PRICE', by: 'P1@1/FIX' }),
    ]);
    expectInvariants(order);
  });

  test('between two fixed prices the tie-break winner (larger benefit) is the price', () => {
    const rules = [
      buildRule({ ruleCode: 'F420', mechanic: 'FIXED_PRICE', value: '420.00' }),
      buildRule({ ruleCode: 'F400', mechanic: 'FIXED_PRICE', value: '400.00' }),
    ];
    const order = priceOrder(buildOrder([{}]), rules);

    expect(appliedOf(order.lines[0])).toEqual([['F400', '100.00', false]]);
    expect(excludedEntries(order.lines[0].trace)).toEqual([
      expect.objectContaining({ rule: 'P1@1/F420', reason: 'FIXED_PRICE', by: 'P1@1/F400' }),
    ]);
    expectInvariants(order);
  });

  test('MaxDiscountedQty: (list − fixed) × discounted units', () => {
    const rules = [buildRule({ mechanic: 'FIXED_PRICE', value: '420.00', maxDiscountedQty: 2 })];
    const order = priceOrder(buildOrder([{ qty: 5 }]), rules);

    // (500.00 − 420.00) × 2 = 160.00; gross 2500.00.
    expect(order.lines[0].netAmount.toFixed(2)).toBe('2340.00');
    expectInvariants(order);
  });

  test('a fixed price above list gives 0.00, never a surcharge, and says so', () => {
    const rules = [
      buildRule({ ruleCode: 'FIX', mechanic: 'FIXED_PRICE', value: '600.00' }),
      buildRule({ ruleCode: 'PCT10', value: '10' }),
    ];
    const order = priceOrder(buildOrder([{}]), rules);
    const [line] = order.lines;

    expect(appliedOf(line)).toEqual([['FIX', '0.00', false]]);
    expect(line.netAmount.toFixed(2)).toBe('500.00');
    expect(line.findings).toEqual([
      expect.objectContaining({ code: 'FIXED_PRICE_NOT_BELOW_LIST', severity: 'INFO' }),
    ]);
    expectInvariants(order);
  });

  test('an EXCLUSIVE rule that outranks a fixed price keeps the line to itself', () => {
    const rules = [
      buildRule({ ruleCode: 'FIX', mechanic: 'FIXED_PRICE', value: '420.00' }),
      buildRule({ ruleCode: 'EX', value: '10', stacking: 'EXCLUSIVE', priority: 5 }),
    ];
    const order = priceOrder(buildOrder([{}]), rules);

    expect(appliedOf(order.lines[0])).toEqual([['EX', '50.00', false]]);
    expectInvariants(order);
  });
});
