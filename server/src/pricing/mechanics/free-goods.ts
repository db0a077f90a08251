/**
 * 赠品: floor(units / EveryN) × FreeQty units of FreeSku (the line's own SKU when empty), as a
 * separate zero-price line; the line's own price does not change. Units are counted on the
 * discounted units, so MaxDiscountedQty limits the units that earn goods. LineCap and OrderCap
 * limit money, so they do not apply to goods.
 */
import type { RuleSpec } from '../../domain/plan';
import { ZERO } from '../money';
import type { LineMechanic } from './types';

export const freeGoods: LineMechanic = {
  mechanic: 'FREE_GOODS',
  level: 'LINE',
  valueKind: 'NONE',
  terminal: false,
  discount: () => ZERO,
  validate: validateFreeGoods,
  freeGoods: (rule, facts, discountedQty) => {
    const everyN = rule.spec.everyN ?? 1;
    const freeQty = rule.spec.freeQty ?? 0;
    // Whole units only: integer division, never a fraction of a device.
    const qty = Math.floor(discountedQty / everyN) * freeQty;
    const sku = rule.spec.freeSku ?? facts.line.sku;
    return { sku, qty, working: `floor(${discountedQty} / ${everyN}) × ${freeQty} = ${qty}` };
  },
};

function validateFreeGoods(spec: RuleSpec): string[] {
  const problems: string[] = [];
  for (const [field, value] of [
    ['EveryN', spec.everyN],
    ['FreeQty', spec.freeQty],
  ] as const) {
    if (value === null || !Number.isSafeInteger(value) || value < 1)
      problems.push(`FREE_GOODS needs ${field}, a whole number from 1, got ${String(value)}`);
  }
  return problems;
}
