import { LIST_PREFIX } from './template-lists';

/** Number formats: dates as ISO, money with two decimals, counts whole, codes and lists as text. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const MONEY_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '0';
export const TEXT_FORMAT = '@';

/**
 * 值 Value holds a percentage or an amount depending on the mechanic, so it keeps the General
 * format: with a percent format Excel would store an amount of 50 typed there as 0.5.
 */
const FORMATS: Record<string, string> = {
  start: DATE_FORMAT,
  end: DATE_FORMAT,
  budget: MONEY_FORMAT,
  minAmount: MONEY_FORMAT,
  lineCap: MONEY_FORMAT,
  orderCap: MONEY_FORMAT,
  minQty: COUNT_FORMAT,
  maxQty: COUNT_FORMAT,
  maxDiscountedQty: COUNT_FORMAT,
  everyN: COUNT_FORMAT,
  freeQty: COUNT_FORMAT,
  bundleMinQty: COUNT_FORMAT,
  priority: COUNT_FORMAT,
  value: 'General',
};

export function formatOf(key: string): string {
  return FORMATS[key] ?? TEXT_FORMAT;
}

/** The drop-down of a column: its list, and whether the cell may hold several items. */
export interface DropDown {
  list: string;
  multiple: boolean;
}

const single = (name: string): DropDown => ({ list: LIST_PREFIX + name, multiple: false });
const multiple = (name: string): DropDown => ({ list: LIST_PREFIX + name, multiple: true });

export const PLAN_DROP_DOWNS: Record<string, DropDown> = {
  level: single('Levels'),
  reason: single('Reasons'),
  budgetPolicy: single('BudgetPolicies'),
};

export const RULE_DROP_DOWNS: Record<string, DropDown> = {
  mechanic: single('Mechanics'),
  audience: single('Audiences'),
  products: multiple('Products'),
  provinces: multiple('Provinces'),
  channels: multiple('Channels'),
  grades: multiple('Grades'),
  tiers: multiple('Tiers'),
  distributors: multiple('Distributors'),
  hospitals: multiple('Hospitals'),
  tierMode: single('TierModes'),
  freeSku: single('Skus'),
  bundleSkus: multiple('Skus'),
  stacking: single('Stacking'),
};

/** Rows prepared with drop-downs. Larger grids still parse; rows below just lack the drop-down. */
export const PLAN_ROWS = 500;
export const RULE_ROWS = 5000;
