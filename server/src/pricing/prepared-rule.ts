/**
 * A rule made ready for pricing once, however many lines it meets: numbers parsed, dimension lists
 * turned into sets, its mechanic looked up and its row validated. A malformed number or a missing
 * mechanic field makes the rule invalid (reported in the trace of each line it would reach), never
 * an exception.
 */
import type { Mechanic } from '../domain/codes';
import type { RuleSpec } from '../domain/plan';
import { restrictionsOf, type Restriction } from './eligibility';
import { findPricingMechanic, type PricingMechanic } from './mechanics';
import { Decimal } from './money';
import type { RuleRef } from './trace';
import type { EngineRule } from './types';

export interface RuleFilters {
  skus: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
  channels: ReadonlySet<string>;
  grades: ReadonlySet<string>;
  tiers: ReadonlySet<string>;
  distributors: ReadonlySet<string>;
  hospitals: ReadonlySet<string>;
}

export interface PreparedRule {
  /** Position in the prepared list: a stable key and the last tie-breaker. */
  id: number;
  spec: EngineRule;
  ref: RuleRef;
  mechanic: Mechanic;
  /** Undefined only for a mechanic code this engine does not know. */
  definition: PricingMechanic | undefined;
  filters: RuleFilters;
  /** The six dimensions of `filters` that the rule restricts (non-empty), in check order. */
  restrictions: readonly Restriction[];
  value: Decimal | null;
  minAmount: Decimal | null;
  lineCap: Decimal | null;
  orderCap: Decimal | null;
  /** Count of dimension filters set (products, the six dimensions, inventory). */
  specificity: number;
  /** Rule start, else plan start: the tie-break's "earlier start". */
  effectiveStart: string;
  invalid: string | null;
}

const AMOUNT_TEXT = /^\d+(\.\d{1,2})?$/;
const PERCENT_TEXT = /^\d+(\.\d+)?$/;

export function ruleRef(spec: Pick<EngineRule, 'planCode' | 'version' | 'ruleCode'>): RuleRef {
  return `${spec.planCode}@${spec.version}/${spec.ruleCode}`;
}

export function prepareRule(spec: EngineRule, id: number): PreparedRule {
  const definition = findPricingMechanic(spec.mechanic);
  const { numbers, problems } = readRow(spec, definition);
  const filters = filtersOf(spec);
  return {
    id,
    spec,
    ref: ruleRef(spec),
    mechanic: spec.mechanic,
    definition,
    filters,
    restrictions: restrictionsOf(filters),
    ...numbers,
    specificity: specificityOf(spec),
    effectiveStart: spec.start ?? spec.planStart,
    invalid: problems.length > 0 ? problems.join('; ') : null,
  };
}

/**
 * Every problem the engine would find in a rule row, in one list ([] when it can be priced or
 * accrued): the value cell read by the mechanic, the money cells, and the mechanic's own fields
 * (Tiers for a rebate, BundleSkus for a bundle, EveryN for free goods). Pure; usable at submit.
 */
export function validateRule(spec: RuleSpec): string[] {
  const definition = findPricingMechanic(spec.mechanic);
  const { problems } = readRow(spec, definition);
  return definition ? problems : [`unknown mechanic ${String(spec.mechanic)}`, ...problems];
}

type RuleNumbers = Pick<PreparedRule, 'value' | 'minAmount' | 'lineCap' | 'orderCap'>;

function readRow(
  spec: RuleSpec,
  definition: PricingMechanic | undefined,
): { numbers: RuleNumbers; problems: string[] } {
  const problems: string[] = [];
  const amount = (field: string, text: string | null) => parseAmount(field, text, problems);
  const numbers = {
    value: definition ? parseValue(spec.value, definition, problems) : null,
    minAmount: amount('MinAmount', spec.minAmount),
    lineCap: amount('LineCap', spec.lineCap),
    orderCap: amount('OrderCap', spec.orderCap),
  };
  problems.push(...(definition?.validate?.(spec) ?? []));
  return { numbers, problems };
}

function filtersOf(spec: RuleSpec): RuleFilters {
  return {
    skus: new Set(spec.skus),
    categories: new Set(spec.categories),
    provinces: new Set(spec.provinces),
    channels: new Set(spec.channels),
    grades: new Set(spec.grades),
    tiers: new Set(spec.tiers),
    distributors: new Set(spec.distributors),
    hospitals: new Set(spec.hospitals),
  };
}

function specificityOf(spec: RuleSpec): number {
  // A bundle's SKUs restrict its products as much as the Products cell does.
  const productLists = [spec.skus, spec.categories, spec.bundleSkus];
  const products = productLists.some((list) => list.length > 0) ? 1 : 0;
  const dimensions = [spec.provinces, spec.channels, spec.grades, spec.tiers];
  const parties = [spec.distributors, spec.hospitals];
  const listsSet = [...dimensions, ...parties].filter((list) => list.length > 0).length;
  return products + listsSet + (spec.inventory ? 1 : 0);
}

function parseValue(
  text: string | null,
  definition: PricingMechanic,
  problems: string[],
): Decimal | null {
  if (definition.valueKind === 'NONE') return null;
  if (definition.valueKind === 'AMOUNT') {
    const value = parseAmount('Value', text, problems);
    if (value === null && text === null)
      problems.push(`Value is required for ${definition.mechanic}`);
    return value;
  }
  if (text === null || !PERCENT_TEXT.test(text.trim())) {
    problems.push(`Value must be percent points from 0 to 100, got ${String(text)}`);
    return null;
  }
  const percent = new Decimal(text.trim());
  if (percent.gt(100)) problems.push(`Value ${text}% is above 100%`);
  return percent;
}

function parseAmount(field: string, text: string | null, problems: string[]): Decimal | null {
  if (text === null) return null;
  if (!AMOUNT_TEXT.test(text.trim())) {
    problems.push(`${field} must be a non-negative amount with at most 2 decimals, got ${text}`);
    return null;
  }
  return new Decimal(text.trim());
}
