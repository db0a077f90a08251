/**
 * Candidate filters (SPEC 4 step 2). Each check says why a rule does not reach a line, or null.
 * Dimension filters are "empty = any"; a line without a value for a dimension the rule restricts
 * does not match, because nothing shows it belongs to the restricted set.
 *
 * The filters come in two speeds: `lineFilterReason` only names the failing filter, which is all a
 * compact trace needs and what every rule examined pays; `lineFilterFailure` also words it, for
 * the full trace.
 */
import { addDays } from './business-date';
import type { LineFacts } from './line-amount';
import { formatMoney, type Decimal } from './money';
import type { PreparedRule, RuleFilters } from './prepared-rule';
import type { IneligibleReason } from './trace';
import type { PricingLine } from './types';

export interface Ineligibility {
  reason: IneligibleReason;
  detail: string;
}

/** A gate that refused a rule: on the line, or on the whole order (BUNDLE, ORDER_*). */
export type GateFailure = Ineligibility;

/** What every rule check needs to know about the order being priced. */
export interface PricingContext {
  pricingDate: string;
  /** pricingDate + days, memoised: many rules share the same inventory window. */
  expiryLimit(days: number): string;
  /** The order's lines, for gates on the whole order. */
  lines: readonly LineFacts[];
  /** An order-wide result for one rule, computed on first use and kept for the order. */
  remember<T>(ruleId: number, compute: () => T): T;
}

/** What a mechanic's order-wide gate may look at. */
export type OrderView = PricingContext;

export function createPricingContext(
  pricingDate: string,
  lines: readonly LineFacts[] = [],
): PricingContext {
  const limits = new Map<number, string>();
  const expiryLimit = (days: number): string => {
    const limit = limits.get(days) ?? addDays(pricingDate, days);
    limits.set(days, limit);
    return limit;
  };
  const remembered = new Map<number, unknown>();
  const remember = <T>(ruleId: number, compute: () => T): T => {
    if (!remembered.has(ruleId)) remembered.set(ruleId, compute());
    return remembered.get(ruleId) as T;
  };
  return { pricingDate, expiryLimit, lines, remember };
}

export interface Dimension {
  reason: IneligibleReason;
  label: string;
  allowed(filters: RuleFilters): ReadonlySet<string>;
  valueOf(line: PricingLine): string | null;
}

/** One dimension a rule restricts, with its allowed values: all a filter check needs. */
export interface Restriction {
  dimension: Dimension;
  allowed: ReadonlySet<string>;
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

/** The dimensions a rule restricts; worked out once per rule, so lines skip the others. */
export function restrictionsOf(filters: RuleFilters): Restriction[] {
  return DIMENSIONS.map((dimension) => ({ dimension, allowed: dimension.allowed(filters) })).filter(
    (restriction) => restriction.allowed.size > 0,
  );
}

/** Dates, products, dimensions and inventory: the failing filter, without words. */
export function lineFilterReason(
  rule: PreparedRule,
  line: PricingLine,
  context: PricingContext,
): IneligibleReason | null {
  const { planStart, planEnd, start, end } = rule.spec;
  const date = context.pricingDate;
  if (date < planStart || date > planEnd) return 'PLAN_DATES';
  if ((start !== null && date < start) || (end !== null && date > end)) return 'RULE_DATES';
  if (productFailure(rule, line) !== null) return 'PRODUCT';
  const restriction = failingRestriction(rule, line);
  if (restriction) return restriction.dimension.reason;
  return inventoryFailure(rule, line, context) === null ? null : 'INVENTORY';
}

/** Dates, products, dimensions and inventory: everything about one line except the gates. */
export function lineFilterFailure(
  rule: PreparedRule,
  line: PricingLine,
  context: PricingContext,
): Ineligibility | null {
  const reason = lineFilterReason(rule, line, context);
  if (reason === null) return null;
  return { reason, detail: describeFilter(reason, rule, line, context) };
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

function describeFilter(
  reason: IneligibleReason,
  rule: PreparedRule,
  line: PricingLine,
  context: PricingContext,
): string {
  const { planStart, planEnd, start, end } = rule.spec;
  const date = context.pricingDate;
  if (reason === 'PLAN_DATES')
    return `pricing date ${date} is outside the plan dates ${planStart}..${planEnd}`;
  if (reason === 'RULE_DATES')
    return `pricing date ${date} is outside the rule dates ${start ?? '-'}..${end ?? '-'}`;
  if (reason === 'PRODUCT') return productFailure(rule, line) ?? reason;
  if (reason === 'INVENTORY') return inventoryFailure(rule, line, context) ?? reason;
  const restriction = failingRestriction(rule, line);
  if (!restriction) return reason;
  const { dimension, allowed } = restriction;
  const value = dimension.valueOf(line);
  const shown = value === null ? `no ${dimension.label}` : `${dimension.label} ${value}`;
  return `line has ${shown}; rule requires ${listOf(allowed)}`;
}

function productFailure(rule: PreparedRule, line: PricingLine): string | null {
  const { skus, categories } = rule.filters;
  const named = skus.size > 0 || categories.size > 0;
  if (named && !skus.has(line.sku) && !categories.has(line.category))
    return `product ${line.sku} (category ${line.category}) is not among the rule's products`;
  const definition = rule.definition;
  if (definition?.level !== 'LINE' || !definition.productFailure) return null;
  return definition.productFailure(rule, line.sku);
}

function failingRestriction(rule: PreparedRule, line: PricingLine): Restriction | undefined {
  for (const restriction of rule.restrictions) {
    const value = restriction.dimension.valueOf(line);
    if (value === null || !restriction.allowed.has(value)) return restriction;
  }
  return undefined;
}

function inventoryFailure(
  rule: PreparedRule,
  line: PricingLine,
  context: PricingContext,
): string | null {
  const condition = rule.spec.inventory;
  if (condition === null) return null;
  if (line.lotExpiry === null) return 'line has no lot expiry for EXPIRY_WITHIN_DAYS';
  const limit = context.expiryLimit(condition.days);
  if (line.lotExpiry <= limit) return null;
  return `lot expiry ${line.lotExpiry} is after ${limit} (pricing date + ${condition.days} days)`;
}

function listOf(values: ReadonlySet<string>): string {
  return [...values].join(', ');
}
