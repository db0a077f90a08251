import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import {
  buildWorkbook,
  headersOf,
  MASTER,
  percent,
  PLAN_HEADERS,
  RULE_HEADERS,
  type FixtureRecord,
  parseSheets,
  located,
} from './plan-fixtures';

const PLAN: FixtureRecord = {
  planCode: 'P1',
  name: 'Q1',
  level: 'QUARTERLY',
  start: '2026-01-01',
  end: '2026-03-31',
};
const RULE: FixtureRecord = {
  planCode: 'P1',
  ruleCode: 'R1',
  mechanic: 'PCT_OFF',
  audience: 'HOSPITAL',
  value: '10%',
};
const FREE_GOODS: FixtureRecord = {
  ...RULE,
  mechanic: 'FREE_GOODS',
  value: null,
  freeSku: 'SKU-003',
  everyN: 10,
  freeQty: 1,
};
const BUNDLE: FixtureRecord = {
  ...RULE,
  mechanic: 'BUNDLE',
  bundleSkus: 'SKU-001, SKU-002',
  bundleMinQty: 2,
};
const REBATE: FixtureRecord = {
  ...RULE,
  mechanic: 'TIERED_REBATE',
  value: null,
  rebateTiers: '1000000:1%',
  tierMode: 'RETRO',
};

const parse = (plans: FixtureRecord[], rules: FixtureRecord[], storedPlans: string[] = []) =>
  parseSheets(plans, rules, { ...MASTER, plans: new Set(storedPlans) });

