/**
 * Candidate filters (SPEC 4 step 2). Each check returns why a rule does not reach a line, or null.
 * Dimension filters are "empty = any"; a line without a value for a dimension the rule restricts
 * does not match, because nothing shows it belongs to the restricted set.
 */
import { addDays } from './business-date';
import { formatMoney, type Decimal } from './money';
import type { PreparedRule, RuleFilters } from './prepared-rule';
import type { IneligibleReason } from './trace';
import type { PricingLine } from './types';

export interface Ineligibility {
  reason: IneligibleReason;
  detail: string;
}

/** What every rule check needs to know about the order being priced. */
export interface PricingContext {
  pricingDate: string;
  /** pricingDate + days, memoised: many rules share the same inventory window. */
  expiryLimit(days: number): string;
}

export function createPricingContext(pricingDate: string): PricingContext {
  const limits = new Map<number, string>();
  const expiryLimit = (days: number): string => {
    const limit = limits.get(days) ?? addDays(pricingDate, days);
    limits.set(days, limit);
    return limit;
  };
  return { pricingDate, expiryLimit };
}

interface Dimension {
  reason: IneligibleReason;
  label: string;
  allowed(filters: RuleFilters): ReadonlySet<string>;
  valueOf(line: PricingLine): string | null;
}

const DIMENSIONS: readonly Dimension[] = [
  {
    reason: 'PROVINCE',
    label: 'province',
    allowed: (f) => f.provinces,
    valueOf: (l) => l.province,
  },
  { reason: 'CHANNEL', label: 'channel', allowed: (f) => f.channels, valueOf: (l) => l.channel },
  { reason: 'GRADE', label: 'hospital grade', allowed: (f) => f.grades, valueOf: (l) => l.grade },
  { reason: 'TIER', label: 'distributor tier', allowed: (f) => f.tiers, valueOf: (l) => l.tier },
  {
    reason: 'DISTRIBUTOR',
    label: 'distributor',
    allowed: (f) => f.distributors,
    valueOf: (l) => l.distributor,
  },
  {
    reason: 'HOSPITAL',
    label: 'hospital',
    allowed: (f) => f.hospitals,
    valueOf: (l) => l.hospital,
  },
];

/** Dates, products, dimensions and inventory: everything about one line except the gates. */
export function lineFilterFailure(
  rule: PreparedRule,
  line: PricingLine,
  context: PricingContext,
): Ineligibility | null {
  return (
    dateFailure(rule, context.pricingDate) ??
    productFailure(rule, line) ??
    dimensionFailure(rule, line) ??
    inventoryFailure(rule, line, context)
  );
}

/** MinQty / MaxQty, inclusive: the whole line (or, for order rules, the order) is in or out. */
export function qtyBandFailure(rule: PreparedRule, qty: number, of: string): Ineligibility | null {
  const { minQty, maxQty } = rule.spec;
  if ((minQty === null || qty >= minQty) && (maxQty === null || qty <= maxQty)) return null;
  const band = `${minQty ?? '-'}..${maxQty ?? '-'}`;
  return { reason: 'QTY_BAND', detail: `${of} qty ${qty} is outside the band ${band}` };
}

/** MinAmount, inclusive, on the gross (list) amount. */
export function minAmountFailure(
  rule: PreparedRule,
  gross: Decimal,
  of: string,
): Ineligibility | null {
  if (rule.minAmount === null || gross.gte(rule.minAmount)) return null;
  const detail = `${of} gross ${formatMoney(gross)} is below MinAmount ${formatMoney(rule.minAmount)}`;
  return { reason: 'MIN_AMOUNT', detail };
}

function dateFailure(rule: PreparedRule, date: string): Ineligibility | null {
  const { planStart, planEnd, start, end } = rule.spec;
  if (date < planStart || date > planEnd) {
    const detail = `pricing date ${date} is outside the plan dates ${planStart}..${planEnd}`;
    return { reason: 'PLAN_DATES', detail };
  }
  if ((start !== null && date < start) || (end !== null && date > end)) {
    const detail = `pricing date ${date} is outside the rule dates ${start ?? '-'}..${end ?? '-'}`;
    return { reason: 'RULE_DATES', detail };
  }
  return null;
}

function productFailure(rule: PreparedRule, line: PricingLine): Ineligibility | null {
  const { skus, categories } = rule.filters;
  if (skus.size === 0 && categories.size === 0) return null;
  if (skus.has(line.sku) || categories.has(line.category)) return null;
  const detail = `product ${line.sku} (category ${line.category}) is not among the rule's products`;
  return { reason: 'PRODUCT', detail };
}

function dimensionFailure(rule: PreparedRule, line: PricingLine): Ineligibility | null {
  for (const dimension of DIMENSIONS) {
    const allowed = dimension.allowed(rule.filters);
    const value = dimension.valueOf(line);
    if (allowed.size === 0 || (value !== null && allowed.has(value))) continue;
    const shown = value === null ? `no ${dimension.label}` : `${dimension.label} ${value}`;
    return {
      reason: dimension.reason,
      detail: `line has ${shown}; rule requires ${listOf(allowed)}`,
    };
  }
  return null;
}

function inventoryFailure(
  rule: PreparedRule,
  line: PricingLine,
  context: PricingContext,
): Ineligibility | null {
  const condition = rule.spec.inventory;
  if (condition === null) return null;
  if (line.lotExpiry === null) {
    return { reason: 'INVENTORY', detail: 'line has no lot expiry for EXPIRY_WITHIN_DAYS' };
  }
  const limit = context.expiryLimit(condition.days);
  if (line.lotExpiry <= limit) return null;
  const detail = `lot expiry ${line.lotExpiry} is after ${limit} (pricing date + ${condition.days} days)`;
  return { reason: 'INVENTORY', detail };
}

function listOf(values: ReadonlySet<string>): string {
  return [...values].join(', ');
}
