/**
 * Rules indexed once for many orders: by audience, then by SKU, by category, or "any product".
 * A line then meets only the rules that could name it, instead of every rule of every plan, which
 * keeps pricing linear in lines × rules-per-product rather than lines × all rules.
 */
import type { Audience } from '../domain/codes';
import { prepareRule, type PreparedRule } from './prepared-rule';
import type { EngineRule, PricingLine } from './types';

interface ProductIndex {
  bySku: Map<string, PreparedRule[]>;
  byCategory: Map<string, PreparedRule[]>;
  anyProduct: PreparedRule[];
}

export interface PreparedRules {
  readonly kind: 'prepared-rules';
  readonly rules: readonly PreparedRule[];
  readonly byAudience: ReadonlyMap<Audience, ProductIndex>;
}

/** Parses and indexes rules once; pass the result to priceOrder for every order. */
export function prepareRules(rules: readonly EngineRule[]): PreparedRules {
  const prepared = rules.map((rule, id) => prepareRule(rule, id));
  const byAudience = new Map<Audience, ProductIndex>();
  for (const rule of prepared) {
    const index = byAudience.get(rule.spec.audience) ?? emptyIndex();
    byAudience.set(rule.spec.audience, index);
    addToIndex(index, rule);
  }
  return { kind: 'prepared-rules', rules: prepared, byAudience };
}

export function isPreparedRules(
  rules: readonly EngineRule[] | PreparedRules,
): rules is PreparedRules {
  return !Array.isArray(rules);
}

/** The rules of the line's audience that could name its product, each once, in input order. */
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
  return [...found.values()].sort((a, b) => a.id - b.id);
}

function emptyIndex(): ProductIndex {
  return { bySku: new Map(), byCategory: new Map(), anyProduct: [] };
}

function addToIndex(index: ProductIndex, rule: PreparedRule): void {
  const { skus, categories } = rule.filters;
  if (skus.size === 0 && categories.size === 0) index.anyProduct.push(rule);
  for (const sku of skus) pushTo(index.bySku, sku, rule);
  for (const category of categories) pushTo(index.byCategory, category, rule);
}

function pushTo(map: Map<string, PreparedRule[]>, key: string, rule: PreparedRule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}