describe('rule checks: one finding per problem, on the problem cell', () => {
  test.each<[string, FixtureRecord, string, string]>([
    [
      'an unknown category in Products',
      { ...RULE, products: 'STENT, WIDGETS' },
      'UNKNOWN_SKU',
      'Products',
    ],
    ['an unknown free SKU', { ...FREE_GOODS, freeSku: 'SKU-999' }, 'UNKNOWN_SKU', 'FreeSku'],
    ['a category as the free SKU', { ...FREE_GOODS, freeSku: 'STENT' }, 'UNKNOWN_SKU', 'FreeSku'],
    ['two free SKUs', { ...FREE_GOODS, freeSku: 'SKU-001, SKU-002' }, 'BAD_FREE_SKU', 'FreeSku'],
    [
      'an unknown bundle SKU',
      { ...BUNDLE, bundleSkus: 'SKU-001, NOPE' },
      'UNKNOWN_SKU',
      'BundleSkus',
    ],
    [
      'an unknown province',
      { ...RULE, provinces: '浙江, Atlantis' },
      'UNKNOWN_PROVINCE',
      'Provinces',
    ],
    ['an unknown channel', { ...RULE, channels: 'WHOLESALE' }, 'UNKNOWN_CHANNEL', 'Channels'],
    ['an unknown grade', { ...RULE, grades: '4A' }, 'UNKNOWN_GRADE', 'Grades'],
    ['an unknown distributor tier', { ...RULE, tiers: 'T3' }, 'UNKNOWN_TIER', 'DistributorTiers'],
    [
      'an unknown distributor',
      { ...RULE, distributors: 'D999' },
      'UNKNOWN_DISTRIBUTOR',
      'Distributors',
    ],
    ['an unknown hospital', { ...RULE, hospitals: 'H999' }, 'UNKNOWN_HOSPITAL', 'Hospitals'],
    [
      'a rule ending before it starts',
      { ...RULE, start: '2026-02-01', end: '2026-01-15' },
      'END_BEFORE_START',
      'End',
    ],
    [
      'a rule starting before its plan',
      { ...RULE, start: '2025-12-31' },
      'RULE_OUTSIDE_PLAN',
      'Start',
    ],
    ['a rule ending after its plan', { ...RULE, end: '2026-04-01' }, 'RULE_OUTSIDE_PLAN', 'End'],
    [
      'a rule starting after its plan ends',
      { ...RULE, start: '2026-04-01' },
      'RULE_OUTSIDE_PLAN',
      'Start',
    ],
    ['a percentage below 0', { ...RULE, value: '-5%' }, 'PERCENT_OUT_OF_RANGE', 'Value'],
    ['a percent-formatted 120%', { ...RULE, value: percent(1.2) }, 'PERCENT_OUT_OF_RANGE', 'Value'],
    ['an unknown audience', { ...RULE, audience: 'PATIENT' }, 'UNKNOWN_AUDIENCE', 'Audience'],
    ['an empty audience', { ...RULE, audience: null }, 'MISSING_AUDIENCE', 'Audience'],
    ['an unknown stacking', { ...RULE, stacking: 'ALL' }, 'UNKNOWN_STACKING', 'Stacking'],
    ['an unknown tier mode', { ...REBATE, tierMode: 'FLAT' }, 'UNKNOWN_TIER_MODE', 'TierMode'],
    ['a plan code not on the Plans sheet', { ...RULE, planCode: 'P9' }, 'UNKNOWN_PLAN', 'PlanCode'],
    ['MinQty above MaxQty', { ...RULE, minQty: 10, maxQty: 5 }, 'MIN_ABOVE_MAX', 'MaxQty'],
    ['priority 0', { ...RULE, priority: 0 }, 'PRIORITY_OUT_OF_RANGE', 'Priority'],
    ['priority 100', { ...RULE, priority: 100 }, 'PRIORITY_OUT_OF_RANGE', 'Priority'],
    ['text as priority', { ...RULE, priority: '高' }, 'NOT_A_NUMBER', 'Priority'],
    ['no value for PCT_OFF', { ...RULE, value: null }, 'MISSING_MECHANIC_FIELD', 'Value'],
    [
      'no value for AMOUNT_OFF',
      { ...RULE, mechanic: 'AMOUNT_OFF', value: '' },
      'MISSING_MECHANIC_FIELD',
      'Value',
    ],
    [
      'no EveryN for FREE_GOODS',
      { ...FREE_GOODS, everyN: null },
      'MISSING_MECHANIC_FIELD',
      'EveryN',
    ],
    [
      'no tiers for TIERED_REBATE',
      { ...REBATE, rebateTiers: null },
      'MISSING_MECHANIC_FIELD',
      'RebateTiers',
    ],
    [
      'no bundle SKUs for BUNDLE',
      { ...BUNDLE, bundleSkus: null },
      'MISSING_MECHANIC_FIELD',
      'BundleSkus',
    ],
    [
      'an inventory condition with <',
      { ...RULE, inventory: 'EXPIRY<180' },
      'BAD_INVENTORY',
      'Inventory',
    ],
    [
      'an inventory condition of 0 days',
      { ...RULE, inventory: 'EXPIRY_WITHIN_DAYS=0' },
      'BAD_INVENTORY',
      'Inventory',
    ],
    ['tiers without a colon', { ...REBATE, rebateTiers: '1000000-1%' }, 'BAD_TIERS', 'RebateTiers'],
    [
      'falling tier thresholds',
      { ...REBATE, rebateTiers: '2000000:1%;1000000:2%' },
      'BAD_TIERS',
      'RebateTiers',
    ],
    [
      'a tier rate above 100%',
      { ...REBATE, rebateTiers: '1000000:120%' },
      'BAD_TIERS',
      'RebateTiers',
    ],
    [
      'an amount with fractions of a fen',
      { ...RULE, lineCap: '10.005' },
      'TOO_MANY_DECIMALS',
      'LineCap',
    ],
    ['text in an amount', { ...RULE, minAmount: 'lots' }, 'NOT_A_NUMBER', 'MinAmount'],
    [
      'a fraction in a count',
      { ...RULE, maxDiscountedQty: 2.5 },
      'NOT_A_WHOLE_NUMBER',
      'MaxDiscountedQty',
    ],
    ['an empty rule code', { ...RULE, ruleCode: '  ' }, 'MISSING_VALUE', 'RuleCode'],
    ['an error value', { ...RULE, value: { error: '#DIV/0!' } }, 'CELL_ERROR', 'Value'],
    ['an impossible date', { ...RULE, start: '2026-02-30' }, 'INVALID_DATE', 'Start'],
  ])('%s', async (_name, rule, code, column) => {
    const { plans, findings } = await parse([PLAN], [rule]);

    expect(located(findings)).toEqual([{ sheet: 'Rules', row: 2, column, code }]);
    expect(plans[0].rules).toEqual([]);
  });

  test('a filled column the mechanic does not use is a warning, and the rule stands', async () => {
    const { plans, findings } = await parse([PLAN], [{ ...RULE, freeSku: 'SKU-003' }]);

    expect(findings).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'FreeSku',
        code: 'UNUSED_FIELD',
        severity: 'WARN',
      }),
    ]);
    expect(plans[0].rules[0]).toMatchObject({ ruleCode: 'R1', freeSku: null, value: '10' });
  });

  test('empty Stacking and Priority take their defaults', async () => {
    const { plans } = await parse([PLAN], [RULE]);
    expect(plans[0].rules[0]).toMatchObject({ stacking: 'ON_BASE', priority: 1 });
  });

  test('several problems in one row are all reported', async () => {
    const { findings } = await parse(
      [PLAN],
      [{ ...RULE, mechanic: 'X', audience: null, grades: '9Z' }],
    );
    expect(located(findings).map((finding) => finding.code)).toEqual([
      'UNKNOWN_MECHANIC',
      'MISSING_AUDIENCE',
      'UNKNOWN_GRADE',
    ]);
  });
});

