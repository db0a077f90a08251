/** Candidate filters and gates (SPEC 4 step 2): each dimension, inventory, dates, qty and amount. */
import { businessDateOf } from '../../../server/src/pricing/business-date';
import { priceOrder } from '../../../server/src/pricing/engine';
import type { IneligibleReason } from '../../../server/src/pricing/trace';
import type { EngineRule, PricedOrder, PricingLine } from '../../../server/src/pricing/types';
import { expectInvariants } from './invariants';
import { buildOrder, buildRule, PRICING_DATE } from './rule-builder';

interface FilterCase {
  name: string;
  rule: Partial<EngineRule>;
  line: Partial<PricingLine>;
  pricingDate?: string;
  /** null when the rule applies; otherwise the reason the trace must give. */
  refused: IneligibleReason | null;
}

// Every line is 500.00 × qty 1 (gross 500.00) unless it says otherwise; the rule is 10% off.
const cases: FilterCase[] = [
  { name: 'no filters', rule: {}, line: {}, refused: null },
  { name: 'sku listed', rule: { skus: ['STENT-01'] }, line: {}, refused: null },
  { name: 'sku not listed', rule: { skus: ['STENT-02'] }, line: {}, refused: 'PRODUCT' },
  { name: 'category listed', rule: { categories: ['STENT'] }, line: {}, refused: null },
  {
    name: 'category not listed',
    rule: { categories: ['BALLOON'] },
    line: {},
    refused: 'PRODUCT',
  },
  {
    name: 'skus OR categories: the category matches',
    rule: { skus: ['BALLOON-01'], categories: ['STENT'] },
    line: {},
    refused: null,
  },
  {
    name: 'skus OR categories: the sku matches',
    rule: { skus: ['STENT-01'], categories: ['BALLOON'] },
    line: {},
    refused: null,
  },
  {
    name: 'skus OR categories: neither matches',
    rule: { skus: ['BALLOON-01'], categories: ['BALLOON'] },
    line: {},
    refused: 'PRODUCT',
  },
  { name: 'province listed', rule: { provinces: ['310000', '330000'] }, line: {}, refused: null },
  { name: 'province not listed', rule: { provinces: ['310000'] }, line: {}, refused: 'PROVINCE' },
  {
    name: 'province restricted, line has none',
    rule: { provinces: ['330000'] },
    line: { province: null },
    refused: 'PROVINCE',
  },
  { name: 'channel listed', rule: { channels: ['PUBLIC_HOSPITAL'] }, line: {}, refused: null },
  { name: 'channel not listed', rule: { channels: ['RETAIL'] }, line: {}, refused: 'CHANNEL' },
  {
    name: 'channel restricted, line has none',
    rule: { channels: ['PUBLIC_HOSPITAL'] },
    line: { channel: null },
    refused: 'CHANNEL',
  },
  { name: 'grade listed', rule: { grades: ['3A', '3B'] }, line: {}, refused: null },
  { name: 'grade not listed', rule: { grades: ['2A'] }, line: {}, refused: 'GRADE' },
  {
    name: 'grade restricted, line has none',
    rule: { grades: ['3A'] },
    line: { grade: null },
    refused: 'GRADE',
  },
  { name: 'tier listed', rule: { tiers: ['T1'] }, line: {}, refused: null },
  { name: 'tier not listed', rule: { tiers: ['T2', 'DELIVERY'] }, line: {}, refused: 'TIER' },
  {
    name: 'tier restricted, line has none',
    rule: { tiers: ['T1'] },
    line: { tier: null },
    refused: 'TIER',
  },
  { name: 'distributor listed', rule: { distributors: ['D001'] }, line: {}, refused: null },
  {
    name: 'distributor not listed',
    rule: { distributors: ['D002'] },
    line: {},
    refused: 'DISTRIBUTOR',
  },
  {
    name: 'distributor restricted, line has none',
    rule: { distributors: ['D001'] },
    line: { distributor: null },
    refused: 'DISTRIBUTOR',
  },
  { name: 'hospital listed', rule: { hospitals: ['H001'] }, line: {}, refused: null },
  { name: 'hospital not listed', rule: { hospitals: ['H002'] }, line: {}, refused: 'HOSPITAL' },
  {
    name: 'hospital restricted, line has none',
    rule: { hospitals: ['H001'] },
    line: { hospital: null },
    refused: 'HOSPITAL',
  },
  // 2026-03-15 + 180 days = 2026-09-11.
  {
    name: 'lot expires on pricing date + N days',
    rule: { inventory: { kind: 'EXPIRY_WITHIN_DAYS', days: 180 } },
    line: { lotExpiry: '2026-09-11' },
    refused: null,
  },
  {
    name: 'lot expires one day after the window',
    rule: { inventory: { kind: 'EXPIRY_WITHIN_DAYS', days: 180 } },
    line: { lotExpiry: '2026-09-12' },
    refused: 'INVENTORY',
  },
  {
    name: 'inventory condition, line has no lot expiry',
    rule: { inventory: { kind: 'EXPIRY_WITHIN_DAYS', days: 180 } },
    line: { lotExpiry: null },
    refused: 'INVENTORY',
  },
  {
    name: 'pricing date on the plan start',
    rule: { planStart: PRICING_DATE },
    line: {},
    refused: null,
  },
  {
    name: 'pricing date on the plan end',
    rule: { planEnd: PRICING_DATE },
    line: {},
    refused: null,
  },
  {
    name: 'pricing date after the plan end',
    rule: { planEnd: '2026-03-14' },
    line: {},
    refused: 'PLAN_DATES',
  },
  {
    name: 'pricing date before the plan start',
    rule: { planStart: '2026-03-16' },
    line: {},
    refused: 'PLAN_DATES',
  },
  {
    name: 'pricing date on the rule start and end',
    rule: { start: PRICING_DATE, end: PRICING_DATE },
    line: {},
    refused: null,
  },
  {
    name: 'pricing date before the rule start',
    rule: { start: '2026-03-16' },
    line: {},
    refused: 'RULE_DATES',
  },
  {
    name: 'pricing date after the rule end',
    rule: { end: '2026-03-14' },
    line: {},
    refused: 'RULE_DATES',
  },
  {
    name: 'acceptance: rule 2026-03-01…2026-03-31 at 2026-03-31T23:59:59+08:00',
    rule: { start: '2026-03-01', end: '2026-03-31' },
    line: {},
    pricingDate: businessDateOf('2026-03-31T23:59:59+08:00'),
    refused: null,
  },
  {
    name: 'acceptance: rule 2026-03-01…2026-03-31 at 2026-03-31T16:30:00Z (Shanghai 04-01)',
    rule: { start: '2026-03-01', end: '2026-03-31' },
    line: {},
    pricingDate: businessDateOf('2026-03-31T16:30:00Z'),
    refused: 'RULE_DATES',
  },
  {
    name: 'plan 2026-03-01…2026-03-31 at 2026-03-31T16:30:00Z (Shanghai 04-01)',
    rule: { planStart: '2026-03-01', planEnd: '2026-03-31' },
    line: {},
    pricingDate: businessDateOf('2026-03-31T16:30:00Z'),
    refused: 'PLAN_DATES',
  },
  { name: 'qty at MinQty', rule: { minQty: 3, maxQty: 6 }, line: { qty: 3 }, refused: null },
  { name: 'qty at MaxQty', rule: { minQty: 3, maxQty: 6 }, line: { qty: 6 }, refused: null },
  {
    name: 'qty below MinQty',
    rule: { minQty: 3, maxQty: 6 },
    line: { qty: 2 },
    refused: 'QTY_BAND',
  },
  {
    name: 'qty above MaxQty',
    rule: { minQty: 3, maxQty: 6 },
    line: { qty: 7 },
    refused: 'QTY_BAND',
  },
  {
    name: 'line gross at MinAmount',
    rule: { minAmount: '1000.00' },
    line: { qty: 2 },
    refused: null,
  },
  {
    name: 'line gross below MinAmount',
    rule: { minAmount: '1000.00' },
    line: { qty: 1 },
    refused: 'MIN_AMOUNT',
  },
  {
    name: 'a malformed value makes the rule invalid, not an error',
    rule: { value: 'ten' },
    line: {},
    refused: 'INVALID_RULE',
  },
  {
    name: 'a percentage above 100 is invalid',
    rule: { value: '150' },
    line: {},
    refused: 'INVALID_RULE',
  },
];

