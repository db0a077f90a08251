import type {
  Audience,
  BudgetPolicy,
  Channel,
  Grade,
  Mechanic,
  PlanLevel,
  Reason,
  Stacking,
  Tier,
  TierMode,
} from './codes';

/**
 * A plan and its rules as validated from a workbook (SPEC 3.2): the content of one immutable
 * version. Money is a decimal string with up to 2 decimals ("1234.50"), a percentage is a decimal
 * string of percent points ("10.5" means 10.5%), a date is an ISO local date ("2026-03-31",
 * Asia/Shanghai). Optional cells that were empty are null; list cells that were empty are [].
 */
export interface PlanHeader {
  planCode: string;
  name: string;
  level: PlanLevel;
  parent: string | null;
  start: string;
  end: string;
  budget: string | null;
  /**
   * Present only when REJECT_LINE: absent means TRUNCATE, so versions submitted before the column
   * existed keep their content hash and compare equal to the same plan submitted again.
   */
  budgetPolicy?: BudgetPolicy;
  owner: string | null;
  reason: Reason | null;
  notes: string | null;
}

export type InventoryCondition = { kind: 'EXPIRY_WITHIN_DAYS'; days: number };

export interface RebateTier {
  /** Inclusive threshold, CNY. */
  threshold: string;
  /** Percent points. */
  rate: string;
}

export interface RuleSpec {
  planCode: string;
  ruleCode: string;
  mechanic: Mechanic;
  audience: Audience;
  /** Products cell split by the parser into known SKUs and known categories; both empty = all. */
  skus: string[];
  categories: string[];
  /** GB/T 2260 province codes ("330000"). */
  provinces: string[];
  channels: Channel[];
  grades: Grade[];
  tiers: Tier[];
  /** Distributor and hospital codes. */
  distributors: string[];
  hospitals: string[];
  inventory: InventoryCondition | null;
  minQty: number | null;
  maxQty: number | null;
  maxDiscountedQty: number | null;
  minAmount: string | null;
  /** Percent points for PCT_OFF and ORDER_PCT_OFF; CNY for AMOUNT_OFF (per unit),
   *  FIXED_PRICE (unit price), ORDER_AMOUNT_OFF; for BUNDLE a percent ("10" = 10% off). */
  value: string | null;
  rebateTiers: RebateTier[];
  tierMode: TierMode | null;
  freeSku: string | null;
  everyN: number | null;
  freeQty: number | null;
  bundleSkus: string[];
  bundleMinQty: number | null;
  stacking: Stacking;
  exclusionGroup: string | null;
  /** 1..99, higher first; default 1. */
  priority: number;
  lineCap: string | null;
  orderCap: string | null;
  start: string | null;
  end: string | null;
}

/** Where a rule came from in the submitted workbook (Excel row number, 1-based). */
export interface SourceRef {
  sheet: string;
  row: number;
}

export interface PlanContent {
  header: PlanHeader;
  rules: (RuleSpec & { source: SourceRef })[];
}