describe('plan checks', () => {
  test.each<[string, FixtureRecord, string, string]>([
    ['an unknown level', { ...PLAN, level: 'WEEKLY' }, 'UNKNOWN_LEVEL', 'Level'],
    ['an unknown reason', { ...PLAN, reason: 'FUN' }, 'UNKNOWN_REASON', 'Reason'],
    ['an empty name', { ...PLAN, name: null }, 'MISSING_VALUE', 'Name'],
    ['text as budget', { ...PLAN, budget: 'big' }, 'NOT_A_NUMBER', 'Budget'],
    ['an end before the start', { ...PLAN, end: '2025-12-31' }, 'END_BEFORE_START', 'End'],
    ['its own parent', { ...PLAN, parent: 'P1' }, 'PARENT_IS_SELF', 'Parent'],
    [
      'a parent neither on the sheet nor stored',
      { ...PLAN, parent: 'NOPE' },
      'UNKNOWN_PARENT',
      'Parent',
    ],
  ])('%s', async (_name, plan, code, column) => {
    const { plans, findings } = await parse([plan], []);

    expect(located(findings)).toEqual([{ sheet: 'Plans', row: 2, column, code }]);
    expect(plans).toEqual([]);
  });

  test('a parent on the Plans sheet or already stored is accepted', async () => {
    const annual = { ...PLAN, planCode: 'Y2026', level: 'ANNUAL' };
    const onSheet = await parse([annual, { ...PLAN, parent: 'Y2026' }], [RULE]);
    const stored = await parse([{ ...PLAN, parent: 'Y2025' }], [RULE], ['Y2025']);

    expect(onSheet.findings).toEqual([]);
    expect(onSheet.plans.map((plan) => [plan.header.planCode, plan.header.parent])).toEqual([
      ['Y2026', null],
      ['P1', 'Y2026'],
    ]);
    expect(stored.findings).toEqual([]);
    expect(stored.plans[0].header.parent).toBe('Y2025');
  });

  test('a duplicate plan code is reported on the second row; rules join the first', async () => {
    const { plans, findings } = await parse([PLAN, { ...PLAN, name: 'again' }], [RULE]);

    expect(located(findings)).toEqual([
      { sheet: 'Plans', row: 3, column: 'PlanCode', code: 'DUPLICATE_PLAN_CODE' },
    ]);
    expect(plans.map((plan) => [plan.header.name, plan.rules.length])).toEqual([['Q1', 1]]);
  });

  test('plans come out in sheet order with their rules in sheet order', async () => {
    const second = { ...PLAN, planCode: 'P0' };
    const rules = [
      { ...RULE, ruleCode: 'B' },
      { ...RULE, planCode: 'P0', ruleCode: 'Z' },
      { ...RULE, ruleCode: 'A' },
    ];
    const { plans } = await parse([PLAN, second], rules);

    expect(
      plans.map((plan) => [plan.header.planCode, plan.rules.map((rule) => rule.source.row)]),
    ).toEqual([
      ['P1', [2, 4]],
      ['P0', [3]],
    ]);
  });
});

describe('sheet-level problems', () => {
  test('a missing required column is one finding at the header, not one per row', async () => {
    const headers = headersOf(RULE_HEADERS, 'en').filter(([key]) => key !== 'audience');
    const source = await buildWorkbook([
      { sheet: 'Plans', headers: headersOf(PLAN_HEADERS, 'en'), records: [PLAN] },
      { sheet: 'Rules', headers, records: [RULE, { ...RULE, ruleCode: 'R2' }] },
    ]);
    const { plans, findings } = await parsePlanWorkbook(source, MASTER);

    expect(located(findings)).toEqual([
      { sheet: 'Rules', row: 1, column: '对象 Audience', code: 'MISSING_COLUMN' },
    ]);
    expect(plans[0].rules).toEqual([]);
  });

  test('a missing Rules sheet is a finding', async () => {
    const source = await buildWorkbook([
      { sheet: 'Plans', headers: headersOf(PLAN_HEADERS, 'en'), records: [PLAN] },
    ]);
    const { findings } = await parsePlanWorkbook(source, MASTER);

    expect(located(findings)).toEqual([
      { sheet: '规则 Rules', row: undefined, column: undefined, code: 'MISSING_SHEET' },
    ]);
  });
});
