import type { PlanContent, RuleSpec } from '../../../server/src/domain/plan';
import { parsePlanWorkbook } from '../../../server/src/plans/plan-workbook';
import {
  buildWorkbook,
  dateSerial,
  headersOf,
  MASTER,
  percent,
  PLAN_HEADERS,
  RULE_HEADERS,
  type FixtureRecord,
} from './plan-fixtures';

/** The annual plan P2026 was submitted before; the quarterly plan names it as parent. */
const KNOWN = { ...MASTER, plans: new Set(['P2026']) };

const EMPTY_RULE: Omit<RuleSpec, 'planCode' | 'ruleCode' | 'mechanic' | 'audience'> = {
  skus: [],
  categories: [],
  provinces: [],
  channels: [],
  grades: [],
  tiers: [],
  distributors: [],
  hospitals: [],
  inventory: null,
  minQty: null,
  maxQty: null,
  maxDiscountedQty: null,
  minAmount: null,
  value: null,
  rebateTiers: [],
  tierMode: null,
  freeSku: null,
  everyN: null,
  freeQty: null,
  bundleSkus: [],
  bundleMinQty: null,
  stacking: 'ON_BASE',
  exclusionGroup: null,
  priority: 1,
  lineCap: null,
  orderCap: null,
  start: null,
  end: null,
};

/** Written from SPEC 3.2 by hand: what every variant below must parse to. */
function expectedPlan(sheet: string, firstRuleRow: number): PlanContent {
  const source = (i: number) => ({ sheet, row: firstRuleRow + i });
  return {
    header: {
      planCode: 'P2026Q1',
      name: 'Q1 推广',
      level: 'QUARTERLY',
      parent: 'P2026',
      start: '2026-01-01',
      end: '2026-03-31',
      budget: '500000.00',
      owner: '张三',
      reason: 'LAUNCH',
      notes: null,
    },
    rules: [
      {
        ...EMPTY_RULE,
        planCode: 'P2026Q1',
        ruleCode: 'R1',
        mechanic: 'PCT_OFF',
        audience: 'HOSPITAL',
        skus: ['SKU-001'],
        categories: ['导管'],
        provinces: ['330000', '320000'],
        channels: ['PUBLIC_HOSPITAL'],
        grades: ['3A', '3B'],
        minQty: 10,
        maxQty: 100,
        value: '10.5',
        lineCap: '1000.00',
        start: '2026-01-15',
        end: '2026-02-28',
        source: source(0),
      },
      {
        ...EMPTY_RULE,
        planCode: 'P2026Q1',
        ruleCode: 'R2',
        mechanic: 'FREE_GOODS',
        audience: 'DISTRIBUTOR',
        skus: ['SKU-002'],
        tiers: ['T1'],
        distributors: ['D001'],
        inventory: { kind: 'EXPIRY_WITHIN_DAYS', days: 180 },
        freeSku: 'SKU-003',
        everyN: 10,
        freeQty: 1,
        stacking: 'EXCLUSIVE',
        exclusionGroup: 'G1',
        priority: 5,
        source: source(1),
      },
      {
        ...EMPTY_RULE,
        planCode: 'P2026Q1',
        ruleCode: 'R3',
        mechanic: 'TIERED_REBATE',
        audience: 'DISTRIBUTOR',
        minAmount: '20000.00',
        rebateTiers: [
          { threshold: '1000000.00', rate: '1' },
          { threshold: '2500000.00', rate: '2.5' },
        ],
        tierMode: 'RETRO',
        orderCap: '50000.00',
        source: source(2),
      },
      {
        ...EMPTY_RULE,
        planCode: 'P2026Q1',
        ruleCode: 'R4',
        mechanic: 'BUNDLE',
        audience: 'HOSPITAL',
        hospitals: ['H001'],
        value: '8',
        bundleSkus: ['SKU-001', 'SKU-002'],
        bundleMinQty: 5,
        source: source(3),
      },
    ],
  };
}

/** Chinese headers and labels, text dates with slashes, "500,000", percentages as text. */
const ZH_PLAN: FixtureRecord = {
  planCode: 'P2026Q1',
  name: 'Q1 推广',
  level: '季度',
  parent: 'P2026',
  start: '2026/1/1',
  end: '2026-03-31',
  budget: '500,000',
  owner: '张三',
  reason: '新品上市',
};
const ZH_RULES: FixtureRecord[] = [
  {
    planCode: 'P2026Q1',
    ruleCode: 'R1',
    mechanic: '百分比折扣',
    audience: '医院',
    products: 'SKU-001，导管',
    provinces: '浙江、江苏省',
    channels: '公立医院',
    grades: '三级甲等;三级乙等',
    minQty: '10',
    maxQty: '100',
    value: '10.5%',
    lineCap: '1,000',
    start: '2026/1/15',
    end: '2026/2/28',
  },
  {
    planCode: 'P2026Q1',
    ruleCode: 'R2',
    mechanic: '赠品',
    audience: '经销商',
    products: 'SKU-002',
    tiers: '一级经销商',
    distributors: 'D001',
    inventory: 'EXPIRY_WITHIN_DAYS=180',
    freeSku: 'SKU-003',
    everyN: '10',
    freeQty: '1',
    stacking: '独占',
    exclusionGroup: 'G1',
    priority: '5',
  },
  {
    planCode: 'P2026Q1',
    ruleCode: 'R3',
    mechanic: '阶梯返利',
    audience: '经销商',
    minAmount: '20,000',
    rebateTiers: '1,000,000:1%；2500000：2.5%',
    tierMode: '全额累进',
    orderCap: '50,000',
  },
  {
    planCode: 'P2026Q1',
    ruleCode: 'R4',
    mechanic: '组合',
    audience: '医院',
    hospitals: 'H001',
    value: '8',
    bundleSkus: 'SKU-001；SKU-002',
    bundleMinQty: '5',
  },
];

