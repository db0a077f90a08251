/**
 * The contract of one pricing mechanic. A mechanic only computes an unrounded discount (or, for
 * free goods, a number of units) and says what its rule row needs; filters, exclusion, rounding,
 * caps and the clamp are the engine's, so every mechanic gets them alike.
 */
import type { Mechanic } from '../../domain/codes';
import type { RuleSpec } from '../../domain/plan';
import type { GateFailure, OrderView } from '../eligibility';
import type { LineFacts } from '../line-amount';
import type { Decimal } from '../money';
import type { PreparedRule } from '../prepared-rule';

/** How a rule's value cell is read: percent points (≤ 100), CNY, or not at all. */
export type ValueKind = 'PERCENT' | 'AMOUNT' | 'NONE';

interface MechanicBase {
  mechanic: Mechanic;
  valueKind: ValueKind;
  /** What the rule row lacks or gets wrong for this mechanic, beyond the value cell; [] if none. */
  validate?(spec: RuleSpec): string[];
}

export interface LineDiscountInput {
  /** The rule's value: percent points, CNY per unit, or a unit price, by mechanic. */
  value: Decimal;
  listUnitPrice: Decimal;
  /** Units that receive the benefit (the line qty, or less under MaxDiscountedQty). */
  discountedQty: number;
  /** List amount (ON_BASE) or running-net share (SEQUENTIAL) of the discounted units. */
  base: Decimal;
}

/** Units given free instead of a discount (FREE_GOODS). */
export interface FreeUnits {
  sku: string;
  qty: number;
  /** How the units were counted, for the trace: "floor(17 / 8) × 1 = 2". */
  working: string;
}

export interface LineMechanic extends MechanicBase {
  level: 'LINE';
  /** A terminal mechanic replaces the base price and ends the line's other discounts. */
  terminal: boolean;
  discount(input: LineDiscountInput): Decimal;
  /** Why the line's product is outside the rule beyond its Products cell (BUNDLE: its SKUs). */
  productFailure?(rule: PreparedRule, sku: string): string | null;
  /** A gate on the whole order, replacing the line's MinAmount gate (BUNDLE). */
  orderGate?(rule: PreparedRule, order: OrderView): GateFailure | null;
  /** Present for mechanics that give goods, not money: the line's price does not change. */
  freeGoods?(rule: PreparedRule, facts: LineFacts, discountedQty: number): FreeUnits;
}

export interface OrderDiscountInput {
  value: Decimal;
  /** Σ list amounts (ON_BASE) or Σ running nets (SEQUENTIAL) of the order's eligible lines. */
  base: Decimal;
}

export interface OrderMechanic extends MechanicBase {
  level: 'ORDER';
  discount(input: OrderDiscountInput): Decimal;
}

/** Rebates and chargebacks: validated and stored, priced in settlement, never on the invoice. */
export interface SettlementMechanic extends MechanicBase {
  level: 'SETTLEMENT';
}

export type PricingMechanic = LineMechanic | OrderMechanic | SettlementMechanic;
