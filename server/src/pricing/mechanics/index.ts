/**
 * The registry of mechanics the engine prices. A rule whose mechanic is not listed here (BUNDLE,
 * FREE_GOODS, TIERED_REBATE, CHARGEBACK for now) is skipped with a trace entry, never an error.
 */
import type { Mechanic } from '../../domain/codes';
import { amountOff } from './amount-off';
import { fixedPrice } from './fixed-price';
import { orderAmountOff } from './order-amount-off';
import { orderPctOff } from './order-pct-off';
import { pctOff } from './pct-off';
import type { PricingMechanic } from './types';

export type { LineMechanic, OrderMechanic, PricingMechanic, ValueKind } from './types';

export const PRICING_MECHANICS: readonly PricingMechanic[] = [
  pctOff,
  amountOff,
  fixedPrice,
  orderPctOff,
  orderAmountOff,
];

const BY_CODE = new Map<Mechanic, PricingMechanic>(
  PRICING_MECHANICS.map((definition) => [definition.mechanic, definition]),
);

/** The mechanic's definition, or undefined when this engine does not price it yet. */
export function findPricingMechanic(mechanic: Mechanic): PricingMechanic | undefined {
  return BY_CODE.get(mechanic);
}
