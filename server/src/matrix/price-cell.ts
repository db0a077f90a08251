/**
 * A matrix cell priced by the engine as a one-line order of `qty` units on the matrix date, so a
 * cell's net unit price is exactly what an order line with that place would get. Each cell is its
 * own order: order-level gates (MinAmount, bundles, OrderCap) see only that line. Pure.
 */
import { type PreparedRules, priceOrder } from '../pricing/engine';
import type { Decimal } from '../pricing/money';
import type { PricingLine } from '../pricing/types';
import type { PlanCell } from './plan-cells';

export interface CellPrice {
  net: Decimal;
  /** Applied rules as plan@version/rule, in the order the engine applied them. */
  applied: string[];
}

export const MATRIX_ORDER = 'MATRIX';

export function cellLine(cell: PlanCell, qty: number, listUnitPrice: string): PricingLine {
  return {
    orderNo: MATRIX_ORDER,
    lineNo: 1,
    sku: cell.sku,
    category: cell.category,
    qty,
    audience: cell.audience,
    province: cell.province,
    city: null,
    channel: cell.channel,
    grade: cell.grade,
    tier: cell.tier,
    distributor: cell.distributor,
    hospital: cell.hospital,
    lotExpiry: null,
    listUnitPrice,
  };
}

export function priceCell(
  cell: PlanCell,
  pricingDate: string,
  qty: number,
  listUnitPrice: string,
  rules: PreparedRules,
): CellPrice {
  const line = cellLine(cell, qty, listUnitPrice);
  const order = { orderNo: MATRIX_ORDER, pricingDate, lines: [line] };
  const [priced] = priceOrder(order, rules, { traceLevel: 'compact' }).lines;
  return {
    net: priced.netUnitPrice,
    applied: priced.applied.map((rule) => `${rule.plan}@${rule.version}/${rule.rule}`),
  };
}
