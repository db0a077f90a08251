/**
 * Builders for engine tests: every RuleSpec field at its workbook default (empty lists, nulls,
 * ON_BASE, priority 1), a plan in force for all of 2026, and a hospital line in Zhejiang.
 */
import type { EngineRule, PricingLine, PricingOrder } from '../../../server/src/pricing/types';

export const PRICING_DATE = '2026-03-15';

export function buildRule(overrides: Partial<EngineRule> = {}): EngineRule {
  return {
    planCode: 'P1',
    ruleCode: 'R1',
    mechanic: 'PCT_OFF',
    audience: 'HOSPITAL',
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
    value: '10',
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
    version: 1,
    planStart: '2026-01-01',
    planEnd: '2026-12-31',
    ...overrides,
  };
}

export function buildLine(overrides: Partial<PricingLine> = {}): PricingLine {
  return {
    orderNo: 'SO-1',
    lineNo: 1,
    sku: 'STENT-01',
    category: 'STENT',
    qty: 1,
    audience: 'HOSPITAL',
    province: '330000',
    city: '杭州市',
    channel: 'PUBLIC_HOSPITAL',
    grade: '3A',
    tier: 'T1',
    distributor: 'D001',
    hospital: 'H001',
    lotExpiry: null,
    listUnitPrice: '500.00',
    ...overrides,
  };
}

/** An order of lines numbered 1, 2, 3… in the order given. */
export function buildOrder(
  lines: Partial<PricingLine>[],
  pricingDate: string = PRICING_DATE,
): PricingOrder {
  return {
    orderNo: 'SO-1',
    pricingDate,
    lines: lines.map((line, index) => buildLine({ lineNo: index + 1, ...line })),
  };
}
