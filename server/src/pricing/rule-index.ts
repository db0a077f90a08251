/**
 * Rules indexed once for many orders, so a line meets only the rules that could reach it instead
 * of every rule of every plan. Two indexes, one per trace level:
 *
 * - by product (full trace): a line meets every rule of its audience that names its SKU or
 *   category, or names no product, and the trace says why each of those did not apply;
 * - by anchor (compact trace): each rule is filed under the values of its most selective
 *   dimension (hospital, distributor, SKU, category, province, grade, channel or tier), so a line
 *   meets only rules that match it on that dimension. A rule is filed under one dimension only and
 *   a line has one value per dimension, so no rule is met twice. This is what keeps pricing time
 *   nearly flat in the number of rules.
 *
 * Either way the line meets every rule that can apply to it, in input order, so prices and the
 * compact part of the trace are the same at both levels.
 */
import type { Audience } from '../domain/codes';
import { lineFilterReason, type PricingContext } from './eligibility';
import { prepareRule, type PreparedRule } from './prepared-rule';
import type { EngineRule, PricingLine } from './types';

interface ProductIndex {
  bySku: Map<string, PreparedRule[]>;
  byCategory: Map<string, PreparedRule[]>;
  anyProduct: PreparedRule[];
}

interface AnchorIndex {
  /** One map per anchor dimension, in ANCHORS order: value → rules filed under it. */
  byAnchor: Map<string, PreparedRule[]>[];
  unanchored: PreparedRule[];
}

export interface PreparedRules {
  readonly kind: 'prepared-rules';
  readonly rules: readonly PreparedRule[];
  readonly byAudience: ReadonlyMap<Audience, ProductIndex>;
  readonly anchored: ReadonlyMap<Audience, AnchorIndex>;
  /** By rule id, 1 when the rule's plan and rule dates include the date; built on first use.
   *  Null for the naive scan, which must keep examining every rule. */
  readonly inForceOn: ((date: string) => Uint8Array) | null;
}

export interface PrepareOptions {
  /** 'none' files every rule as reaching every line of its audience: the naive scan, for
   *  benchmarks and for tests that check the indexes lose nothing. Default 'indexed'. */
  index?: 'indexed' | 'none';
}

interface Anchor {
  valuesOf(rule: PreparedRule): ReadonlySet<string>;
  valueOf(line: PricingLine): string | null;
}

const NONE: ReadonlySet<string> = new Set();

/** Dimensions a rule can be filed under; most selective first, which breaks ties. */
const ANCHORS: readonly Anchor[] = [
  { valuesOf: (r) => r.filters.hospitals, valueOf: (l) => l.hospital },
  { valuesOf: (r) => r.filters.distributors, valueOf: (l) => l.distributor },
  { valuesOf: skuAnchor, valueOf: (l) => l.sku },
  { valuesOf: categoryAnchor, valueOf: (l) => l.category },
  { valuesOf: (r) => r.filters.provinces, valueOf: (l) => l.province },
  { valuesOf: (r) => r.filters.grades, valueOf: (l) => l.grade },
  { valuesOf: (r) => r.filters.channels, valueOf: (l) => l.channel },
  { valuesOf: (r) => r.filters.tiers, valueOf: (l) => l.tier },
];

/** Parses and indexes rules once; pass the result to priceOrder for every order. */
export function prepareRules(
  rules: readonly EngineRule[],
  options: PrepareOptions = {},
): PreparedRules {
  const prepared = rules.map((rule, id) => prepareRule(rule, id));
  const naive = options.index === 'none';
  const byAudience = new Map<Audience, ProductIndex>();
  const anchored = new Map<Audience, AnchorIndex>();
  for (const audience of new Set(prepared.map((rule) => rule.spec.audience))) {
    const own = prepared.filter((rule) => rule.spec.audience === audience);
    byAudience.set(audience, naive ? { ...emptyProducts(), anyProduct: own } : byProduct(own));
    anchored.set(audience, naive ? { byAnchor: [], unanchored: own } : byAnchor(own));
  }
  const inForceOn = naive ? null : memoInForce(prepared);
  return { kind: 'prepared-rules', rules: prepared, byAudience, anchored, inForceOn };
}

export function isPreparedRules(
  rules: readonly EngineRule[] | PreparedRules,
): rules is PreparedRules {
  return !Array.isArray(rules);
}

/** Full trace: the rules of the line's audience that name its product or none, in input order. */
export function rulesForLine(index: PreparedRules, line: PricingLine): PreparedRule[] {
  const products = index.byAudience.get(line.audience);
  if (!products) return [];
  const found = new Map<number, PreparedRule>();
  const lists = [
    products.anyProduct,
    products.bySku.get(line.sku) ?? [],
    products.byCategory.get(line.category) ?? [],
  ];
  for (const list of lists) for (const rule of list) found.set(rule.id, rule);
  return [...found.values()].sort(byId);
}

/**
 * Compact trace: the rules of the line's audience that pass its filters (dates, products,
 * dimensions, inventory), in input order. Filtering while walking the anchor lists means only the
 * few survivors are sorted.
 */
