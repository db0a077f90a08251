/**
 * The registry of mechanics: the one list the engine consults. Line and order mechanics price the
 * invoice; settlement mechanics (rebates, chargebacks) are validated here and skipped by line
 * pricing with a trace entry, since they accrue in settlement (SPEC 4, 7).
 */
import type { Mechanic } from '../../domain/codes';
import { amountOff } from './amount-off';
import { bundle } from './bundle';
import { chargeback } from './chargeback';
import { fixedPrice } from './fixed-price';
import { freeGoods } from './free-goods';
import { orderAmountOff } from './order-amount-off';
import { orderPctOff } from './order-pct-off';
import { pctOff } from './pct-off';
import { tieredRebate } from './tiered-rebate';
import type { PricingMechanic } from './types';

export type {
  FreeUnits,
  LineMechanic,
  OrderMechanic,
  PricingMechanic,
  SettlementMechanic,
  ValueKind,
} from './types';
export { rebateAmount } from './tiered-rebate';

export const PRICING_MECHANICS: readonly PricingMechanic[] = [
  pctOff,
  amountOff,
  fixedPrice,
  bundle,
  freeGoods,
  tieredRebate,
  chargeback,
  orderPctOff,
  orderAmountOff,
];

const BY_CODE = new Map<Mechanic, PricingMechanic>(
  PRICING_MECHANICS.map((definition) => [definition.mechanic, definition]),
);

/** The mechanic's definition; undefined only for a code this engine does not know. */
export function findPricingMechanic(mechanic: Mechanic): PricingMechanic | undefined {
  return BY_CODE.get(mechanic);
}
