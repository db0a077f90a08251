import { Decimal } from '../money';
import type { LineMechanic } from './types';

/**
 * 特价: the discounted units sell at the rule's unit price. A fixed price at or above list gives
 * nothing rather than a surcharge: a promotion never raises a price.
 */
export const fixedPrice: LineMechanic = {
  mechanic: 'FIXED_PRICE',
  level: 'LINE',
  valueKind: 'AMOUNT',
  terminal: true,
  discount: ({ value, listUnitPrice, discountedQty }) =>
    Decimal.max(listUnitPrice.minus(value), 0).times(discountedQty),
};