export function matchingRules(
  index: PreparedRules,
  line: PricingLine,
  context: PricingContext,
): PreparedRule[] {
  const anchored = index.anchored.get(line.audience);
  if (!anchored) return [];
  const inForce = index.inForceOn?.(context.pricingDate) ?? null;
  const found: PreparedRule[] = [];
  keepMatching(anchored.unanchored, line, context, inForce, found);
  for (let k = 0; k < anchored.byAnchor.length; k += 1) {
    const value = ANCHORS[k].valueOf(line);
    const list = value === null ? undefined : anchored.byAnchor[k].get(value);
    if (list) keepMatching(list, line, context, inForce, found);
  }
  return found.length > 1 ? found.sort(byId) : found;
}

/** `inForce` only skips rules lineFilterReason would refuse on dates, so it changes no result. */
function keepMatching(
  rules: readonly PreparedRule[],
  line: PricingLine,
  context: PricingContext,
  inForce: Uint8Array | null,
  found: PreparedRule[],
): void {
  for (const rule of rules) {
    if (inForce !== null && inForce[rule.id] === 0) continue;
    if (lineFilterReason(rule, line, context) === null) found.push(rule);
  }
}

/**
 * In a large rule set most rules belong to plans not in force on a given day (about 9 in 10 of
 * those a line meets in the bench), and each cost a filter call to find that out again on every
 * line. One byte per rule and date says it at once; a long-lived server keeps a bounded number.
 */
const DATES_KEPT = 1_000;

function memoInForce(rules: readonly PreparedRule[]): (date: string) => Uint8Array {
  const kept = new Map<string, Uint8Array>();
  return (date) => {
    const found = kept.get(date);
    if (found) return found;
    if (kept.size >= DATES_KEPT) kept.clear();
    const inForce = new Uint8Array(rules.length);
    for (const rule of rules) inForce[rule.id] = isInForce(rule, date) ? 1 : 0;
    kept.set(date, inForce);
    return inForce;
  };
}

/** The PLAN_DATES and RULE_DATES filters of lineFilterReason. */
function isInForce(rule: PreparedRule, date: string): boolean {
  const { planStart, planEnd, start, end } = rule.spec;
  if (date < planStart || date > planEnd) return false;
  return (start === null || date >= start) && (end === null || date <= end);
}

function byId(a: PreparedRule, b: PreparedRule): number {
  return a.id - b.id;
}

/** A bundle reaches only its bundle SKUs; other rules are filed by SKU if they name no category. */
function skuAnchor(rule: PreparedRule): ReadonlySet<string> {
  if (isBundled(rule)) return new Set(rule.spec.bundleSkus);
  return rule.filters.categories.size === 0 ? rule.filters.skus : NONE;
}

/** SKUs and categories are alternatives (either matches), so only a rule naming no SKU goes here. */
function categoryAnchor(rule: PreparedRule): ReadonlySet<string> {
  if (isBundled(rule)) return NONE;
  return rule.filters.skus.size === 0 ? rule.filters.categories : NONE;
}

function isBundled(rule: PreparedRule): boolean {
  return rule.mechanic === 'BUNDLE' && rule.spec.bundleSkus.length > 0;
}

function byAnchor(rules: readonly PreparedRule[]): AnchorIndex {
  const index: AnchorIndex = { byAnchor: ANCHORS.map(() => new Map()), unanchored: [] };
  const distinct = ANCHORS.map(
    (anchor) => new Set(rules.flatMap((rule) => [...anchor.valuesOf(rule)])).size,
  );
  for (const rule of rules) {
    const k = mostSelectiveAnchor(rule, distinct);
    if (k < 0) index.unanchored.push(rule);
    else for (const value of ANCHORS[k].valuesOf(rule)) pushTo(index.byAnchor[k], value, rule);
  }
  return index;
}

/**
 * The anchor that leaves the fewest lines to examine, estimated as the share of the dimension's
 * values (among all rules) that the rule names; -1 when the rule restricts no dimension.
 */
function mostSelectiveAnchor(rule: PreparedRule, distinct: readonly number[]): number {
  let best = -1;
  let bestShare = Infinity;
  ANCHORS.forEach((anchor, k) => {
    const size = anchor.valuesOf(rule).size;
    const share = size / distinct[k];
    if (size > 0 && share < bestShare) [best, bestShare] = [k, share];
  });
  return best;
}

function emptyProducts(): ProductIndex {
  return { bySku: new Map(), byCategory: new Map(), anyProduct: [] };
}

/** A rule naming both SKUs and categories is filed under both; rulesForLine meets it once. */
function byProduct(rules: readonly PreparedRule[]): ProductIndex {
  const index = emptyProducts();
  for (const rule of rules) {
    const bundled = isBundled(rule);
    const skus = bundled ? new Set(rule.spec.bundleSkus) : rule.filters.skus;
    const categories = bundled ? NONE : rule.filters.categories;
    if (skus.size === 0 && categories.size === 0) index.anyProduct.push(rule);
    for (const sku of skus) pushTo(index.bySku, sku, rule);
    for (const category of categories) pushTo(index.byCategory, category, rule);
  }
  return index;
}

function pushTo(map: Map<string, PreparedRule[]>, key: string, rule: PreparedRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}
