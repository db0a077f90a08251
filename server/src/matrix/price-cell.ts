/**
 * A matrix cell priced by the engine as a one-line order of `qty` units on the matrix date, so a
 * cell's net unit price is exactly what an order line with that place would get. Each cell is its
 * own order: order-level gates (MinAmount, bundles, OrderCap) see only that line. Pure.
 */
import { createPricingContext } from '../pricing/eligibility';
import { type PreparedRules, priceOrder } from '../pricing/engine';
import type { Decimal } from '../pricing/money';
import { matchingRules } from '../pricing/rule-index';
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

/**
 * Prices cells on one date at one quantity, remembering results: a cell's price depends only on
 * its SKU, audience, list price and the rules whose filters it passes (its other dimensions
 * matter only through those filters, and a one-line order has no other lines for order gates),
 * so cells in provinces the same rules reach share one engine run. Peers and broad rules make
 * that most cells.
 */
export function createCellPricer(
  rules: PreparedRules,
  pricingDate: string,
  qty: number,
): (cell: PlanCell, listUnitPrice: string) => CellPrice {
  const context = createPricingContext(pricingDate);
  const known = new Map<string, CellPrice>();
  return (cell, listUnitPrice) => {
    const line = cellLine(cell, qty, listUnitPrice);
    const reached = matchingRules(rules, line, context).map((rule) => rule.id);
    const key = `${cell.audience}|${cell.sku}|${listUnitPrice}|${reached.join(',')}`;
    let price = known.get(key);
    if (!price) {
      price = priceLine(line, pricingDate, rules);
      known.set(key, price);
    }
    return price;
  };
}

export function priceCell(
  cell: PlanCell,
  pricingDate: string,
  qty: number,
  listUnitPrice: string,
  rules: PreparedRules,
): CellPrice {
  return priceLine(cellLine(cell, qty, listUnitPrice), pricingDate, rules);
}

function priceLine(line: PricingLine, pricingDate: string, rules: PreparedRules): CellPrice {
  const order = { orderNo: MATRIX_ORDER, pricingDate, lines: [line] };
  const [priced] = priceOrder(order, rules, { traceLevel: 'compact' }).lines;
  return {
    net: priced.netUnitPrice,
    applied: priced.applied.map((rule) => `${rule.plan}@${rule.version}/${rule.rule}`),
  };
}
