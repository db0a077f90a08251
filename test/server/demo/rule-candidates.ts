import Decimal from 'decimal.js';

import { channelForOwnership } from '../../../server/src/domain/codes';
import type { PlanHeader, RuleSpec } from '../../../server/src/domain/plan';
import type { MasterData } from '../../../server/src/master/master-workbook';
import type { OrderLineInput } from '../../../server/src/orders/order-lines';

/**
 * Whether a rule is a candidate for a line under SPEC 4 step 2 (dimensions, dates, quantity and
 * amount gates), written out plainly so the demo can be checked without the pricing engine.
 */
export function isCandidate(
  rule: RuleSpec,
  plan: PlanHeader,
  line: OrderLineInput,
  order: OrderLineInput[],
  master: MasterData,
): boolean {
  const product = master.products.find((candidate) => candidate.sku === line.sku);
  const hospital = master.hospitals.find((candidate) => candidate.code === line.hospital);
  const distributor = master.distributors.find((candidate) => candidate.code === line.distributor);
  const province = line.province ?? hospital?.province ?? distributor?.province;
  const channel = line.channel ?? (hospital ? channelForOwnership(hospital.ownership) : undefined);
  const grade = line.grade ?? hospital?.grade;
  const day = line.pricingDate.slice(0, 10);
  const isOrderRule = rule.mechanic.startsWith('ORDER_');
  const gross = (isOrderRule ? order : [line]).reduce(
    (sum, each) => sum.plus(grossOf(each, master)),
    new Decimal(0),
  );

  return (
    rule.audience === line.audience &&
    (isOrderRule ||
      (rule.skus.length === 0 && rule.categories.length === 0) ||
      rule.skus.includes(line.sku) ||
      (product !== undefined && rule.categories.includes(product.category))) &&
    allows(rule.provinces, province) &&
    allows(rule.channels, channel) &&
    allows(rule.grades, grade) &&
    allows(rule.tiers, distributor?.tier) &&
    allows(rule.distributors, line.distributor ?? undefined) &&
    allows(rule.hospitals, line.hospital ?? undefined) &&
    day >= (rule.start ?? plan.start) &&
    day <= (rule.end ?? plan.end) &&
    day >= plan.start &&
    day <= plan.end &&
    (rule.minQty === null || line.qty >= rule.minQty) &&
    (rule.maxQty === null || line.qty <= rule.maxQty) &&
    (rule.minAmount === null || gross.greaterThanOrEqualTo(rule.minAmount))
  );
}

function allows<T>(filter: T[], value: T | undefined): boolean {
  return filter.length === 0 || (value !== undefined && filter.includes(value));
}

function grossOf(line: OrderLineInput, master: MasterData): Decimal {
  const price = master.priceList.find(
    (entry) => entry.sku === line.sku && entry.audience === line.audience,
  );
  if (!price) throw new Error(`no ${line.audience} price for ${line.sku}`);
  return new Decimal(price.unitPrice).times(line.qty);
}
