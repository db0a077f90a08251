import type { PlanHeader, RuleSpec } from '../domain/plan';

export interface DemoPlan {
  header: PlanHeader;
  rules: RuleSpec[];
}

const NO_FILTERS = {
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
} as const satisfies Partial<RuleSpec>;

type RuleFields = Pick<RuleSpec, 'planCode' | 'ruleCode' | 'mechanic' | 'audience'> &
  Partial<RuleSpec>;

function rule(fields: RuleFields): RuleSpec {
  return { ...NO_FILTERS, ...fields };
}

const ANNUAL = 'ZJ-2026';
const Q4 = 'Q4-2026';

/**
 * The example plans: an annual plan for 2026 and its fourth quarter. Together the rules show each
 * price mechanic with dimension filters, a quantity band, a discounted-quantity cap, an exclusion
 * group, sequential stacking and line and order caps; every rule applies to some example line.
 */
export const DEMO_PLANS: DemoPlan[] = [
  {
    header: {
      planCode: ANNUAL,
      name: '2026年度促销计划',
      level: 'ANNUAL',
      parent: null,
      start: '2026-01-01',
      end: '2026-12-31',
      budget: '1500000.00',
      owner: '王敏',
      reason: 'COMPETITIVE',
      notes: '冠脉与导丝产品应对竞品降价',
    },
    rules: [
      rule({
        planCode: ANNUAL,
        ruleCode: 'R01',
        mechanic: 'PCT_OFF',
        audience: 'DISTRIBUTOR',
        categories: ['冠脉支架'],
        provinces: ['330000'],
        tiers: ['T1'],
        value: '8',
        priority: 10,
      }),
      rule({
        planCode: ANNUAL,
        ruleCode: 'R02',
        mechanic: 'AMOUNT_OFF',
        audience: 'DISTRIBUTOR',
        skus: ['BC-2015', 'NCB-3012'],
        provinces: ['330000', '320000'],
        minQty: 50,
        maxQty: 200,
        value: '50.00',
      }),
      rule({
        planCode: ANNUAL,
        ruleCode: 'R03',
        mechanic: 'FIXED_PRICE',
        audience: 'HOSPITAL',
        skus: ['GW-0140'],
        provinces: ['440000'],
        channels: ['PUBLIC_HOSPITAL'],
        grades: ['3A'],
        value: '560.00',
        priority: 20,
      }),
      rule({
        planCode: ANNUAL,
        ruleCode: 'R04',
        mechanic: 'PCT_OFF',
        audience: 'HOSPITAL',
        // Not DES-2518: it is under VBP in 江苏 and 四川 from July, where hospitals pay the 中选价.
        skus: ['DES-3018', 'DES-3524'],
        grades: ['3A', '3B'],
        value: '3',
        stacking: 'EXCLUSIVE',
        priority: 5,
      }),
    ],
  },
  {
    header: {
      planCode: Q4,
      name: '2026年第四季度冲量计划',
      level: 'QUARTERLY',
      parent: ANNUAL,
      start: '2026-10-01',
      end: '2026-12-31',
      budget: '300000.00',
      owner: '李强',
      reason: 'SLOW_MOVING',
      notes: '耗材去库存与骨科冲量',
    },
    rules: [
      rule({
        planCode: Q4,
        ruleCode: 'R10',
        mechanic: 'PCT_OFF',
        audience: 'HOSPITAL',
        categories: ['一次性耗材'],
        channels: ['PRIVATE_HOSPITAL'],
        maxDiscountedQty: 100,
        value: '10.5',
        exclusionGroup: 'Q4-耗材',
        priority: 5,
        start: '2026-11-15',
        end: '2026-12-31',
      }),
      rule({
        planCode: Q4,
        ruleCode: 'R11',
        mechanic: 'PCT_OFF',
        audience: 'HOSPITAL',
        categories: ['一次性耗材'],
        value: '6',
        exclusionGroup: 'Q4-耗材',
        priority: 3,
      }),
      rule({
        planCode: Q4,
        ruleCode: 'R12',
        mechanic: 'PCT_OFF',
        audience: 'DISTRIBUTOR',
        categories: ['骨科植入物'],
        tiers: ['T1'],
        value: '5',
        stacking: 'SEQUENTIAL',
        lineCap: '2000.00',
      }),
      rule({
        planCode: Q4,
        ruleCode: 'R13',
        mechanic: 'AMOUNT_OFF',
        audience: 'DISTRIBUTOR',
        categories: ['骨科植入物'],
        provinces: ['330000'],
        value: '30.00',
        priority: 10,
      }),
      rule({
        planCode: Q4,
        ruleCode: 'R14',
        mechanic: 'ORDER_PCT_OFF',
        audience: 'DISTRIBUTOR',
        tiers: ['T1'],
        minAmount: '100000.00',
        value: '2',
        orderCap: '3000.00',
      }),
      rule({
        planCode: Q4,
        ruleCode: 'R15',
        mechanic: 'ORDER_AMOUNT_OFF',
        audience: 'HOSPITAL',
        // Consumables and reagents only: an order discount on stents would reach the VBP stent.
        categories: ['一次性耗材', '体外诊断试剂'],
        channels: ['PRIVATE_HOSPITAL'],
        minAmount: '20000.00',
        value: '800.00',
      }),
    ],
  },
];
