/**
 * The contract of one pricing mechanic. A mechanic only computes an unrounded discount; filters,
 * exclusion, rounding, caps and the clamp are the engine's, so every mechanic gets them alike.
 */
import type { Mechanic } from '../../domain/codes';
import type { Decimal } from '../money';

/** How a rule's value cell is read: percent points (≤ 100) or CNY. */
export type ValueKind = 'PERCENT' | 'AMOUNT';

export interface LineDiscountInput {
  /** The rule's value: percent points, CNY per unit, or a unit price, by mechanic. */
  value: Decimal;
  listUnitPrice: Decimal;
  /** Units that receive the benefit (the line qty, or less under MaxDiscountedQty). */
  discountedQty: number;
  /** List amount (ON_BASE) or running-net share (SEQUENTIAL) of the discounted units. */
  base: Decimal;
}

export interface LineMechanic {
  mechanic: Mechanic;
  level: 'LINE';
  valueKind: ValueKind;
  /** A terminal mechanic replaces the base price and ends the line's other discounts. */
  terminal: boolean;
  discount(input: LineDiscountInput): Decimal;
}

export interface OrderDiscountInput {
  value: Decimal;
  /** Σ list amounts (ON_BASE) or Σ running nets (SEQUENTIAL) of the order's eligible lines. */
  base: Decimal;
}

export interface OrderMechanic {
  mechanic: Mechanic;
  level: 'ORDER';
  valueKind: ValueKind;
  discount(input: OrderDiscountInput): Decimal;
}

export type PricingMechanic = LineMechanic | OrderMechanic;