function discountOf(order: PricedOrder): string {
  return order.lines[0].discountAmount.toFixed(2);
}

describe('candidate filters', () => {
  test.each(cases)('$name', ({ rule, line, pricingDate, refused }) => {
    const order = priceOrder(buildOrder([line], pricingDate), [buildRule(rule)]);
    const trace = order.lines[0].trace;
    const gross = order.lines[0].grossAmount;

    if (refused === null) {
      expect(discountOf(order)).toBe(gross.times('0.1').toFixed(2));
      expect(trace.map((e) => e.kind)).toContain('candidate');
    } else if (refused === 'PRODUCT') {
      // The rule index only hands a line the rules that could name its product: no trace entry.
      expect(discountOf(order)).toBe('0.00');
      expect(trace).toEqual([]);
    } else {
      expect(discountOf(order)).toBe('0.00');
      expect(trace).toContainEqual(
        expect.objectContaining({ kind: 'ineligible', rule: 'P1@1/R1', reason: refused }),
      );
    }
    expectInvariants(order);
  });

  test('a rule for another audience never reaches the line', () => {
    const order = priceOrder(buildOrder([{ audience: 'DISTRIBUTOR' }]), [buildRule()]);

    expect(discountOf(order)).toBe('0.00');
    expect(order.lines[0].trace).toEqual([]);
    expectInvariants(order);
  });

  test('a rule naming both the sku and the category of a line applies once', () => {
    const rules = [buildRule({ skus: ['STENT-01'], categories: ['STENT'] })];
    const order = priceOrder(buildOrder([{}]), rules);

    expect(order.lines[0].applied).toHaveLength(1);
    expect(discountOf(order)).toBe('50.00');
    expectInvariants(order);
  });
});

