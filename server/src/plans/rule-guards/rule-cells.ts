/**
 * The cells of a plan's price matrix its rules touch (SPEC 4, 5): SKU × party (hospital,
 * distributor or scenario province/channel/grade) × a representative quantity, each with the
 * dates worth pricing it on. Cells reached by many rules are priced once, with every rule.
 */
import type { Audience } from '../../domain/codes';
import type { PlanContent, RuleSpec } from '../../domain/plan';
import { type Decimal, parseMoney } from '../../pricing/money';
import { reachedParties, reachedSkus, type ReachMaster, type ReachParty } from './rule-reach';

export interface MatrixCell extends ReachParty {
  sku: string;
  audience: Audience;
  qty: number;
  /** EXPIRY_WITHIN_DAYS of the rule that needs a lot expiring that soon; null for none. */
  expiryDays: number | null;
  /** The rule windows ("start|end") that reach the cell. */
  windows: Set<string>;
}

/** The list unit price of a SKU for an audience on a date, or null when it has none. */
export type ListPriceOn = (sku: string, audience: Audience, date: string) => Decimal | null;

export function matrixCells(
  plans: readonly PlanContent[],
  master: ReachMaster,
  listPrice: ListPriceOn,
): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const { header, rules } of plans) {
    for (const rule of rules) {
      const start = rule.start ?? header.start;
      const window = `${start}|${rule.end ?? header.end}`;
      const parties = reachedParties(rule, master);
      if (parties.length === 0) continue;
      for (const sku of reachedSkus(rule, master)) {
        const qty = representativeQty(rule, listPrice(sku, rule.audience, start));
        if (qty === null) continue;
        const expiryDays = rule.inventory?.days ?? null;
        for (const party of parties) {
          const cell = { ...party, sku, audience: rule.audience, qty, expiryDays };
          const key = cellKey(cell);
          const found = cells.get(key) ?? { ...cell, windows: new Set<string>() };
          found.windows.add(window);
          cells.set(key, found);
        }
      }
    }
  }
  return [...cells.values()];
}

/**
 * The smallest quantity at which every quantity gate of the rule can pass on a one-line order:
 * one unit, or MinQty, BundleMinQty, EveryN (so free goods give a unit) and MinAmount at the list
 * price. Null when MaxQty already rules that quantity out.
 */
export function representativeQty(rule: RuleSpec, listUnitPrice: Decimal | null): number | null {
  let qty = Math.max(1, rule.minQty ?? 1, rule.bundleMinQty ?? 1, rule.everyN ?? 1);
  if (rule.minAmount !== null && listUnitPrice !== null && listUnitPrice.gt(0)) {
    const needed = parseMoney(rule.minAmount).dividedBy(listUnitPrice).ceil().toNumber();
    qty = Math.max(qty, needed);
  }
  return rule.maxQty !== null && qty > rule.maxQty ? null : qty;
}

function cellKey(cell: Omit<MatrixCell, 'windows'>): string {
  const { sku, audience, hospital, distributor, province, channel, grade, qty, expiryDays } = cell;
  return [sku, audience, hospital, distributor, province, channel, grade, qty, expiryDays].join(
    '|',
  );
}