/** English codes, Date cells, a percent-formatted fraction, full-width text, rich text, formulas. */
const EN_PLAN: FixtureRecord = {
  ...ZH_PLAN,
  level: 'quarterly',
  start: new Date(Date.UTC(2026, 0, 1)),
  end: new Date(Date.UTC(2026, 2, 31)),
  budget: 500000,
  reason: 'LAUNCH',
};
const EN_RULES: FixtureRecord[] = [
  {
    ...ZH_RULES[0],
    mechanic: 'PCT_OFF',
    audience: 'HOSPITAL',
    products: ' ＳＫＵ－００１ , 导管 ',
    provinces: '330000, Jiangsu',
    channels: 'PUBLIC_HOSPITAL',
    grades: '3A, 3b',
    minQty: 10,
    maxQty: { formula: '10*10', result: 100 },
    value: percent(0.105),
    lineCap: 1000,
    start: new Date(Date.UTC(2026, 0, 15)),
    end: new Date(Date.UTC(2026, 1, 28)),
  },
  {
    ...ZH_RULES[1],
    ruleCode: { richText: [{ text: 'R' }, { font: { bold: true }, text: '2' }] },
    mechanic: 'FREE_GOODS',
    audience: 'DISTRIBUTOR',
    tiers: 'T1',
    everyN: { formula: '5*2', result: 10 },
    freeQty: 1,
    stacking: 'EXCLUSIVE',
    priority: 5,
  },
  {
    ...ZH_RULES[2],
    mechanic: 'TIERED_REBATE',
    audience: 'DISTRIBUTOR',
    minAmount: 20000,
    tierMode: 'RETRO',
    orderCap: 50000,
  },
  {
    ...ZH_RULES[3],
    mechanic: 'BUNDLE',
    audience: 'HOSPITAL',
    value: percent(0.08),
    bundleSkus: 'SKU-001, SKU-002',
    bundleMinQty: 5,
  },
];

/** Dates as 1904-system serials: 2026-01-01 is 44561 (1462 days behind 1900's 46023). */
const DAY_1904 = { jan1: 44561, jan15: 44575, feb28: 44619, mar31: 44650 };
const PLAN_1904: FixtureRecord = {
  ...EN_PLAN,
  start: dateSerial(DAY_1904.jan1),
  end: dateSerial(DAY_1904.mar31),
};
const RULES_1904: FixtureRecord[] = [
  // The end is a bare number in a General cell: only the workbook's date system gives it meaning.
  { ...EN_RULES[0], start: dateSerial(DAY_1904.jan15), end: DAY_1904.feb28 },
  ...EN_RULES.slice(1),
];

const reversed = (table: Record<string, [string, string]>) => Object.keys(table).reverse();

describe('the same plan in Chinese, English and bilingual workbooks', () => {
  test('Chinese headers and labels', async () => {
    const source = await buildWorkbook([
      { sheet: '计划', headers: headersOf(PLAN_HEADERS, 'zh'), records: [ZH_PLAN] },
      { sheet: '规则', headers: headersOf(RULE_HEADERS, 'zh'), records: ZH_RULES },
    ]);
    const { plans, findings } = await parsePlanWorkbook(source, KNOWN);

    expect(findings).toEqual([]);
    expect(plans).toEqual([expectedPlan('规则', 2)]);
  });

  test('English headers in reverse order under a title row, typed cells', async () => {
    const source = await buildWorkbook([
      {
        sheet: 'Plans',
        title: 'Plans 2026',
        headers: headersOf(PLAN_HEADERS, 'en', reversed(PLAN_HEADERS)),
        records: [EN_PLAN],
      },
      {
        sheet: 'Rules',
        title: 'Rules 2026',
        headers: headersOf(RULE_HEADERS, 'en', reversed(RULE_HEADERS)),
        records: EN_RULES,
      },
    ]);
    const { plans, findings } = await parsePlanWorkbook(source, KNOWN);

    expect(findings).toEqual([]);
    expect(plans).toEqual([expectedPlan('Rules', 3)]);
  });

  test('bilingual headers with the spec\'s "Tiers" forms, in a 1904 workbook', async () => {
    const headers = headersOf(RULE_HEADERS, 'both').map(([key, header]): [string, string] => [
      key,
      key === 'tiers' ? '经销商层级 Tiers' : key === 'rebateTiers' ? '阶梯 Tiers' : header,
    ]);
    const source = await buildWorkbook(
      [
        { sheet: '计划 Plans', headers: headersOf(PLAN_HEADERS, 'both'), records: [PLAN_1904] },
        { sheet: '规则 Rules', headers, records: RULES_1904 },
      ],
      true,
    );
    const { plans, findings } = await parsePlanWorkbook(source, KNOWN);

    expect(findings).toEqual([]);
    expect(plans).toEqual([expectedPlan('规则 Rules', 2)]);
  });

  test('a bare "Tiers" header is reported once, not on every rule', async () => {
    const headers = headersOf(RULE_HEADERS, 'en').map(([key, header]): [string, string] => [
      key,
      key === 'rebateTiers' ? 'Tiers' : header,
    ]);
    const source = await buildWorkbook([
      { sheet: 'Plans', headers: headersOf(PLAN_HEADERS, 'en'), records: [EN_PLAN] },
      { sheet: 'Rules', headers, records: EN_RULES },
    ]);
    const { findings } = await parsePlanWorkbook(source, KNOWN);

    expect(findings).toEqual([
      expect.objectContaining({ sheet: 'Rules', row: 1, column: 'Tiers', code: 'AMBIGUOUS_TIERS' }),
    ]);
  });
});