describe('acceptance: list 200.00 at 25% off, qty 7', () => {
  test.each<[string, Partial<EngineRule>, string]>([
    ['band MinQty 3 / MaxQty 6 keeps the whole line out', { minQty: 3, maxQty: 6 }, '1400.00'],
    ['MaxDiscountedQty 6 discounts 6 of the 7 units', { maxDiscountedQty: 6 }, '1100.00'],
  ])('%s', (_name, rule, net) => {
    const order = priceOrder(buildOrder([{ listUnitPrice: '200.00', qty: 7 }]), [
      buildRule({ value: '25', ...rule }),
    ]);

    expect(order.lines[0].netAmount.toFixed(2)).toBe(net);
    expectInvariants(order);
  });
});

describe('mechanics that need their own fields, or accrue in settlement', () => {
  test.each([
    ['BUNDLE', 'BUNDLE needs BundleSkus'],
    ['FREE_GOODS', 'FREE_GOODS needs EveryN'],
    ['TIERED_REBATE', 'TIERED_REBATE needs Tiers'],
  ] as const)('%s without its fields is an invalid rule, never an error', (mechanic, problem) => {
    const order = priceOrder(buildOrder([{}]), [buildRule({ mechanic, value: null })]);

    expect(discountOf(order)).toBe('0.00');
    expect(order.lines[0].freeGoods).toEqual([]);
    const entry = order.lines[0].trace.find((e) => e.kind === 'ineligible');
    expect(entry).toMatchObject({ rule: 'P1@1/R1', reason: 'INVALID_RULE' });
    expect(entry?.message).toContain(problem);
    expectInvariants(order);
  });

  test('CHARGEBACK is skipped with a trace entry: it accrues in settlement', () => {
    const rules = [buildRule({ mechanic: 'CHARGEBACK', value: null })];
    const order = priceOrder(buildOrder([{}]), rules);

    expect(discountOf(order)).toBe('0.00');
    const entry = order.lines[0].trace.find((e) => e.kind === 'skipped');
    expect(entry?.message).toBe(
      'skipped: P1@1/R1: CHARGEBACK accrues in settlement; it does not change the invoice price',
    );
    expectInvariants(order);
  });
});
